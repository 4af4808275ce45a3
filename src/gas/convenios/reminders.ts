// The daily reminder job: lock, read the Bitácora, send the due digests with MailApp, log each email; the trigger.
import type { Digest } from '../../core/convenios/digest';
import { LogReading, OUTCOMES } from '../../core/convenios/log';
import { Mailer, deliver, emptySummary, planReminders } from '../../core/convenios/run';
import { Schedule, firingVerdict, parseSchedule, scheduleAccess, triggersOfBook } from '../../core/convenios/schedule';
import { Day, isoDay } from '../../core/dates';
import { describe } from '../../core/es/issues';
import { explain } from '../../core/es/reasons';
import { SENDER_NAME } from '../../core/es/words';
import { parseDate } from '../../core/parse';
import { IssueError, messageOf } from '../../core/result';
import type { LastRun, ReminderState } from '../../api';
import { stop } from '../boundary';
import { readRules } from '../config-panel';
import { today } from '../../functions/context';
import { documentProperty, setDocumentProperties, setDocumentProperty } from '../execution';
import { spreadsheetTimeZone } from '../host';
import { TRIGGER_LOCK_WAIT_MS, withDocumentLock } from '../lock';
import { DASHBOARD_FINGERPRINT, DashboardWritten, hasDashboard, prepareDashboard } from './dashboard';
import { addPagosDigest } from '../pagos-digest';
import { commitmentsIn, findTracker, logSheet, logWriter, readLogIndex, refreshCutoff } from './trackers';

/** The function the time-driven trigger calls; it must be a top-level name without a trailing underscore. */
export const TRIGGER_HANDLER = 'avisosDiarios';
const PROPERTY_SCHEDULE = 'convenios.avisos';
/** Where versions before the schedule record kept only the hour. */
const PROPERTY_LEGACY_HOUR = 'convenios.horaAvisos';
const PROPERTY_LAST_RUN = 'convenios.ultimaEjecucion';
/** The ids of every reminder trigger created in this book and not yet deleted, by any account. */
const PROPERTY_BOOK_TRIGGERS = 'convenios.activadores';
/** Ids kept at most: each account holds up to 20 triggers per script, and a few accounts share a book. */
const MAX_BOOK_TRIGGERS = 100;

/** The day a run computes for: `hoy` (aaaa-mm-dd, for the local tools and tests) or today in the sheet's zone. */
export function runDay(hoy: string | undefined, timeZone: string): Day {
  if (!hoy) return today(timeZone);
  const d = parseDate(hoy, timeZone);
  if (!d.ok) stop(d.issue);
  return d.value;
}

const addressList = (list: string[]) => list.join(',');

/** MailApp behind the core's Mailer; a missing authorization surfaces as an issue, not a stack trace. */
const mailApp: Mailer = {
  remainingQuota() {
    try {
      return MailApp.getRemainingDailyQuota();
    } catch (e) {
      const detail = messageOf(e);
      throw new IssueError({ code: 'mail_unauthorized', detail }, describe({ code: 'mail_unauthorized', detail }));
    }
  },
  send(d: Digest) {
    MailApp.sendEmail({ to: addressList(d.to), cc: addressList(d.cc) || undefined, subject: d.subject, body: d.body, htmlBody: d.htmlBody, name: SENDER_NAME } as GoogleAppsScript.Mail.MailAdvancedParameters);
  },
};

/** The Bitácora as the run reads it; a Bitácora without a needed column stops the call with that issue. */
function readLogOrStop(): LogReading {
  const reading = readLogIndex();
  if (!reading.ok) stop(reading.issue);
  return reading.value;
}

/** The digests a run on `day` would send now, from the Compromisos tracker and the Bitácora. */
export function plannedDigests(day: Day, log: LogReading = readLogOrStop(), rules = readRules().rules): Digest[] {
  const timeZone = spreadsheetTimeZone();
  return planReminders(commitmentsIn(findTracker('compromisos'), timeZone), day, rules, log.index, explain);
}

/**
 * One run: under the document lock, read the Bitácora, refresh the fecha de corte cells, send what
 * is due and log each email as it goes. A Bitácora missing a needed column sends nothing; without
 * authorization to send mail, it logs that once. Either is the last run's error, for the panel to show.
 */
