// Moving formulas' A1 references as Sheets does when rows or columns are inserted or deleted.
import { columnLetters, columnNumber } from '../services/a1';
import { Book, keyColumn, keyRow } from '../services/book';

/** One A1 reference at a position: optional sheet, a start cell or column, an optional end. */
const REF_AT = /(?:('(?:[^']|'')*'|[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)?(?=[^\w(!]|$)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+)?(?=[^\w(!]|$))?/y;

/**
 * The formula with its references to `sheet` moved as Sheets moves them when rows or columns are
 * inserted there: every reference at or after `at` (1-based) shifts by `count`.
 */
export function shiftReferences(formula: string, formulaSheet: string, sheet: string, axis: 'row' | 'column', at: number, count: number): string {
  let out = '';
  for (let i = 0; i < formula.length; ) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    REF_AT.lastIndex = i;
    const m = /[\w.$'\u00C0-\u024F]/.test(prev) ? null : REF_AT.exec(formula);
    const isRef = m && (m[5] !== undefined || m[7] !== undefined);
    if (!m || !isRef) {
      out += ch;
      i++;
      continue;
    }
    const named = m[1] === undefined ? formulaSheet : m[1].startsWith("'") ? m[1].slice(1, -1).replace(/''/g, "'") : m[1];
    if (named !== sheet) {
      out += m[0];
      i += m[0].length;
      continue;
    }
    const moveColumn = (letters: string) => {
      const n = columnNumber(letters);
      return axis === 'column' && n >= at ? columnLetters(n + count) : letters.toUpperCase();
    };
    const moveRow = (digits: string | undefined) => (digits === undefined ? '' : axis === 'row' && Number(digits) >= at ? String(Number(digits) + count) : digits);
    let text = `${m[1] !== undefined ? `${m[1]}!` : ''}${m[2]}${moveColumn(m[3])}${m[4]}${moveRow(m[5])}`;
    if (m[7] !== undefined) text += `:${m[6]}${moveColumn(m[7])}${m[8]}${moveRow(m[9])}`;
    out += text;
    i += m[0].length;
  }
  return out;
}

/** Moves every formula's references after rows or columns were inserted into `sheet`. */
export function shiftBookReferences(book: Book, sheet: string, axis: 'row' | 'column', at: number, count: number): void {
  for (const s of book.sheets) {
    for (const [k, f] of s.formulas) {
      const moved = shiftReferences(f, s.name, sheet, axis, at, count);
      if (moved === f) continue;
      s.formulas.set(k, moved);
      s.touch(keyRow(k), keyColumn(k));
    }
  }
}
