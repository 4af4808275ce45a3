// One reminder email per responsable: the due reminders grouped by address, as plain text and escaped HTML, worded by the locale's `note`.
import type { Reason } from '../codes';
import type { Rules } from '../config';
import { Day } from '../dates';
import { isBlank } from '../parse';
import type { DueReminder } from './ladder';
import { escapeHtml } from '../text';

export interface Digest {
  /** Lower-case addresses from the correo cell; empty when the cell was blank. */
  to: string[];
  cc: string[];
  /** The parts of the correo cell that are not addresses: logged as Correo no válido; the digest goes to `to`. */
  invalid: string[];
  responsable: string;
  subject: string;
  body: string;
  htmlBody: string;
  reminders: DueReminder[];
}

/** Words a reason: the run is given core/es's `explain`, as it is given its mailer and clock, so the rules never import the locale. */
export type Note = (reason: Reason) => string;

const ADDRESS = /^[^\s@,;<>()"']+@[^\s@,;<>()"']+\.[a-z]{2,}$/i;

/** The addresses in a correo cell ("ana@x.pe; luis@y.pe"), split into valid and invalid ones. */
export function parseAddresses(cell: unknown): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  if (isBlank(cell)) return { valid, invalid };
  for (const part of String(cell).split(/[,;]+/)) {
    const a = part.trim().replace(/^<|>$/g, '').toLowerCase();
    if (!a) continue;
    (ADDRESS.test(a) ? valid : invalid).push(a);
  }
  return { valid, invalid };
}

/** One line per reminder: "C-012 · Reparar el techo (Municipalidad, IE 42015): venció hace 15 días, el 06/11/2026". */
function itemParts(r: DueReminder, note: Note): { what: string; when: string } {
  const c = r.commitment;
  const where = [c.aliado, c.iiee].filter(Boolean).join(', ');
  const what = `${c.numero ? `${c.numero} · ` : ''}${c.compromiso || note({ code: 'reminder_no_description' })}${where ? ` (${where})` : ''}`;
  return { what, when: note({ code: 'reminder_when', daysLeft: r.daysLeft, deadline: c.deadline }) };
}

/** Overdue first (the most overdue on top), then the nearest deadlines. */
const byUrgency = (a: DueReminder, b: DueReminder) => a.daysLeft - b.daysLeft || a.commitment.row - b.commitment.row;

/**
 * The digests of a run: one per distinct correo cell, each listing that responsable's due
 * reminders, with the coordinator in copy when the configuration names one.
 */
export function composeDigests(due: DueReminder[], today: Day, rules: Pick<Rules, 'coordinatorEmail'>, note: Note): Digest[] {
  const groups = new Map<string, DueReminder[]>();
  for (const r of due) {
    const { valid, invalid } = parseAddresses(r.commitment.correo);
    const id = [...valid, ...invalid].sort().join(',');
    const list = groups.get(id);
    if (list) list.push(r);
    else groups.set(id, [r]);
  }
  const coordinator = parseAddresses(rules.coordinatorEmail).valid;
  return [...groups.keys()].sort().map((id) => {
    const reminders = groups.get(id)!.sort(byUrgency);
    const { valid, invalid } = parseAddresses(reminders[0].commitment.correo);
    const responsable = reminders.map((r) => r.commitment.responsable).find(Boolean) ?? '';
    const overdue = reminders.filter((r) => r.daysLeft < 0).length;
    const subject = note({ code: 'reminder_subject', today, overdue, upcoming: reminders.length - overdue });
    const greeting = note({ code: 'reminder_greeting', responsable });
    const intro = note({ code: 'reminder_intro', today });
    const footer = note({ code: 'reminder_footer' });
    const items = reminders.map((r) => itemParts(r, note));
    const body = [greeting, '', intro, '', ...items.map((i) => `- ${i.what}: ${i.when}`), '', footer].join('\n');
    const htmlBody =
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p><ul>` +
      items.map((i) => `<li>${escapeHtml(i.what)}: <b>${escapeHtml(i.when)}</b></li>`).join('') +
      `</ul><p style="color:#555">${escapeHtml(footer)}</p>`;
    return { to: valid, cc: coordinator.filter((a) => !valid.includes(a)), invalid, responsable, subject, body, htmlBody, reminders };
  });
}
