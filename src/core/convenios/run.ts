// A reminder run as data: what is due today given the Bitácora, and the delivery of each digest within the quota.
import type { Rules } from '../config';
import { Day } from '../dates';
import { messageOf } from '../result';
import type { Commitment } from './commitments';
import { Digest, Note, composeDigests } from './digest';
import { dueReminders } from './ladder';
import { LogEntry, LogIndex, OUTCOMES, Outcome, invalidMark } from './log';

/** The digests a run on `today` sends: every due (commitment, step) the Bitácora shows neither as sent nor as «Sin confirmar». */
export function planReminders(commitments: Commitment[], today: Day, rules: Rules, log: LogIndex, note: Note): Digest[] {
  return composeDigests(dueReminders(commitments, today, rules, (key) => log.sent.has(key) || log.unconfirmed.has(key)), today, rules, note);
}

/** What `deliver` sends: a reminder digest, or any email whose items carry Bitácora keys (the payment digest, core/pagos/digest.ts). */
export type Deliverable = Omit<Digest, 'reminders'> & { reminders: readonly { key: string }[] };

/** What the run needs from the mail service; the Apps Script shell implements it with MailApp. */
export interface Mailer<D extends Deliverable = Digest> {
  /** Recipients the account may still send to today. */
  remainingQuota(): number;
  send(digest: D): void;
}

/** What the run needs from the Bitácora; the Apps Script shell writes sheet rows, flushed before it returns. */
export interface LogWriter {
  /** Adds an entry and returns where it is, for `settle`. */
  record(entry: LogEntry): number;
  /** Rewrites the entry recorded at `at` with its final outcome. */
  settle(at: number, entry: LogEntry): void;
}

export interface RunSummary {
  emails: number;
  sent: number;
  deferred: number;
  invalid: number;
  failed: number;
  /** Reminders (commitment, step) delivered. */
  reminders: number;
  /** Bitácora rows «Sin confirmar» from runs that stopped mid-send: held back until a person checks them. */
  unconfirmed: number;
}

export const emptySummary = (): RunSummary => ({ emails: 0, sent: 0, deferred: 0, invalid: 0, failed: 0, reminders: 0, unconfirmed: 0 });

/** Why some or all of a digest's addresses get nothing: the correo cell is blank, or holds text that is not an address. */
export function badAddressNote(d: Deliverable, note: Note): string {
  const details = { invalid: d.invalid.join(', '), responsable: d.responsable, valid: d.to.join(', ') };
  return note({ code: d.to.length ? 'reminder_some_bad_addresses' : 'reminder_bad_address', ...details });
}

/**
 * Sends each digest with one Bitácora row per email: the row is written «Sin confirmar» before the
 * send and settled as Enviado (or Error) after it, so a run that stops anywhere, even between the
 * send and its log, never sends that email again and still sends the rest on the next run. A digest
 * that does not fit the quota is Diferido and waits for the next run; a bad or missing address is
 * logged once per (reminder, address) and never stops the run, and the digest still goes to the
 * valid addresses of its cell; a send that throws is logged as Error with its message and the run goes on.
 * `note` words the Bitácora's details (core/es's `explain` in the add-on).
 */
export function deliver<D extends Deliverable>(digests: D[], log: LogIndex, mailer: Mailer<D>, writer: LogWriter, now: () => Date, note: Note): RunSummary {
  const summary = { ...emptySummary(), unconfirmed: log.unconfirmedRows };
  const record = (e: LogEntry) => void writer.record(e);
  let quota = mailer.remainingQuota();
  const entry = (d: Deliverable, outcome: Outcome, detail: string, to = d.to.join(', ')): LogEntry => ({
    at: now(),
    to,
    cc: d.cc.join(', '),
    subject: d.subject,
    keys: d.reminders.map((r) => r.key),
    outcome,
    detail,
  });
  for (const d of digests) {
    if (d.to.length === 0 || d.invalid.length > 0) {
      const shown = d.invalid.join(', ');
      if (!d.reminders.every((r) => log.invalid.has(invalidMark(r.key, shown)))) {
        record(entry(d, OUTCOMES.invalid, badAddressNote(d, note), shown));
        summary.invalid++;
      }
      if (d.to.length === 0) continue;
    }
    summary.emails++;
    const recipients = d.to.length + d.cc.length;
    if (recipients > quota) {
      record(entry(d, OUTCOMES.deferred, note({ code: 'reminder_deferred', quota, recipients })));
      summary.deferred++;
      continue;
    }
    const at = writer.record(entry(d, OUTCOMES.unconfirmed, note({ code: 'reminder_unconfirmed' })));
    try {
      mailer.send(d);
    } catch (e) {
      writer.settle(at, entry(d, OUTCOMES.failed, messageOf(e)));
      summary.failed++;
      continue;
    }
    quota -= recipients;
    writer.settle(at, entry(d, OUTCOMES.sent, ''));
    summary.sent++;
    summary.reminders += d.reminders.length;
  }
  return summary;
}
