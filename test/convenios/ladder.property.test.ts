// Property: whatever the days the job runs on (repeated, skipped, late), no (commitment, step) goes out twice.
import fc from 'fast-check';
import { Step, dueReminders, reachedStep, stepId } from '../../src/core/convenios/ladder';
import { commitments, day, rules } from './factories';

const start = day('2026-01-01');
/** Later steps rank higher: 30 before 15 before 0, then overdue week 1, week 2, … */
const rank = (s: Step) => (s.kind === 'before' ? -s.days : 1000 * s.weeks);

test('runs on arbitrary days never repeat a reminder, send one per commitment a day at most, only steps reached, always moving forward', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 6 }),
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 80 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 1, max: 14 }),
      (deadlines, gaps, steps, repeat) => {
        const r = rules({ reminderSteps: steps, overdueRepeatDays: repeat });
        const list = commitments(deadlines.map((d, i) => ({ numero: `C-${i}`, fecha: start + d })));
        const sent = new Set<string>();
        const last = new Map<string, number>();
        let today = start - 5;
        for (const gap of gaps) {
          today += gap;
          const due = dueReminders(list, today, r, (k) => sent.has(k));
          const perCommitment = new Set(due.map((x) => x.commitment.key));
          if (perCommitment.size !== due.length) return false;
          for (const x of due) {
            if (sent.has(x.key)) return false;
            const reached = reachedStep(x.daysLeft, r);
            if (!reached || stepId(reached) !== stepId(x.step)) return false;
            if ((last.get(x.commitment.key) ?? -Infinity) >= rank(x.step)) return false;
            last.set(x.commitment.key, rank(x.step));
            sent.add(x.key);
          }
        }
        return true;
      },
    ),
    { numRuns: 300 },
  );
});
