// TextFinder (developers.google.com/apps-script/reference/spreadsheet/text-finder): finding cells by their text in
// a spreadsheet, a sheet or a range, as Spreadsheet/Sheet/Range.createTextFinder(findText) make it.
//
// Per Google's reference: the search is case-insensitive unless matchCase(true); it matches part of a cell unless
// matchEntireCell(true); it looks at what a cell displays, and at a formula cell's formula text only with
// matchFormulaText(true); ignoreDiacritics(true) makes "é" match "e"; useRegularExpression(true) reads findText as a
// regular expression. findAll() answers every matching cell, one Range each; findNext()/findPrevious() walk the
// matches from startFrom()'s cell (or the scope's start) and answer null past the last (first) one; getCurrentMatch()
// is the last cell they answered. Cells are searched sheet by sheet in tab order, row by row within a sheet.
// The replace methods are not emulated: the add-on does not call them.
import { SheetModel, cellKey } from '../book';
import { Calls, track } from '../calls';
import { displayOf } from './values';

/** Where a finder looks: a block of one sheet, 1-based, and how that sheet makes the Range of one of its cells. */
export interface Area {
  model: SheetModel;
  row: number;
  column: number;
  rows: number;
  columns: number;
  cellAt(row: number, column: number): Range;
}

/** What the finder needs of a Range (range.ts imports this file, so it is not imported back). */
interface Range {
  readonly sheet: { readonly model: SheetModel };
  readonly row: number;
  readonly column: number;
}

/** What the finder needs of the runtime: the call counts, and recalculation before a read. */
interface Env {
  calls: Calls;
  beforeRead(): void;
}

type Hit = { area: Area; row: number; column: number };

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tracked TextFinder over `areas`; an empty findText is refused, as Sheets refuses it. */
export function textFinderOf(env: Env, areas: Area[], findText: string): TextFinder {
  if (typeof findText !== 'string' || findText === '') throw new Error('Invalid argument: findText');
  return track(env.calls, 'TextFinder', new TextFinder(env, areas, findText));
}

export class TextFinder {
  private caseSensitive = false;
  private entireCell = false;
  private formulaText = false;
  private noDiacritics = false;
  private regex = false;
  /** Index in matches() of the current match; -1 before the first. */
  private at = -1;
  private current: Range | null = null;
  private from: { model: SheetModel; row: number; column: number } | undefined;

  constructor(
    private readonly env: Env,
    private readonly areas: Area[],
    private readonly text: string,
  ) {}

  matchCase(on: boolean) {
    this.caseSensitive = Boolean(on);
    return this;
  }
  matchEntireCell(on: boolean) {
    this.entireCell = Boolean(on);
    return this;
  }
  matchFormulaText(on: boolean) {
    this.formulaText = Boolean(on);
    return this;
  }
  ignoreDiacritics(on: boolean) {
    this.noDiacritics = Boolean(on);
    return this;
  }
  useRegularExpression(on: boolean) {
    this.regex = Boolean(on);
    return this;
  }
  startFrom(range: Range) {
    this.from = { model: range.sheet.model, row: range.row, column: range.column };
    this.at = -1;
    this.current = null;
    return this;
  }

  private pattern(): RegExp {
    const fold = (s: string) => (this.noDiacritics ? stripMarks(s) : s);
    const source = this.regex ? fold(this.text) : escape(fold(this.text));
    return new RegExp(this.entireCell ? `^(?:${source})$` : source, this.caseSensitive ? 'u' : 'iu');
  }

  /** Every matching cell, in search order (1-based). */
  private matches(): Hit[] {
    this.env.beforeRead();
    const re = this.pattern();
    const out: Hit[] = [];
    for (const a of this.areas) {
      const m = a.model;
      const lastRow = Math.min(a.row + a.rows - 1, m.lastRow());
      const lastColumn = Math.min(a.column + a.columns - 1, m.lastColumn());
      for (let r = a.row; r <= lastRow; r++) {
        for (let c = a.column; c <= lastColumn; c++) {
          const k = cellKey(r - 1, c - 1);
          const formula = this.formulaText ? m.formulas.get(k) : undefined;
          const text = formula ?? displayOf(m.get(r - 1, c - 1), m.formats.get(k));
          if (text === '') continue;
          if (re.test(this.noDiacritics ? stripMarks(text) : text)) out.push({ area: a, row: r, column: c });
        }
      }
    }
    return out;
  }

  private rangeOf(hit: Hit): Range {
    return hit.area.cellAt(hit.row, hit.column);
  }

  findAll(): Range[] {
    return this.matches().map((cell) => this.rangeOf(cell));
  }

  /** Where the walk stands: the current match, else the cell startFrom() named. */
  private position(all: Hit[]): number {
    if (this.at >= 0 || !this.from) return this.at;
    const from = this.from;
    const order = (m: SheetModel) => this.areas.findIndex((a) => a.model === m);
    const before = (cell: Hit) => {
      const a = order(cell.area.model);
      const b = order(from.model);
      return a !== b ? a < b : cell.row !== from.row ? cell.row < from.row : cell.column <= from.column;
    };
    // The matches at or before the start cell are behind the walk.
    return all.filter(before).length - 1;
  }

  findNext(): Range | null {
    const all = this.matches();
    const next = this.position(all) + 1;
    if (next >= all.length) return null;
    this.at = next;
    this.from = undefined;
    return (this.current = this.rangeOf(all[next]));
  }

  findPrevious(): Range | null {
    const all = this.matches();
    const current = this.position(all);
    const previous = current < 0 ? all.length - 1 : current - 1;
    if (previous < 0 || previous >= all.length) return null;
    this.at = previous;
    this.from = undefined;
    return (this.current = this.rangeOf(all[previous]));
  }

  getCurrentMatch(): Range | null {
    return this.current;
  }
}
