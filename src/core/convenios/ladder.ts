// The reminder ladder: which step a commitment has reached on a day, and which (commitment, step) is due.
import type { Rules } from '../config';
import { Day, isoDay } from '../dates';
import type { Commitment } from './commitments';

/** A step of the ladder: `days` before the deadline (30, 15, 7, 1, 0), or the n-th week overdue. */
export type Step = { kind: 'before'; days: number } | { kind: 'overdue'; weeks: number };

/** "30", "0", "v1", "v2": the step's part of a dedupe key. */
export function stepId(step: Step): string {
  return step.kind === 'before' ? String(step.days) : `v${step.weeks}`;
}

/**
 * The latest step reached `daysLeft` days before the deadline (negative when overdue): the
 * smallest lead step not below daysLeft, or once overdue by a whole repeat period, the number
 * of periods. Undefined while the deadline is further away than the first step.
 * @example reachedStep(20, rules) //=> { kind: 'before', days: 30 }
 * @example reachedStep(-15, rules) //=> { kind: 'overdue', weeks: 2 }
 */
export function reachedStep(daysLeft: number, rules: Pick<Rules, 'reminderSteps' | 'overdueRepeatDays'>): Step | undefined {
  if (daysLeft < 0) {
    const weeks = Math.floor(-daysLeft / rules.overdueRepeatDays);
    if (weeks >= 1) return { kind: 'overdue', weeks };
  }
  let best: number | undefined;
  for (const s of rules.reminderSteps) if (s >= daysLeft && (best === undefined || s < best)) best = s;
  return best === undefined ? undefined : { kind: 'before', days: best };
}

/**
 * The dedupe key of a (commitment, step): the commitment's key, its deadline and the step. The
 * deadline is part of it so that a new date starts the ladder again.
 */
export function reminderKey(commitmentKey: string, deadline: Day, step: Step): string {
  return `${commitmentKey}|${isoDay(deadline)}|${stepId(step)}`;
}

export interface DueReminder {
  commitment: Commitment;
  step: Step;
  /** Days from `today` to the deadline; negative when overdue. */
  daysLeft: number;
  key: string;
}

/**
 * The reminders due on `today`: for each open commitment with a deadline, the latest step it has
 * reached, unless that step was already sent. Missed days therefore send the latest step once,
 * never the older ones in a burst.
 */
export function dueReminders(commitments: Commitment[], today: Day, rules: Rules, alreadySent: (key: string) => boolean): DueReminder[] {
  const due: DueReminder[] = [];
  for (const c of commitments) {
    if (c.closure !== 'pendiente' || c.deadline === undefined) continue;
    const daysLeft = c.deadline - today;
    const step = reachedStep(daysLeft, rules);
    if (!step) continue;
    const key = reminderKey(c.key, c.deadline, step);
    if (!alreadySent(key)) due.push({ commitment: c, step, daysLeft, key });
  }
  return due;
}
