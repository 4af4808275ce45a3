// Writing the chosen results into a student sheet: computed first, written block by block under the lock, undone on failure.
import type { ComputeAnswer, Mode } from '../../api';
import type { Rules } from '../../core/config';
import { CUTOFF_HEADER, PROTECTION_WORDS } from '../../core/es/sheet-words';
import { CUTOFF_FORMULA } from '../templates/convenios';
import { explain } from '../../core/es/reasons';
import { Cell } from '../../core/parse';
import { OutputId, OutputSpec, StudentMapping, columnLetter, missingFields, outputSpec } from '../../core/students/fields';
import { LedgerSources, NO_LEDGER_SOURCES, Span, formulaFor, ledgerSources, valueArguments } from '../../core/students/formulas';
import { RowPlan, planRows } from '../../core/students/rows';
import { asCellText } from '../../core/a1';
import { LIVE, conflictsOf, fingerprint, originalsOf, textOf } from '../../core/students/conflicts';
import { dataRows } from '../../core/students/mapping';
import { Block, Target, blocksOf, placeOutputs } from '../../core/students/placement';
import { OUTPUT_FUNCTIONS, OutputCall } from '../../functions/outputs';
import { stop } from '../boundary';
import { CONFIG_RANGE, ensureConfigSheet, rulesForWriting } from '../config-panel';
import { withDocumentLock } from '../lock';
import { calendarOf } from '../pagos-summary';
import { findCutoffCell } from '../../core/pagos/sheet';
import { SheetData, ensureColumns, readSheetOnce } from '../sheets';
import { mergesOf, recall, remember } from './memory';
import { headersAt } from '../../core/students/headers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Which replacement a run may make: none, the one a 'confirmar' answer fingerprinted, or any (npm run calc --reemplazar). */
export type Consent = false | string | true;

const PROTECTION_NOTE = PROTECTION_WORDS.computedColumn;
const HEADER_BACKGROUND = '#e6f4ea';

/** A result's columns computed in the engine, by the very custom function the live formula would call: one row per student. */
export function computeValues(spec: OutputSpec, mapping: StudentMapping, rows: Cell[][], configRows: Cell[][], sources = NO_LEDGER_SOURCES): (string | number)[][] {
  if (rows.length === 0) return [];
  const { args, after } = valueArguments(spec, mapping, rows, sources);
  const call: OutputCall = OUTPUT_FUNCTIONS[spec.fn];
  const result = call(...args, configRows.length ? configRows : '', ...after);
  // byRow answers a one-row range with a single value, as Sheets expects of a one-cell formula.
  const grid = (Array.isArray(result) ? result : [result]) as unknown[];
  const width = spec.headers.length;
  return grid.map((r) => {
    const row = (Array.isArray(r) ? r : [r]) as (string | number)[];
    return Array.from({ length: width }, (_, i) => row[i] ?? '');
  });
}

/** The results of the students only, each in its row; every other row under the headers stays blank. */
function studentValues(spec: OutputSpec, mapping: StudentMapping, rows: Cell[][], plan: RowPlan, configRows: Cell[][], sources: LedgerSources): (string | number)[][] {
  const values = computeValues(spec, mapping, plan.students.map((i) => rows[i]), configRows, sources);
  const full: (string | number)[][] = rows.map(() => spec.headers.map(() => ''));
  plan.students.forEach((i, k) => (full[i] = values[k]));
  return full;
}

/**
 * One live formula per block of students, at its first row: over the block's rows only, so nothing
 * spills onto a total, a heading or another group; open-ended (`C7:C`) when the sheet is one block
 * with nothing under it, so that students added below are computed too.
 */
function studentFormulas(spec: OutputSpec, mapping: StudentMapping, rows: Cell[][], plan: RowPlan, sources: LedgerSources): string[][] {
  const firstDataRow = mapping.headerRow + 2;
  const body: string[][] = rows.map(() => spec.headers.map(() => ''));
  const open = plan.blocks.length === 1 && !plan.skipped.some((s) => s.index > plan.blocks[0].last);
  for (const block of plan.blocks) {
    const span: Span = { first: firstDataRow + block.first, last: open ? undefined : firstDataRow + block.last };
    body[block.first][0] = formulaFor(spec, mapping, span, CONFIG_RANGE, sources);
  }
  return body;
}

const takes = (specs: OutputSpec[], ledger: 'vencimientos' | 'hoy') => specs.some((s) => s.args.some((a) => 'ledger' in a && a.ledger === ledger));

/**
 * Where the payment results take their due dates and fecha de corte; the Calendario de pagos is
 * read only for a grid without its own due row. `cutoffCell`: the fecha de corte this run adds.
 */
