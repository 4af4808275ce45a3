// The reminder ladder: 30, 15, 7, 1 and 0 days before the deadline, then weekly while overdue.
import { dueReminders, reachedStep, stepId } from '../../src/core/convenios/ladder';
import { commitments, day, rules } from './factories';

describe('reachedStep', () => {
  test.each([
    ['far away: no step yet', 31, undefined],
    ['exactly 30 days before', 30, '30'],
    ['between 30 and 15 keeps step 30', 20, '30'],
    ['exactly 15 days before', 15, '15'],
    ['8 days before is still step 15', 8, '15'],
    ['7 days before', 7, '7'],
    ['the day before', 1, '1'],
    ['the deadline itself', 0, '0'],
    ['6 days overdue is still step 0', -6, '0'],
    ['7 days overdue: first weekly reminder', -7, 'v1'],
    ['13 days overdue: still week 1', -13, 'v1'],
    ['14 days overdue: week 2', -14, 'v2'],
    ['100 days overdue: week 14', -100, 'v14'],
  ])('%s (%i days left → %s)', (_label, daysLeft, want) => {
    const s = reachedStep(daysLeft, rules());
    expect(s && stepId(s)).toBe(want);
  });

  test('follows a configured ladder and repeat period', () => {
    const r = rules({ reminderSteps: [10, 3], overdueRepeatDays: 3 });
    expect([12, 10, 4, 3, 0, -2, -3, -6].map((d) => reachedStep(d, r)).map((s) => s && stepId(s))).toEqual([undefined, '10', '10', '3', '3', '3', 'v1', 'v2']);
  });
});

describe('dueReminders over the days of a commitment', () => {
  const deadline = '2026-03-31';
  const list = commitments([{ fecha: deadline }]);

  test('a daily run sends each step once: 30, 15, 7, 1, 0, then every 7 days overdue', () => {
    const sent = new Set<string>();
    const days: [number, string][] = [];
    for (let d = day('2026-02-01'); d <= day('2026-04-30'); d++) {
      for (const r of dueReminders(list, d, rules(), (k) => sent.has(k))) {
        sent.add(r.key);
        days.push([r.daysLeft, stepId(r.step)]);
      }
    }
    expect(days).toEqual([[30, '30'], [15, '15'], [7, '7'], [1, '1'], [0, '0'], [-7, 'v1'], [-14, 'v2'], [-21, 'v3'], [-28, 'v4']]);
  });

  test('after missed days it sends the latest step reached, not the old ones in a burst', () => {
    const sent = new Set(['C-001|2026-03-31|30']);
    const due = dueReminders(list, day('2026-03-27'), rules(), (k) => sent.has(k)); // 4 days left: 15 and 7 were missed
    expect(due.map((r) => r.key)).toEqual(['C-001|2026-03-31|7']);
  });

  test('a new deadline starts the ladder again', () => {
    const sent = new Set(['C-001|2026-03-31|7']);
    const moved = commitments([{ fecha: '2026-04-05' }]);
    expect(dueReminders(moved, day('2026-03-27'), rules(), (k) => sent.has(k)).map((r) => r.key)).toEqual(['C-001|2026-04-05|15']);
  });

  test.each([
    ['Cumplido', 0],
    ['cancelado', 0],
    ['En proceso', 1],
    ['', 1],
  ])('estado %p gives %i reminders', (estado, want) => {
    expect(dueReminders(commitments([{ fecha: deadline, estado }]), day('2026-03-31'), rules(), () => false)).toHaveLength(want);
  });

  test('a commitment without a date or with an unreadable one gets no reminder', () => {
    const list2 = commitments([{ fecha: '' }, { fecha: '31/02/2026' }]);
    expect(dueReminders(list2, day('2026-03-01'), rules(), () => false)).toEqual([]);
    expect(list2[1].issue?.code).toBe('impossible_date');
  });
});
