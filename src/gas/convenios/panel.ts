// The Convenios panel's server calls: reminders on/off, what is overdue and next, preview, send now, last run.
import type { Commitment } from '../../core/convenios/commitments';
import { convenioFlags } from '../../core/convenios/cycle';
import type { Digest } from '../../core/convenios/digest';
import { Day, formatDay, isoDay } from '../../core/dates';
import { explain } from '../../core/es/reasons';
import { Answer, type CommitmentItem, type ConveniosView, type EmailPreview, type SourceView } from '../../api';
import { answer } from '../boundary';
import { readRules } from '../config-panel';
import { spreadsheetTimeZone } from '../host';
import { badAddressNote, emptySummary } from '../../core/convenios/run';
import { disableReminders, enableReminders, lastRun, plannedDigests, reminderState, runDay, runReminders, saveLastRun, scheduledRun } from './reminders';
import { withDocumentLock } from '../lock';
import { consolidateSources } from './consolidate';
import { writeDashboard } from './dashboard';
import { commitmentsIn, conveniosIn, findTracker } from './trackers';


/** Items listed at most, per list: the panel is 300 px wide and the sheet has the rest. */
const MAX_LISTED = 50;

const itemOf = (c: Commitment, today: Day): CommitmentItem => ({
  row: c.row,
  numero: c.numero,
  compromiso: c.compromiso,
  aliado: c.aliado,
  iiee: c.iiee,
  responsable: c.responsable,
  fecha: formatDay(c.deadline as Day),
  dias: (c.deadline as Day) - today,
});

/** Overdue commitments (most overdue first) and those whose date falls within the ladder's first step. */
export function conveniosView(hoy?: string): ConveniosView {
  const timeZone = spreadsheetTimeZone();
  const today = runDay(hoy, timeZone);
  const { rules } = readRules();
  const compromisos = findTracker('compromisos');
  const convenios = findTracker('convenios');
  const list = commitmentsIn(compromisos, timeZone);
  const agreements = conveniosIn(convenios, timeZone);
  const open = list.filter((c) => c.closure === 'pendiente' && c.deadline !== undefined).sort((a, b) => (a.deadline as Day) - (b.deadline as Day));
  const horizon = Math.max(...rules.reminderSteps);
  const last = lastRun();
  return {
    today: formatDay(today),
    ladder: explain({ code: 'reminder_ladder', steps: rules.reminderSteps, repeatDays: rules.overdueRepeatDays }),
    commitmentsSheet: compromisos ? compromisos.sheet.getName() : null,
    conveniosSheet: convenios ? convenios.sheet.getName() : null,
    reminders: reminderState(),
    lastRun: last && { ...last, when: Utilities.formatDate(new Date(last.at), timeZone, 'dd/MM/yyyy HH:mm') },
    overdue: open.filter((c) => (c.deadline as Day) < today).slice(0, MAX_LISTED).map((c) => itemOf(c, today)),
    upcoming: open.filter((c) => (c.deadline as Day) >= today && (c.deadline as Day) - today <= horizon).slice(0, MAX_LISTED).map((c) => itemOf(c, today)),
    convenios: agreements
      .map((c) => ({ row: c.row, numero: c.numero, objeto: c.objeto, alerts: convenioFlags(c, today, rules).map(explain) }))
      .filter((c) => c.alerts.length > 0)
      .slice(0, MAX_LISTED),
    problems: [...list.flatMap((c) => (c.issue ? [c.issue] : [])), ...agreements.flatMap((c) => c.issues)]
      .slice(0, MAX_LISTED)
      .map((issue) => explain({ code: 'row_problem', row: issue.row, issue })),
  };
}

const previewOf = (d: Digest): EmailPreview => ({
  to: d.to.join(', '),
  cc: d.cc.join(', '),
  subject: d.subject,
  body: d.body,
  reminders: d.reminders.length,
  problem: d.to.length === 0 ? badAddressNote(d, explain) : '',
  note: d.to.length > 0 && d.invalid.length > 0 ? badAddressNote(d, explain) : '',
});

/**
 * The emails of the next run: today's when today's run has not happened yet (or reminders are off,
 * so the next run is «Enviar ahora»), else tomorrow's.
 */
export function previewNextRun(hoy?: string): { day: string; emails: EmailPreview[] } {
  const today = runDay(hoy, spreadsheetTimeZone());
  const last = lastRun();
  const ranToday = last !== null && last.day === isoDay(today) && reminderState().on;
  const day = ranToday ? today + 1 : today;
  return { day: formatDay(day), emails: plannedDigests(day).map(previewOf) };
}

// Sidebar calls: each answers { ok, data } or { ok: false, error } in Spanish. The sidebar leaves
// `hoy` out (today in the spreadsheet's zone); the local tools and tests pass aaaa-mm-dd.

export function leerConvenios(hoy?: string): Answer<ConveniosView> {
  return answer(() => conveniosView(hoy));
}

/** `tomarControl`: the user confirmed taking over reminders another account turned on. */
export function activarAvisos(hora: number, tomarControl?: boolean): Answer<ConveniosView> {
  return answer(() => {
    enableReminders(hora, tomarControl === true);
    return conveniosView();
  });
}

export function desactivarAvisos(): Answer<ConveniosView> {
  return answer(() => {
    disableReminders();
    return conveniosView();
  });
}

export function vistaPreviaAvisos(hoy?: string): Answer<{ day: string; emails: EmailPreview[] }> {
  return answer(() => previewNextRun(hoy));
}

export function enviarAvisosAhora(hoy?: string): Answer<ConveniosView> {
  return answer(() => {
    runReminders('manual', hoy);
    return conveniosView(hoy);
  });
}

/**
 * The time-driven trigger's handler. A failure goes to the execution log and, when there is a
 * document to keep it in, becomes the last run's error so the panel shows it.
 */
export function avisosDiarios(event?: { triggerUid?: string }): void {
  const result = answer(() => scheduledRun(event && event.triggerUid));
  if (result.ok) return;
  console.error(explain({ code: 'daily_run_failed', error: result.error }));
  if (PropertiesService.getDocumentProperties()) saveLastRun({ at: new Date().toISOString(), day: '', mode: 'automática', summary: emptySummary(), error: result.error });
}

export function crearTableroConvenios(hoy?: string): Answer<{ sheet: string; commitments: number; convenios: number }> {
  return answer(() => {
    const timeZone = spreadsheetTimeZone();
    const day = runDay(hoy, timeZone);
    return withDocumentLock(() => writeDashboard(day, timeZone));
  });
}

export function consolidarFuentes(): Answer<SourceView[]> {
  return answer(consolidateSources);
}
