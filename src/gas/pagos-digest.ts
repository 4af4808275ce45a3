// The daily digest to the administración, sent by the reminder run through its Bitácora and quota: becas newly cancelled and mensualidades newly overdue.
import type { LogIndex } from '../core/convenios/log';
import { LOG_SHEET } from '../core/convenios/log';
import { LogWriter, Mailer, RunSummary, deliver, emptySummary } from '../core/convenios/run';
import type { LastRun } from '../api';
import { describe } from '../core/es/issues';
import { IssueError, messageOf } from '../core/result';
import type { Day } from '../core/dates';
import { PAGOS_DIGEST_WORDS } from '../core/es/pagos-summary';
import { explain } from '../core/es/reasons';
import { CONFIG_SHEET, CONVENIOS_DASHBOARD, DASHBOARD_SHEET } from '../core/es/sheet-words';
import { Deliverable } from '../core/convenios/run';
import { pagosDigest } from '../core/pagos/digest';
import { standings } from '../core/pagos/summary';
import type { Rules } from '../core/config';
import { readPagos } from './pagos-summary';
import { studentLists } from './dashboard';

const NOT_PAGOS = new Set([LOG_SHEET, CONFIG_SHEET, DASHBOARD_SHEET, CONVENIOS_DASHBOARD]);

/**
 * Sends the day's payment digest, if any: nothing is read when correo_administracion is blank. Each
 * item's key (student and mensualidad) goes in the Bitácora row, so it is never sent twice; a digest
 * over the quota is Diferido and a failed send Error, both tried again on the next run.
 */
export function sendPagosDigest(day: Day, rules: Rules, index: LogIndex, mailer: Mailer<Deliverable>, log: LogWriter): RunSummary | undefined {
  if (!rules.adminEmail) return undefined;
  const reading = readPagos(rules, NOT_PAGOS, (except) => studentLists(rules, except), day);
  if (!reading) return undefined;
  const known = (key: string) => index.sent.has(key) || index.unconfirmed.has(key);
  const digest = pagosDigest(standings(reading.students, day), day, reading.sheet, rules, known, PAGOS_DIGEST_WORDS);
  if (!digest) return emptySummary();
  return deliver([digest], { ...index, unconfirmedRows: 0 }, mailer, log, () => new Date(), explain);
}

/**
 * The run's call: the payment digest after the reminders, its summary in the last run. A payment
 * sheet that cannot be read is the run's `pagosError` and never undoes the reminders; a missing mail
 * authorization stops the run as it does for them.
 */
export function addPagosDigest(run: LastRun, day: Day, rules: Rules, index: LogIndex, mailer: Mailer<Deliverable>, log: LogWriter): void {
  try {
    const summary = sendPagosDigest(day, rules, index, mailer, log);
    if (summary) run.pagos = summary;
  } catch (e) {
    if (e instanceof IssueError && e.issue.code === 'mail_unauthorized') throw e;
    run.pagosError = e instanceof IssueError ? e.message : describe({ code: 'unexpected', message: messageOf(e) });
  }
}