function sourcesFor(specs: OutputSpec[], mapping: StudentMapping, sheetRows: Cell[][], cutoffCell?: { row: number; column: number }): LedgerSources {
  if (!takes(specs, 'vencimientos')) return NO_LEDGER_SOURCES;
  const sources = ledgerSources(mapping, sheetRows, mapping.ledger?.dueRow === undefined ? calendarOf() : undefined);
  return cutoffCell ? { ...sources, hoy: { a1: `$${columnLetter(cutoffCell.column)}$${cutoffCell.row + 1}`, cell: '' } } : sources;
}

/**
 * A live payment formula's fecha de corte when the grid has none: «Fecha de corte» and `=TODAY()`
 * right of it, in the header row past every column in use (so nothing typed is covered). A custom
 * function runs again only when an argument changes, so without this cell a debt would stay
 * counted at the day the formula was written; `=TODAY()` changes each day.
 */
function newCutoffCell(specs: OutputSpec[], mapping: StudentMapping, data: SheetData, targets: Target[]): { row: number; column: number } | undefined {
  if (!takes(specs, 'hoy') || findCutoffCell(data.rows, mapping.headerRow)) return undefined;
  const end = Math.max(data.lastColumn, ...targets.map((t) => t.column + outputSpec(t.id).headers.length));
  return { row: mapping.headerRow, column: end + 1 };
}

/** The label and the `=TODAY()` of a new fecha de corte, its undoing pushed first (the two cells were blank). */
function writeCutoffCell(sheet: Sheet, cell: { row: number; column: number }, undo: (() => void)[]): void {
  const range = sheet.getRange(cell.row + 1, cell.column, 1, 2);
  undo.push(() => range.setValues([['', '']]));
  range.setValues([[CUTOFF_HEADER, CUTOFF_FORMULA]]);
  range.offset(0, 1, 1, 1).setNumberFormat('dd/mm/yyyy');
  range.offset(0, 0, 1, 1).setFontWeight('bold');
}

/**
 * Adds the chosen results to a student sheet: everything is computed first, each block of columns
 * is then written by one setValues under the document lock, and if any write fails the blocks
 * already written get their previous contents back. Columns that hold data the add-on did not
 * write are only taken once the user confirms exactly those cells (`consent` is their huella).
 */
export function computeSheet(sheet: Sheet, choose: Chooser, consent: Consent): ComputeAnswer {
  return withDocumentLock(() => computeSheetHeld(sheet, choose, consent));
}

/** The mapping, results and mode to write; `plan`: the rows already planned under that very mapping (the batch's detection), not planned again. */
type Chooser = (data: SheetData, rules: Rules) => { mapping: StudentMapping; outputs: OutputId[]; mode: Mode; plan?: RowPlan };

/** computeSheet for a caller that already holds the document lock (the workbook batch takes it once for every sheet). */
export function computeSheetHeld(sheet: Sheet, choose: Chooser, consent: Consent): ComputeAnswer {
  // Once per action: the batch found the students in these very values.
  const data = readSheetOnce(sheet);
  const { rules, rows: configRows } = rulesForWriting();
  const { mapping, outputs, mode, plan: planned } = choose(data, rules);
  if (outputs.length === 0) stop({ code: 'nothing_chosen' });
  const specs = outputs.map(outputSpec);
  for (const spec of specs) {
    const missing = missingFields(spec, mapping);
    if (missing.length) stop({ code: 'output_missing', output: spec.label, missing: missing.join(', ') });
  }
  const headerRow = mapping.headerRow;
  // A group row over the headers (ASISTENCIA over Ses. · Asist.) counts: a result never lands under a group.
  const headers = headersAt(data.rows, headerRow, mapping.headerRows === 2, mergesOf(data)).map((h) => h.text);
  const rows = dataRows(data.rows, mapping);
  const plan = planned ?? planRows(rows, mapping);
  if (plan.students.length === 0) stop({ code: 'no_students_rows', sheet: sheet.getName() });
  const targets = placeOutputs(headers, outputs);
  const cutoffCell = mode === 'formulas' ? newCutoffCell(specs, mapping, data, targets) : undefined;
  const sources = sourcesFor(specs, mapping, data.rows, cutoffCell);
  const computed = new Map<OutputId, (string | number)[][]>();
  const fresh = (t: Target) => computed.get(t.id) ?? computed.set(t.id, studentValues(outputSpec(t.id), mapping, rows, plan, configRows, sources)).get(t.id)!;
  const existing = targets.flatMap((t) => t.own.map((_, j) => t.column + j)).filter((c) => c < data.lastColumn);
  const formulas = existing.length ? formulasOf(data, existing) : [];
  const saved = recall(sheet);
  const { conflicts, huella } = conflictsOf(data, headerRow, targets, formulas, saved?.written ?? {}, fresh);
  if (conflicts.length && consent !== true && consent !== huella) return { status: 'confirmar', sheet: sheet.getName(), conflicts: conflicts.map(explain), huella };

  const height = Math.max(rows.length, 1);
  const written: Record<string, string> = { ...saved?.written };
  const columns = targets.flatMap((t) => {
    const spec = outputSpec(t.id);
    const body: (string | number)[][] = mode === 'formulas' ? studentFormulas(spec, mapping, rows, plan, sources) : fresh(t);
    return spec.headers.map((header, j) => {
      const cells = body.map((r) => r[j] ?? '');
      while (cells.length < height) cells.push('');
      written[header] = mode === 'formulas' ? LIVE : fingerprint(headerRow + 1, cells.map(textOf));
      return { column: t.column + j, values: [header, ...(mode === 'formulas' ? cells : cells.map(asCellText))] };
    });
  });
  const blocks = blocksOf(columns);

  const originals = originalsOf(data, headerRow, blocks, targets, formulas);
  const lastNeeded = Math.max(...blocks.map((b) => b.column + b.width), cutoffCell ? cutoffCell.column + 1 : 0);

  // Read before the first write, so the writes below go to Google as one batch.
  const before = beforeDecorating(sheet, blocks, Object.keys(saved?.written ?? {}).length > 0);
  if (mode === 'formulas') ensureConfigSheet();
  // Each change pushes its undoing; a failure undoes them all, last first.
  const undo: (() => void)[] = [];
  try {
    const added = ensureColumns(sheet, lastNeeded);
    if (added) undo.push(() => sheet.deleteColumns(lastNeeded - added + 1, added));
    blocks.forEach((b, i) => {
      const range = sheet.getRange(headerRow + 1, b.column + 1, b.values.length, b.width);
      range.setValues(b.values);
      undo.push(() => range.setValues(originals[i]));
    });
    decorate(sheet, headerRow, blocks, targets, undo, before);
    if (cutoffCell) writeCutoffCell(sheet, cutoffCell, undo);
  } catch (e) {
    for (const step of [...undo].reverse()) step();
    throw e;
  }
  remember(data, mapping, outputs, mode, written);
  const students = plan.students.length;
  return {
    status: 'hecho',
    sheet: sheet.getName(),
    students,
    message: explain({ code: 'batch_done', sheet: sheet.getName(), mode, students, outputs: specs.map((s) => s.label).join(', ') }),
    written: targets.map((t) => ({ id: t.id, header: outputSpec(t.id).header, letter: columnLetter(t.column) })),
  };
}

