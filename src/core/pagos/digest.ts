// The daily email to the administración (correo_administracion, Cap. XI, Art. 1 VI): becas newly cancelled and mensualidades newly overdue, each keyed so it is never sent twice.
import type { Rules } from '../config';
import { Day, isoDay } from '../dates';
import { parseAddresses } from '../convenios/digest';
import type { Deliverable } from '../convenios/run';
import { escapeHtml, normalizeHeader } from '../text';
import type { PagosStanding } from './summary';

/** One line of the digest: a student's cancelled beca or one overdue mensualidad. */
export interface PagosItem {
  key: string;
  kind: 'beca' | 'adeudo';
  name: string;
  group: string;
  /** The mensualidad: the one that cancelled the beca, or the one overdue. */
  due: Day;
  /** For a beca: the day it was cancelled; for a mensualidad: the pesos owed by the student in all. */
  cancelledOn?: Day;
  paid?: Day;
}

/** The words of the digest, given by the locale (core/es/pagos-summary.ts). */
export interface PagosDigestWords {
  subject: (today: Day, becas: number, mensualidades: number) => string;
  intro: (today: Day, sheet: string) => string;
  becasTitle: string;
  adeudosTitle: string;
  beca: (i: PagosItem) => string;
  adeudo: (i: PagosItem) => string;
  footer: string;
}

/** The student in a key: the matrícula, else the name, as written but for case, accents and spaces. */
const studentId = (s: PagosStanding['student']) => (s.matricula ? `m:${normalizeHeader(s.matricula)}` : `n:${normalizeHeader(s.name)}`);

/** Keys per student and mensualidad (with its due date, so next period's mensualidad 1 is another): «pagos|adeudo|m:a 2|3|2026-04-10». */
export function pagosItems(list: PagosStanding[]): PagosItem[] {
  const out: PagosItem[] = [];
  for (const s of list) {
    const id = studentId(s.student);
    const who = { name: s.student.name, group: s.student.group };
    if (s.becaCancelledOn !== undefined && s.becaBy) {
      out.push({ key: `pagos|beca|${id}|${s.becaBy.number}|${isoDay(s.becaBy.due)}`, kind: 'beca', ...who, due: s.becaBy.due, cancelledOn: s.becaCancelledOn, paid: s.becaBy.paid });
    }
    for (const m of s.overdue) out.push({ key: `pagos|adeudo|${id}|${m.number}|${isoDay(m.due)}`, kind: 'adeudo', ...who, due: m.due });
  }
  return out;
}

/**
 * The day's email to the administración, or none: when the key is blank, or nothing is new (every
 * item's key is already in the Bitácora as sent or «Sin confirmar»).
 */
export function pagosDigest(list: PagosStanding[], today: Day, sheet: string, rules: Pick<Rules, 'adminEmail'>, known: (key: string) => boolean, words: PagosDigestWords): Deliverable | undefined {
  const { valid, invalid } = parseAddresses(rules.adminEmail);
  if (!valid.length && !invalid.length) return undefined;
  const items = pagosItems(list).filter((i) => !known(i.key));
  if (!items.length) return undefined;
  const becas = items.filter((i) => i.kind === 'beca');
  const adeudos = items.filter((i) => i.kind === 'adeudo');
  const intro = words.intro(today, sheet);
  const sections: [string, string[]][] = [
    [words.becasTitle, becas.map(words.beca)],
    [words.adeudosTitle, adeudos.map(words.adeudo)],
  ].filter(([, lines]) => lines.length > 0) as [string, string[]][];
  const body = [intro, '', ...sections.flatMap(([title, lines]) => [title, ...lines.map((l) => `- ${l}`), '']), words.footer].join('\n');
  const htmlBody =
    `<p>${escapeHtml(intro)}</p>` +
    sections.map(([title, lines]) => `<p><b>${escapeHtml(title)}</b></p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`).join('') +
    `<p style="color:#555">${escapeHtml(words.footer)}</p>`;
  return { to: valid, cc: [], invalid, responsable: '', subject: words.subject(today, becas.length, adeudos.length), body, htmlBody, reminders: items.map((i) => ({ key: i.key })) };
}