export function runReminders(mode: LastRun['mode'], hoy?: string): LastRun {
  return withDocumentLock(() => {
    const timeZone = spreadsheetTimeZone();
    const day = runDay(hoy, timeZone);
    const run: LastRun = { at: new Date().toISOString(), day: isoDay(day), mode, summary: emptySummary() };
    const reading = readLogIndex();
    if (!reading.ok) {
      run.error = describe(reading.issue);
      saveLastRun(run);
      return run;
    }
    refreshCutoff(day, timeZone);
    const { rules } = readRules();
    const digests = plannedDigests(day, reading.value, rules);
    // The Tablero's reads come before the first email, its writes after the Bitácora's: one run of writes with them.
    const dashboard = hasDashboard() ? dashboardWriter(day, timeZone) : undefined;
    const log = logWriter(logSheet(), reading.value.layout);
    try {
      run.summary = deliver(digests, reading.value.index, mailApp, log, () => new Date(), explain);
      addPagosDigest(run, day, rules, reading.value.index, mailApp, log);
    } catch (e) {
      // Any other failure stops the run: the emails it sent stay «Sin confirmar» (see logWriter).
      if (!(e instanceof IssueError && e.issue.code === 'mail_unauthorized')) throw e;
      run.error = e.message;
      log.record({ at: new Date(), to: '', cc: '', subject: '', keys: digests.flatMap((d) => d.reminders.map((r) => r.key)), outcome: OUTCOMES.unauthorized, detail: e.message });
    }
    log.finish(dashboard !== undefined);
    // The summary and the Tablero's fingerprint in one call, once the outcomes and the Tablero are sent.
    saveLastRun(run, dashboard ? refreshDashboard(run, dashboard) : undefined);
    return run;
  }, mode === 'automática' ? TRIGGER_LOCK_WAIT_MS : undefined);
}

/** What a Tablero that cannot be written says, for the run to report apart. */
const dashboardErrorOf = (e: unknown): string => (e instanceof IssueError ? e.message : describe({ code: 'unexpected', message: messageOf(e) }));

/**
 * The Tablero's writes, its reads done now (its charts only when its tables changed); a Tablero
 * that cannot be read fails when it is written, after the emails.
 */
function dashboardWriter(day: Day, timeZone: string): () => DashboardWritten {
  try {
    return prepareDashboard(day, timeZone, true);
  } catch (e) {
    return () => {
      throw e;
    };
  }
}

/**
 * Rewrites the Tablero after the emails went out, and sends it with the Bitácora's outcomes; returns
 * the fingerprint to keep ("" when it failed, so the next run rewrites it whole). A Tablero that
 * cannot be written is reported on its own and never turns the run into «0 enviados».
 */
function refreshDashboard(run: LastRun, write: () => DashboardWritten): string {
  let fingerprint = '';
  try {
    fingerprint = write().fingerprint;
  } catch (e) {
    run.dashboardError = dashboardErrorOf(e);
  }
  // The Bitácora's outcomes and the Tablero go together, before the summary that names them is saved.
  SpreadsheetApp.flush();
  return fingerprint;
}

/** Saves the run for the panel; with `fingerprint`, the Tablero's in the same call. */
export function saveLastRun(run: LastRun, fingerprint?: string): void {
  if (fingerprint === undefined) setDocumentProperty(PROPERTY_LAST_RUN, JSON.stringify(run));
  else setDocumentProperties({ [PROPERTY_LAST_RUN]: JSON.stringify(run), [DASHBOARD_FINGERPRINT]: fingerprint });
}

export function lastRun(): LastRun | null {
  const text = documentProperty(PROPERTY_LAST_RUN);
  return text ? (JSON.parse(text) as LastRun) : null;
}

/**
 * This account's daily-run triggers, of every book the add-on runs in (see triggersOfBook).
 * getProjectTriggers() is the call Google documents for them; getUserTriggers(spreadsheet) lists
 * the triggers that watch a document, and a time-driven one watches none.
 */
function ourTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === TRIGGER_HANDLER);
}

/**
 * Stops when the call has no document: an add-on's time-driven trigger might find no active
 * spreadsheet (nor its properties), and that must read as one sentence, not a TypeError deep inside.
 */
export function requireDocument(): void {
  if (!SpreadsheetApp.getActiveSpreadsheet() || !PropertiesService.getDocumentProperties()) stop({ code: 'no_active_spreadsheet' });
}

/** The account running this call; "" where the domain does not reveal it. */
const currentAccount = (): string => Session.getEffectiveUser().getEmail() || '';

/** The reminders' record in the document's properties; null when they are off. */
export function readSchedule(): Schedule | null {
  return parseSchedule(documentProperty(PROPERTY_SCHEDULE), documentProperty(PROPERTY_LEGACY_HOUR));
}

function saveSchedule(s: Schedule | null): void {
  setDocumentProperty(PROPERTY_LEGACY_HOUR, null);
  setDocumentProperty(PROPERTY_SCHEDULE, s ? JSON.stringify(s) : null);
}

