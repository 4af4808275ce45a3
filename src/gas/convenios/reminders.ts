// The daily reminder job: lock, read the Bitácora, send the due digests with MailApp, log each email; the trigger.
import type { Digest } from '../../core/convenios/digest';
import { LogEntry, LogReading, OUTCOMES } from '../../core/convenios/log';
import { Mailer, RunSummary, deliver, emptySummary, planReminders } from '../../core/convenios/run';
import { Day, isoDay } from '../../core/dates';
import { describe } from '../../core/messages';
import { parseDate } from '../../core/parse';
import { IssueError } from '../../core/result';
import { stop } from '../api';
import { readRules } from '../config-panel';
import { spreadsheetTimeZone, today } from '../context';
import { withDocumentLock } from '../lock';
import { hasDashboard, writeDashboard } from './dashboard';
import { appendLog, commitmentsIn, findTracker, logSheet, readLogIndex, refreshCutoff } from './trackers';

/** The function the time-driven trigger calls; it must be a top-level name without a trailing underscore. */
export const TRIGGER_HANDLER = 'avisosDiarios';
const PROPERTY_HOUR = 'convenios.horaAvisos';
const PROPERTY_LAST_RUN = 'convenios.ultimaEjecucion';

export interface LastRun {
  /** When it ran, ISO instant. */
  at: string;
  /** The day the ladder was computed for, aaaa-mm-dd. */
  day: string;
  mode: 'automática' | 'manual';
  summary: RunSummary;
  /** A run that could not send at all (missing authorization), in Spanish. */
  error?: string;
}

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
      const detail = e instanceof Error ? e.message : String(e);
      throw new IssueError({ code: 'mail_unauthorized', detail }, describe({ code: 'mail_unauthorized', detail }));
    }
  },
  send(d: Digest) {
    MailApp.sendEmail({ to: addressList(d.to), cc: addressList(d.cc) || undefined, subject: d.subject, body: d.body, htmlBody: d.htmlBody, name: 'Secretaría escolar' } as GoogleAppsScript.Mail.MailAdvancedParameters);
  },
};

/** The Bitácora as the run reads it; a Bitácora without a needed column stops the call with that issue. */
function readLogOrStop(): LogReading {
  const reading = readLogIndex();
  if (!reading.ok) stop(reading.issue);
  return reading.value;
}

/** The digests a run on `day` would send now, from the Compromisos tracker and the Bitácora. */
export function plannedDigests(day: Day, log: LogReading = readLogOrStop()): Digest[] {
  const timeZone = spreadsheetTimeZone();
  return planReminders(commitmentsIn(findTracker('compromisos'), timeZone), day, readRules().rules, log.index);
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
    const digests = plannedDigests(day, reading.value);
    const log = logSheet();
    const record = (entry: LogEntry) => appendLog(log, reading.value.layout, entry);
    try {
      run.summary = deliver(digests, reading.value.index, mailApp, record, () => new Date());
    } catch (e) {
      if (!(e instanceof IssueError && e.issue.code === 'mail_unauthorized')) throw e;
      run.error = e.message;
      record({ at: new Date(), to: '', cc: '', subject: '', keys: digests.flatMap((d) => d.reminders.map((r) => r.key)), outcome: OUTCOMES.unauthorized, detail: e.message });
    }
    if (hasDashboard()) writeDashboard(day, timeZone);
    saveLastRun(run);
    return run;
  });
}

export function saveLastRun(run: LastRun): void {
  PropertiesService.getDocumentProperties().setProperty(PROPERTY_LAST_RUN, JSON.stringify(run));
}

export function lastRun(): LastRun | null {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY_LAST_RUN);
  return text ? (JSON.parse(text) as LastRun) : null;
}

function ourTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).filter((t) => t.getHandlerFunction() === TRIGGER_HANDLER);
}

/** The reminders' schedule: the hour of the daily run, or null when off. */
export function reminderHour(): number | null {
  if (ourTriggers().length === 0) return null;
  const saved = PropertiesService.getDocumentProperties().getProperty(PROPERTY_HOUR);
  return saved === null ? null : Number(saved);
}

/**
 * Turns the daily run on at `hour` (0–23) in the spreadsheet's zone, so a UGEL in Lima gets Lima's
 * hour. Under the document lock it removes every trigger of ours and creates one, so however often
 * it is turned on there is exactly one.
 */
export function enableReminders(hour: unknown): number {
  if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) stop({ code: 'bad_hour', value: hour });
  return withDocumentLock(() => {
    for (const t of ourTriggers()) ScriptApp.deleteTrigger(t);
    ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(spreadsheetTimeZone()).create();
    PropertiesService.getDocumentProperties().setProperty(PROPERTY_HOUR, String(hour));
    return hour;
  });
}

export function disableReminders(): void {
  withDocumentLock(() => {
    for (const t of ourTriggers()) ScriptApp.deleteTrigger(t);
    PropertiesService.getDocumentProperties().deleteProperty(PROPERTY_HOUR);
  });
}
