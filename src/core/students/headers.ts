// A register's headers as an office writes them: abbreviated, over two rows under a merged group header, with stray spaces and line breaks.
import { Cell, isBlank } from '../parse';
import { normalizeHeader } from '../text';

/** A merged range, 0-based and inclusive, as Sheets reports it (its value sits in the top-left cell only). */
export interface Merge {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** One column's header: its own text, the merged group over it (or ''), and both as the user reads them. */
export interface Header {
  sub: string;
  group: string;
  text: string;
}

/** Words that may be there or not: «No. de control» is «control», «Ses. del curso» is «ses curso». */
const OPTIONAL = new Set(['de', 'del', 'la', 'el', 'los', 'las', 'en', 'y', 'e', 'no', 'n', 'nº', 'num', 'o', 'a', 'al', 'por']);

/** The words of a header or a synonym: «Nombre(s)» → nombres, «Alumno(a)» → alumno; optional words dropped unless nothing else is left. */
export function headerWords(text: unknown): string[] {
  const plain = String(text ?? '')
    .replace(/\((s|es)\)/gi, '$1')
    .replace(/\((a|as|o|os)\)/gi, '');
  const all = normalizeHeader(plain).split(' ').filter(Boolean);
  const kept = all.filter((w) => !OPTIONAL.has(w));
  return kept.length ? kept : all;
}

/** A header word is a synonym word, or abbreviates it (≥ 3 letters): «justif» justificadas, «serv» servicio. */
function wordFits(header: string, synonym: string): 'same' | 'short' | undefined {
  if (header === synonym) return 'same';
  if (header.length >= 3 && synonym.startsWith(header)) return 'short';
  return undefined;
}

/**
 * How well header words match synonym words: 3 the same words, 2.5 the same words abbreviated,
 * 2 the header starts with the synonym, 1 the synonym is inside it, 0 not at all.
 */
export function wordScore(header: string[], synonym: string[]): number {
  if (!header.length || !synonym.length || synonym.length > header.length) return 0;
  const runAt = (start: number): 'same' | 'short' | undefined => {
    let short = false;
    for (let i = 0; i < synonym.length; i++) {
      const fit = wordFits(header[start + i], synonym[i]);
      if (!fit) return undefined;
      if (fit === 'short') short = true;
    }
    return short ? 'short' : 'same';
  };
  const first = runAt(0);
  if (first && header.length === synonym.length) return first === 'same' ? 3 : 2.5;
  if (first) return 2;
  for (let start = 1; start + synonym.length <= header.length; start++) if (runAt(start)) return 1;
  return 0;
}

/** The best score of a header against a list of synonyms, and which synonym gave it (lower is preferred). */
export function bestScore(header: string[], synonyms: readonly string[][]): { score: number; rank: number } {
  let score = 0;
  let rank = 0;
  synonyms.forEach((s, i) => {
    const got = wordScore(header, s);
    if (got > score) {
      score = got;
      rank = i;
    }
  });
  return { score, rank };
}

const text = (v: Cell) => (isBlank(v) ? '' : String(v).replace(/\s+/g, ' ').trim());

/** The merge whose range covers a cell, if any. */
function mergeAt(merges: readonly Merge[], r: number, c: number): Merge | undefined {
  return merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
}

/**
 * Whether row `upper` is a group header over row `lower`: some header spans both rows (a vertical
 * merge, or a cell over a blank one) and some group spans several columns over filled sub-headers.
 */
export function isGroupRow(rows: Cell[][], upper: number, merges: readonly Merge[] | undefined): boolean {
  const top = rows[upper] ?? [];
  const bottom = rows[upper + 1] ?? [];
  const width = Math.max(top.length, bottom.length);
  let spans = false;
  let groups = false;
  for (let c = 0; c < width; c++) {
    if (isBlank(top[c])) continue;
    const m = merges ? mergeAt(merges, upper, c) : undefined;
    if (m ? m.r2 > upper : isBlank(bottom[c])) spans = true;
    const end = m ? m.c2 : groupEnd(top, bottom, c);
    if (end > c && !(m && m.r2 > upper) && bottom.slice(c, end + 1).every((v) => !isBlank(v))) groups = true;
  }
  return spans && groups;
}

/** Without merges, a group runs right from its cell over blank cells whose sub-header is filled. */
function groupEnd(top: Cell[], bottom: Cell[], c: number): number {
  let end = c;
  while (end + 1 < Math.max(top.length, bottom.length) && isBlank(top[end + 1]) && !isBlank(bottom[end + 1])) end++;
  return end;
}

/** The headers of row `row`, read with the group row above it when there is one (`Asistencia · Ses.`). */
export function headersAt(rows: Cell[][], row: number, grouped: boolean, merges: readonly Merge[] | undefined): Header[] {
  const bottom = rows[row] ?? [];
  if (!grouped) return bottom.map((v) => ({ sub: text(v), group: '', text: text(v) }));
  const top = rows[row - 1] ?? [];
  const width = Math.max(top.length, bottom.length);
  const groupOf: string[] = new Array(width).fill('');
  for (let c = 0; c < width; c++) {
    if (isBlank(top[c])) continue;
    const m = merges ? mergeAt(merges, row - 1, c) : undefined;
    if (m && m.r2 >= row) continue;
    const end = m ? m.c2 : groupEnd(top, bottom, c);
    for (let k = c; k <= end; k++) groupOf[k] = text(top[c]);
  }
  return Array.from({ length: width }, (_, c) => {
    const sub = text(bottom[c]);
    if (!sub) return { sub: text(top[c]), group: '', text: text(top[c]) };
    const group = groupOf[c];
    return { sub, group, text: group ? `${group} · ${sub}` : sub };
  });
}