/** Formulas of the columns about to be replaced, read in one call over their span. */
function formulasOf(data: SheetData, columns: number[]): string[][] {
  const first = Math.min(...columns);
  const last = Math.max(...columns);
  const got = data.sheet.getRange(1, first + 1, data.lastRow, last - first + 1).getFormulas();
  return got.map((row) => {
    const full: string[] = new Array(data.lastColumn).fill('');
    row.forEach((f, j) => (full[first + j] = f));
    return full;
  });
}

/** What decorate needs of the sheet as it was: its rows and the add-on's old protections over these blocks. */
function beforeDecorating(sheet: Sheet, blocks: Block[], wroteBefore: boolean) {
  // Only a sheet the add-on wrote results into has its protections (a copied sheet may too: its second one goes on the next run).
  if (!wroteBefore) return { maxRows: sheet.getMaxRows(), old: [] };
  const old = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => {
    if (p.getDescription() !== PROTECTION_NOTE) return false;
    const range = p.getRange();
    return blocks.some((b) => range.getColumn() - 1 < b.column + b.width && range.getLastColumn() - 1 >= b.column);
  });
  return { maxRows: sheet.getMaxRows(), old };
}

/**
 * Bold tinted headers, percent format on Beca %, and a warning-only protection over each block.
 * The new protections come before the old ones over these columns are removed, and every step
 * leaves its undoing in `undo`, so a failure never leaves the columns unprotected.
 */
function decorate(sheet: Sheet, headerRow: number, blocks: Block[], targets: Target[], undo: (() => void)[], before: ReturnType<typeof beforeDecorating>): void {
  // The grid grown by ensureColumns keeps its rows.
  const { maxRows, old } = before;
  const blockOf = (column: number) => blocks.find((b) => column >= b.column && column < b.column + b.width);
  const protect = (range: GoogleAppsScript.Spreadsheet.Range) => range.protect().setDescription(PROTECTION_NOTE).setWarningOnly(true);
  for (const b of blocks) {
    sheet.getRange(headerRow + 1, b.column + 1, 1, b.width).setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    const added = protect(sheet.getRange(headerRow + 1, b.column + 1, maxRows - headerRow, b.width));
    undo.push(() => added.remove());
  }
  const beca = targets.find((t) => t.id === 'beca');
  if (beca && blockOf(beca.column) && maxRows > headerRow + 1) sheet.getRange(headerRow + 2, beca.column + 1, maxRows - headerRow - 1, 1).setNumberFormat('0%');
  for (const p of old) {
    const range = p.getRange();
    p.remove();
    undo.push(() => void protect(range));
  }
}