/** The reminders' schedule as this account sees it. */
export function reminderState(): ReminderState {
  const s = readSchedule();
  // Reminders off are free to take: no trigger list to ask for.
  const access = s ? scheduleAccess(s, currentAccount(), ourTriggers().map((t) => t.getUniqueId())) : 'free';
  return { on: s !== null, hour: s ? s.hour : null, owner: s ? s.owner : '', mine: access !== 'other' };
}

/** The reminder triggers this book recorded as created here: the ones triggersOfBook may take as its own. */
function bookTriggerIds(): string[] {
  try {
    const ids: unknown = JSON.parse(documentProperty(PROPERTY_BOOK_TRIGGERS) ?? '[]');
    return Array.isArray(ids) ? ids.map(String) : [];
  } catch {
    // A value someone edited by hand: the schedule's own trigger is still known.
    return [];
  }
}

/** Records in the book that the triggers `removed` are gone and `added` (if any) was created here. */
function noteBookTriggers(removed: string[], added?: string): void {
  const ids = [...bookTriggerIds().filter((id) => !removed.includes(id)), ...(added ? [added] : [])].slice(-MAX_BOOK_TRIGGERS);
  setDocumentProperty(PROPERTY_BOOK_TRIGGERS, JSON.stringify(ids));
}

/** Stops when another account holds the reminders; otherwise this account's triggers of this book, to replace. */
function ownTriggersOrStop(s: Schedule | null, takeControl: boolean): GoogleAppsScript.Script.Trigger[] {
  const mine = ourTriggers();
  const ids = mine.map((t) => t.getUniqueId());
  if (s && !takeControl && scheduleAccess(s, currentAccount(), ids) === 'other') {
    stop({ code: 'reminders_owned', owner: s.owner, hour: s.hour });
  }
  const here = triggersOfBook(s, ids, bookTriggerIds());
  return mine.filter((t) => here.includes(t.getUniqueId()));
}

/** Deletes this account's triggers of this book and forgets them. */
function deleteOwnTriggers(triggers: GoogleAppsScript.Script.Trigger[]): string[] {
  for (const t of triggers) ScriptApp.deleteTrigger(t);
  return triggers.map((t) => t.getUniqueId());
}

/**
 * Turns the daily run on at `hour` (0–23) in the spreadsheet's zone, so a UGEL in Lima gets Lima's
 * hour. Under the document lock it replaces this account's trigger and records it as the document's
 * one; when another account holds the reminders it refuses, unless `takeControl` (the user confirmed
 * «Tomar el control»): then the record names this account's trigger, and the other account's
 * trigger, which this account cannot delete, removes itself the next time it fires.
 */
export function enableReminders(hour: unknown, takeControl = false): number {
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) stop({ code: 'bad_hour', value: hour });
  return withDocumentLock(() => {
    // Everything the record needs is read before any trigger changes, so a refusal changes nothing.
    const owner = currentAccount();
    const timeZone = spreadsheetTimeZone();
    const removed = deleteOwnTriggers(ownTriggersOrStop(readSchedule(), takeControl));
    const trigger = ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(timeZone).create();
    try {
      noteBookTriggers(removed, trigger.getUniqueId());
      saveSchedule({ owner, hour, triggerId: trigger.getUniqueId() });
    } catch (e) {
      // A trigger no record names would send every day unseen: it goes, and the reminders read as off.
      ScriptApp.deleteTrigger(trigger);
      saveSchedule(null);
      throw e;
    }
    return hour;
  });
}

/** Turns the daily run off: only the account that holds it may; its trigger and the record go. */
export function disableReminders(): void {
  withDocumentLock(() => {
    noteBookTriggers(deleteOwnTriggers(ownTriggersOrStop(readSchedule(), false)));
    saveSchedule(null);
  });
}

/**
 * What the time-driven trigger runs: the reminders when it is the recorded trigger (a legacy record
 * is adopted by the first trigger that fires); a trigger the record no longer names deletes itself
 * and sends nothing, so taking control never leaves two daily runs.
 */
export function scheduledRun(triggerUid: string | undefined): LastRun | null {
  requireDocument();
  const s = readSchedule();
  const verdict = firingVerdict(s, triggerUid);
  if (verdict === 'stale') {
    noteBookTriggers(deleteOwnTriggers(ourTriggers().filter((t) => t.getUniqueId() === triggerUid)));
    console.log(explain({ code: 'reminders_stale_trigger' }));
    return null;
  }
  if (verdict === 'adopt' && s) saveSchedule({ owner: currentAccount(), hour: s.hour, triggerId: triggerUid as string });
  return runReminders('automática');
}
