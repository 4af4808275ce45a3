// Text as the add-on compares, orders, fingerprints and escapes it: one helper for each, used everywhere.
import { memoText } from './memo';

/**
 * Lower case, no accents, single spaces, trimmed: "  Mismo  Sistema " → "mismo sistema". Remembered
 * per text: a whole column repeats a few words (plans, sí/no, estados) thousands of times.
 */
export const normalizeName: (v: unknown) => string = memoText((v) =>
  String(v)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim(),
);

/** "Prom. gral." → "prom gral"; "Calif. Final (1er parcial)" → "calif final 1er parcial". */
export function normalizeHeader(v: unknown): string {
  const s = String(v ?? '');
  // Printable ASCII has no accents to take off: normalize('NFD') was most of the time of reading 50,000 names.
  return (PRINTABLE_ASCII.test(s) ? s : s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9ñ%]+/g, ' ')
    .trim();
}
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

let collator: Intl.Collator | undefined;
/** Spanish order, ignoring case and accents, numbers by value ("IE 2" before "IE 10"): the one sort of every list the add-on writes. */
export function compareSpanish(a: string, b: string): number {
  if (!collator) collator = new Intl.Collator('es', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b);
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, and the same in Apps Script and Node. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text from the sheet as HTML text: a compromiso "<b>techo</b>" arrives as those characters. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}
