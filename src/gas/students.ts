// The Alumnos panel's work on a sheet the office already has: detect, remember the mapping, write results as formulas or values.
import type { Rules } from '../core/config';
import { normalizeHeader } from '../core/columns';
import { hashText } from '../core/convenios/commitments';
import { explain } from '../core/messages';
import { Cell, isBlank } from '../core/parse';
import {
  OUTPUTS,
  OutputId,
  OutputSpec,
  STUDENT_FIELDS,
  StudentField,
  StudentMapping,
  asCellText,
  columnLetter,
  detectStudentColumns,
  formulaFor,
  isComputedHeader,
  looksLikeStudents,
  missingFields,
  outputOfHeader,
  outputSpec,
} from '../core/students';
import { StudentOutcome } from '../core/summary';
import { OUTPUT_FUNCTIONS, OutputCall } from '../functions/outputs';
import type { Answer, ComputeAnswer, ComputeRequest, Mode, StudentSheetView } from '../api';
import { answer, stop } from './boundary';
import { CONFIG_RANGE, ensureConfigSheet, readRules, rulesForWriting } from './config-panel';
import { withDocumentLock } from './lock';
import { ensureColumns } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** Which replacement a run may make: none, the one a 'confirmar' answer fingerprinted, or any (npm run calc --reemplazar). */
export type Consent = false | string | true;

/** The sheet's values, read in one call. Rows are 0-based here; Sheets rows are these + 1. */
interface SheetData {
  sheet: Sheet;
  rows: Cell[][];
  lastRow: number;
  lastColumn: number;
}

interface Remembered {
  headerRow: number;
  columns: Partial<Record<StudentField, { index: number; header: string }>>;
  subjects: { index: number; header: string }[];
  outputs: OutputId[];
  mode: Mode;
  /** Per computed header, what the last run left in that column: the fingerprint of its values, or LIVE for its formula. */
  written?: Record<string, string>;
}

/** The mark of a column the last run filled with its live formula. */
const LIVE = '=';

const PROPERTY_PREFIX = 'alumnos.';
const PROTECTION_NOTE = 'Secretaría escolar: columna calculada';
const HEADER_BACKGROUND = '#e6f4ea';

export function sheetNamed(name: string): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet) stop({ code: 'no_sheet', sheet: name });
  return sheet;
}

export function readSheet(sheet: Sheet): SheetData {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows = lastRow && lastColumn ? (sheet.getRange(1, 1, lastRow, lastColumn).getValues() as Cell[][]) : [];
  return { sheet, rows, lastRow, lastColumn };
}

function recall(sheet: Sheet): Remembered | undefined {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY_PREFIX + sheet.getSheetId());
  return text ? (JSON.parse(text) as Remembered) : undefined;
}

function remember(data: SheetData, mapping: StudentMapping, outputs: OutputId[], mode: Mode, written = recall(data.sheet)?.written): void {
  const headers = data.rows[mapping.headerRow] ?? [];
  const at = (index: number) => ({ index, header: String(headers[index] ?? '') });
  const columns: Remembered['columns'] = {};
  for (const [field, index] of Object.entries(mapping.columns) as [StudentField, number][]) columns[field] = at(index);
  const value: Remembered = { headerRow: mapping.headerRow, columns, subjects: mapping.subjects.map(at), outputs, mode, written };
  PropertiesService.getDocumentProperties().setProperty(PROPERTY_PREFIX + data.sheet.getSheetId(), JSON.stringify(value));
}

/** A remembered column still counts when its header is where it was, or has moved (then it follows it). */
function relocate(headers: Cell[], saved: { index: number; header: string }): number | undefined {
  const want = normalizeHeader(saved.header);
  if (normalizeHeader(headers[saved.index]) === want) return saved.index;
  const moved = headers.findIndex((h) => normalizeHeader(h) === want);
  return want && moved >= 0 ? moved : undefined;
}

function resolve(data: SheetData, saved: Remembered): StudentMapping {
  const headers = data.rows[saved.headerRow] ?? [];
  const columns: StudentMapping['columns'] = {};
  for (const [field, col] of Object.entries(saved.columns) as [StudentField, { index: number; header: string }][]) {
    const index = relocate(headers, col);
    if (index !== undefined) columns[field] = index;
  }
  const subjects = saved.subjects.map((s) => relocate(headers, s)).filter((i): i is number => i !== undefined);
  return { headerRow: saved.headerRow, columns, subjects };
}

/** The remembered mapping of a sheet, or the detected one. */
export function mappingOf(data: SheetData, rules: Rules): { mapping: StudentMapping; saved?: Remembered } {
  const saved = recall(data.sheet);
  return saved ? { mapping: resolve(data, saved), saved } : { mapping: detectStudentColumns(data.rows, rules) };
}

function dataRows(data: SheetData, mapping: StudentMapping): Cell[][] {
  return data.rows.slice(mapping.headerRow + 1);
}

function countStudents(rows: Cell[][], mapping: StudentMapping): number {
  const name = mapping.columns.nombre;
  return rows.filter((r) => (name === undefined ? r.some((c) => !isBlank(c)) : !isBlank(r[name]))).length;
}

const PREVIEW = 3;

function previewOf(rows: Cell[][], mapping: StudentMapping): string[] {
  const name = mapping.columns.nombre;
  if (name === undefined) return [];
  return rows.filter((r) => !isBlank(r[name])).slice(0, PREVIEW).map((r) => String(r[name]));
}

export function viewOf(data: SheetData, rules: Rules): StudentSheetView {
  const { mapping, saved } = mappingOf(data, rules);
  const headers = data.rows[mapping.headerRow] ?? [];
  const present = new Set(headers.map((h) => outputOfHeader(h)).filter(Boolean));
  const outputs = OUTPUTS.map((o) => ({ id: o.id, label: o.label, missing: missingFields(o, mapping), present: present.has(o.id) }));
  const mode: Mode = saved ? saved.mode : 'formulas';
  const chosen = saved ? saved.outputs : outputs.filter((o) => o.missing.length === 0).map((o) => o.id);
  return {
    sheet: data.sheet.getName(),
    headerRow: mapping.headerRow + 1,
    students: countStudents(dataRows(data, mapping), mapping),
    preview: previewOf(dataRows(data, mapping), mapping),
    columns: headers
      .map((h, index) => ({ index, letter: columnLetter(index), header: isBlank(h) ? '' : String(h) }))
      .filter((c) => c.header !== '' && !isComputedHeader(c.header)),
    fields: STUDENT_FIELDS.map((f) => ({ field: f.field, label: f.label, column: mapping.columns[f.field] ?? null })),
    subjects: mapping.subjects,
    outputs,
    chosen,
    mode,
    remembered: Boolean(saved),
  };
}

/** The mapping a request names, checked against the sheet: columns exist, none serves two fields. */
function mappingOfRequest(data: SheetData, headerRow: number, request: Pick<ComputeRequest, 'columns' | 'subjects'>): StudentMapping {
  const columns: StudentMapping['columns'] = {};
  const owner = new Map<number, string>();
  const headers = data.rows[headerRow] ?? [];
  const claim = (index: number, label: string) => {
    if (!Number.isInteger(index) || index < 0 || index >= data.lastColumn) stop({ code: 'bad_column', column: columnLetter(Math.max(0, index)), field: label });
    if (isComputedHeader(headers[index])) stop({ code: 'computed_as_input', column: columnLetter(index), header: headers[index], field: label });
    const first = owner.get(index);
    if (first) stop({ code: 'column_twice', column: columnLetter(index), first, second: label });
    owner.set(index, label);
  };
  for (const spec of STUDENT_FIELDS) {
    const index = request.columns[spec.field];
    if (index === null || index === undefined) continue;
    claim(index, spec.label);
    columns[spec.field] = index;
  }
  request.subjects.forEach((index) => claim(index, `la materia ${String(headers[index] ?? '')}`.trim()));
  return { headerRow, columns, subjects: [...request.subjects].sort((a, b) => a - b) };
}

/** A result's columns computed in the engine, by the very custom function the live formula would call: one row per student. */
export function computeValues(spec: OutputSpec, mapping: StudentMapping, rows: Cell[][], configRows: Cell[][]): (string | number)[][] {
  if (rows.length === 0) return [];
  const args = spec.args.map((arg) => {
    if ('subjects' in arg) return rows.map((r) => mapping.subjects.map((c) => r[c]));
    const column = mapping.columns[arg.field];
    return column === undefined ? '' : rows.map((r) => [r[column]]);
  });
  const call: OutputCall = OUTPUT_FUNCTIONS[spec.fn];
  const result = call(...args, configRows.length ? configRows : '');
  // byRow answers a one-row range with a single value, as Sheets expects of a one-cell formula.
  const grid = (Array.isArray(result) ? result : [result]) as unknown[];
  const width = spec.headers.length;
  return grid.map((r) => {
    const row = (Array.isArray(r) ? r : [r]) as (string | number)[];
    return Array.from({ length: width }, (_, i) => row[i] ?? '');
  });
}

interface Target {
  id: OutputId;
  /** First of the result's columns (a result may spill into more: `headers`). */
  column: number;
  /** Per column of the result: its header is already the expected one, so the add-on wrote it. */
  own: boolean[];
}

/**
 * Where each result goes: its own columns when the sheet has its first header and no spill column
 * is another result's; else the next free columns, after the last header and after the spill of
 * every result already in the sheet, so a new result never lands on a spill column.
 */
function placeOutputs(headers: Cell[], outputs: OutputId[]): Target[] {
  const width = (id: OutputId) => outputSpec(id).headers.length;
  const matches = (column: number, header: string) => normalizeHeader(headers[column]) === normalizeHeader(header);
  let next = headers.reduce<number>((last, h, i) => (isBlank(h) ? last : i), -1) + 1;
  headers.forEach((h, i) => {
    const id = outputOfHeader(h, true);
    if (id) next = Math.max(next, i + width(id));
  });
  return outputs.map((id) => {
    const spec = outputSpec(id);
    const existing = headers.findIndex((h) => outputOfHeader(h, true) === id);
    const spillsOnOther = spec.headers.some((header, j) => j > 0 && !matches(existing + j, header) && outputOfHeader(headers[existing + j]) !== undefined);
    if (existing >= 0 && !spillsOnOther) return { id, column: existing, own: spec.headers.map((header, j) => matches(existing + j, header)) };
    const column = next;
    next += width(id);
    return { id, column, own: spec.headers.map(() => false) };
  });
}

/** A cell as the fingerprint reads it: its formula where there is one, else its value as text. */
function contentOf(data: SheetData, formulas: string[][], r: number, c: number): string {
  return formulas[r]?.[c] || textOf(data.rows[r]?.[c]);
}

const textOf = (v: unknown): string => (isBlank(v as Cell) ? '' : String(v));

/** One short hash of a column's cells from its first data row (0-based) down to its last non-blank one. */
function fingerprint(firstRow: number, cells: string[]): string {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return hashText(JSON.stringify([firstRow, cells.slice(0, end)]));
}

/** The error values Sheets shows in a formula's cell, as getValues returns them (#REF!, #N/A, #ERROR!). */
const SHEETS_ERROR = /^#[A-Z0-9/]+[!?]?$/;

/** A cell the user typed where a result goes: 0-based row and column and what it holds. */
interface HandCell {
  r: number;
  c: number;
  content: string;
}

/** The non-blank cells of column `c` from row `from` down (0-based) that `keep` accepts. */
function filledCells(data: SheetData, formulas: string[][], from: number, c: number, keep: (r: number, content: string) => boolean = () => true): HandCell[] {
  const cells: HandCell[] = [];
  for (let r = from; r < data.rows.length; r++) {
    const content = contentOf(data, formulas, r, c);
    if (content !== '' && keep(r, content)) cells.push({ r, c, content });
  }
  return cells;
}

/**
 * The cells of one of the add-on's own columns that the user typed: when the last run left values
 * there and the column no longer matches their fingerprint, every cell that holds something other
 * than what is computed now (`edited`); when the column's live formula shows an error (a typed cell
 * blocks its spill) or is gone, every non-blank cell but the formula itself.
 */
function handCells(data: SheetData, formulas: string[][], anchorRow: number, t: Target, j: number, mark: string | undefined, fresh: () => (string | number)[][]): { edited: boolean; cells: HandCell[] } {
  const c = t.column + j;
  const filled = (keep?: (r: number, content: string) => boolean) => filledCells(data, formulas, anchorRow, c, keep);
  if (mark && mark !== LIVE) {
    const current = data.rows.slice(anchorRow).map((_, i) => contentOf(data, formulas, anchorRow + i, c));
    if (fingerprint(anchorRow, current) === mark) return { edited: false, cells: [] };
    const now = fresh();
    return { edited: true, cells: filled((r, content) => content !== textOf(now[r - anchorRow]?.[j])) };
  }
  const anchor = formulas[anchorRow]?.[t.column] ?? '';
  if (SPILLING.test(anchor)) {
    if (!SHEETS_ERROR.test(textOf(data.rows[anchorRow]?.[t.column]))) return { edited: false, cells: [] };
    return { edited: false, cells: filled((r) => r !== anchorRow || j !== 0) };
  }
  return { edited: false, cells: mark === LIVE ? filled() : [] };
}

/**
 * Cells holding data the add-on did not write, in the columns it is about to take: every non-blank
 * cell of a column whose header is not its own, and the cells typed by hand into its own columns
 * (handCells). One sentence per column, and a fingerprint of where they go and every such cell.
 */
function conflictsOf(
  data: SheetData,
  headerRow: number,
  targets: Target[],
  formulas: string[][],
  written: Record<string, string>,
  fresh: (t: Target) => (string | number)[][],
): { conflicts: string[]; huella: string } {
  const conflicts: string[] = [];
  const seen: unknown[] = targets.map((t) => [t.id, t.column]);
  for (const t of targets) {
    const headers = outputSpec(t.id).headers;
    t.own.forEach((own, j) => {
      const column = t.column + j;
      if (column >= data.lastColumn) return;
      const { edited, cells } = own
        ? handCells(data, formulas, headerRow + 1, t, j, written[headers[j]], () => fresh(t))
        : { edited: false, cells: filledCells(data, formulas, headerRow, column) };
      if (cells.length === 0) return;
      for (const cell of cells) seen.push([cell.r, cell.c, cell.content]);
      const example = cells[0];
      conflicts.push(
        edited
          ? explain({ code: 'batch_edited', column: columnLetter(column), header: headers[j], cells: cells.length, cell: `${columnLetter(column)}${example.r + 1}`, example: example.content })
          : explain({ code: 'batch_conflict', column: columnLetter(column), cells: cells.length, example: example.content }),
      );
    });
  }
  return { conflicts, huella: hashText(JSON.stringify(seen)) };
}

interface Block {
  column: number;
  width: number;
  values: (string | number)[][];
}

/** Contiguous target columns become one block, so each is written by one setValues. */
function blocksOf(columns: { column: number; values: (string | number)[] }[]): Block[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const blocks: Block[] = [];
  for (const c of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.column + last.width === c.column) {
      last.values.forEach((row, i) => row.push(c.values[i]));
      last.width++;
    } else {
      blocks.push({ column: c.column, width: 1, values: c.values.map((v) => [v]) });
    }
  }
  return blocks;
}

/** Formulas whose result spills down (and right): the add-on's own, and ARRAYFORMULA. Their spilled cells come back with them. */
const SPILLING = new RegExp(`^=\\s*(ARRAYFORMULA|${OUTPUTS.map((o) => o.fn).join('|')})\\s*\\(`, 'i');

/**
 * What a block's cells held before, so a failed run can put them back cell by cell: the formula
 * where there is one, else the value (text kept as text). A cell spilled from its result's
 * spilling formula comes back blank, so that the formula, put back, spills again.
 */
function originalsOf(data: SheetData, headerRow: number, blocks: Block[], targets: Target[], formulas: string[][]): unknown[][][] {
  const anchorRow = headerRow + 1;
  const anchorOf = new Map<number, number>();
  for (const t of targets) t.own.forEach((_, j) => anchorOf.set(t.column + j, t.column));
  const spilled = (r: number, c: number) => {
    const anchor = anchorOf.get(c);
    if (anchor === undefined || (r <= anchorRow && c === anchor)) return false;
    return r >= anchorRow && SPILLING.test(formulas[anchorRow]?.[anchor] ?? '');
  };
  return blocks.map((b) =>
    b.values.map((_, i) => {
      const r = headerRow + i;
      return Array.from({ length: b.width }, (__, j) => {
        const c = b.column + j;
        if (c >= data.lastColumn || r >= data.rows.length) return '';
        const f = formulas[r]?.[c];
        if (f) return f;
        return spilled(r, c) ? '' : asCellText(data.rows[r][c]);
      });
    }),
  );
}

/**
 * Adds the chosen results to a student sheet: everything is computed first, each block of columns
 * is then written by one setValues under the document lock, and if any write fails the blocks
 * already written get their previous contents back. Columns that hold data the add-on did not
 * write are only taken once the user confirms exactly those cells (`consent` is their huella).
 */
export function computeSheet(sheet: Sheet, choose: (data: SheetData, rules: Rules) => { mapping: StudentMapping; outputs: OutputId[]; mode: Mode }, consent: Consent): ComputeAnswer {
  return withDocumentLock(() => {
    const data = readSheet(sheet);
    const { rules, rows: configRows } = rulesForWriting();
    const { mapping, outputs, mode } = choose(data, rules);
    if (outputs.length === 0) stop({ code: 'nothing_chosen' });
    const specs = outputs.map(outputSpec);
    for (const spec of specs) {
      const missing = missingFields(spec, mapping);
      if (missing.length) stop({ code: 'output_missing', output: spec.label, missing: missing.join(', ') });
    }
    const headerRow = mapping.headerRow;
    const headers = data.rows[headerRow] ?? [];
    const targets = placeOutputs(headers, outputs);
    const rows = dataRows(data, mapping);
    const computed = new Map<OutputId, (string | number)[][]>();
    const fresh = (t: Target) => computed.get(t.id) ?? computed.set(t.id, computeValues(outputSpec(t.id), mapping, rows, configRows)).get(t.id)!;
    const existing = targets.flatMap((t) => t.own.map((_, j) => t.column + j)).filter((c) => c < data.lastColumn);
    const formulas = existing.length ? formulasOf(data, existing) : [];
    const saved = recall(sheet);
    const { conflicts, huella } = conflictsOf(data, headerRow, targets, formulas, saved?.written ?? {}, fresh);
    if (conflicts.length && consent !== true && consent !== huella) return { status: 'confirmar', sheet: sheet.getName(), conflicts, huella };

    const height = Math.max(rows.length, 1);
    const firstDataRow = headerRow + 2;
    const written: Record<string, string> = { ...saved?.written };
    const columns = targets.flatMap((t) => {
      const spec = outputSpec(t.id);
      const body: (string | number)[][] = mode === 'formulas' ? [[formulaFor(spec, mapping, firstDataRow, CONFIG_RANGE)]] : fresh(t);
      return spec.headers.map((header, j) => {
        const cells = body.map((r) => r[j] ?? '');
        while (cells.length < height) cells.push('');
        written[header] = mode === 'formulas' ? LIVE : fingerprint(headerRow + 1, cells.map(textOf));
        return { column: t.column + j, values: [header, ...(mode === 'formulas' ? cells : cells.map(asCellText))] };
      });
    });
    const blocks = blocksOf(columns);

    if (mode === 'formulas') ensureConfigSheet();
    const originals = originalsOf(data, headerRow, blocks, targets, formulas);
    const lastNeeded = Math.max(...blocks.map((b) => b.column + b.width));

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
      decorate(sheet, headerRow, blocks, targets, undo);
    } catch (e) {
      for (const step of [...undo].reverse()) step();
      throw e;
    }
    remember(data, mapping, outputs, mode, written);
    const students = countStudents(rows, mapping);
    return {
      status: 'hecho',
      sheet: sheet.getName(),
      students,
      message: explain({ code: 'batch_done', sheet: sheet.getName(), mode, students, outputs: specs.map((s) => s.label).join(', ') }),
      written: targets.map((t) => ({ id: t.id, header: outputSpec(t.id).header, letter: columnLetter(t.column) })),
    };
  });
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

/**
 * Bold tinted headers, percent format on Beca %, and a warning-only protection over each block.
 * The new protections come before the old ones over these columns are removed, and every step
 * leaves its undoing in `undo`, so a failure never leaves the columns unprotected.
 */
function decorate(sheet: Sheet, headerRow: number, blocks: Block[], targets: Target[], undo: (() => void)[]): void {
  const maxRows = sheet.getMaxRows();
  const blockOf = (column: number) => blocks.find((b) => column >= b.column && column < b.column + b.width);
  const old = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => {
    if (p.getDescription() !== PROTECTION_NOTE) return false;
    const range = p.getRange();
    return blocks.some((b) => range.getColumn() - 1 < b.column + b.width && range.getLastColumn() - 1 >= b.column);
  });
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

/** The students of a sheet with BECA, ESTATUS_PROMOCION and DERECHO_EXAMEN computed where the sheet allows. */
export function outcomesOf(data: SheetData, mapping: StudentMapping, configRows: Cell[][]): StudentOutcome[] {
  const rows = dataRows(data, mapping);
  const column = (id: OutputId) => (missingFields(outputSpec(id), mapping).length ? [] : computeValues(outputSpec(id), mapping, rows, configRows).map((r) => r[0]));
  const beca = column('beca');
  const status = column('estatus');
  const right = column('derecho');
  const cell = (field: StudentField, r: Cell[]) => (mapping.columns[field] === undefined ? '' : r[mapping.columns[field]!]);
  return rows.map((r, i) => ({
    name: mapping.columns.nombre === undefined ? (r.some((c) => !isBlank(c)) ? '·' : '') : r[mapping.columns.nombre],
    studyPlan: cell('planEstudios', r),
    becaPlan: cell('plan', r),
    beca: beca[i] ?? '',
    status: status[i] ?? '',
    examRight: right[i] ?? '',
  }));
}

/** "Nombre (B), Promedio (L)": the detected columns as the user reads them. */
function describeColumns(data: SheetData, mapping: StudentMapping): { columns: string; subjects: string } {
  const headers = data.rows[mapping.headerRow] ?? [];
  const named = (index: number, label: string) => `${label} (${columnLetter(index)})`;
  const columns = STUDENT_FIELDS.filter((f) => mapping.columns[f.field] !== undefined).map((f) => named(mapping.columns[f.field]!, f.label));
  return { columns: columns.join(', '), subjects: mapping.subjects.map((i) => named(i, String(headers[i]))).join(', ') };
}

export interface SheetReport {
  sheet: string;
  computed: boolean;
  lines: string[];
}

/**
 * The whole workbook, as `npm run calc` does it: every sheet that looks like students is computed
 * with what the Alumnos panel would propose (its remembered choice, or every result its columns
 * allow) in the given mode; other sheets are left alone and said so. Without `confirm`, a sheet
 * with data where the results go (cells the add-on did not write, or typed by hand into its own
 * columns) is left untouched, and its lines say which columns.
 */
export function computeWorkbook(mode: Mode, confirm: boolean): SheetReport[] {
  const { rules } = readRules();
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet): SheetReport => {
      const data = readSheet(sheet);
      const { mapping } = mappingOf(data, rules);
      const name = sheet.getName();
      if (!looksLikeStudents(mapping)) return { sheet: name, computed: false, lines: [explain({ code: 'batch_skipped', sheet: name })] };
      const detected = explain({ code: 'batch_detected', sheet: name, students: countStudents(dataRows(data, mapping), mapping), ...describeColumns(data, mapping) });
      const chosen = viewOf(data, rules).chosen;
      const outcome = computeSheet(sheet, () => ({ mapping, outputs: chosen, mode }), confirm);
      return outcome.status === 'hecho'
        ? { sheet: name, computed: true, lines: [detected, outcome.message] }
        : { sheet: name, computed: false, lines: [detected, ...outcome.conflicts, explain({ code: 'batch_untouched', sheet: name })] };
    });
}

// Sidebar calls of the Alumnos panel.

/** Detects (or recalls) the columns of the active sheet. */
export function detectarAlumnos(): Answer<StudentSheetView> {
  return answer(() => viewOf(readSheet(SpreadsheetApp.getActiveSheet()), readRules().rules));
}

/** Remembers the mapping the user confirmed, without computing. */
export function guardarMapeo(request: ComputeRequest): Answer<StudentSheetView> {
  return answer(() => {
    const sheet = sheetNamed(request.sheet);
    const data = readSheet(sheet);
    const { rules } = readRules();
    const headerRow = mappingOf(data, rules).mapping.headerRow;
    remember(data, mappingOfRequest(data, headerRow, request), request.outputs, request.mode);
    return viewOf(data, rules);
  });
}

/** Adds the chosen results; answers 'confirmar' with the cells it would replace until confirmed. */
export function calcularAlumnos(request: ComputeRequest): Answer<ComputeAnswer> {
  return answer(() =>
    computeSheet(
      sheetNamed(request.sheet),
      (data, rules) => ({ mapping: mappingOfRequest(data, mappingOf(data, rules).mapping.headerRow, request), outputs: request.outputs, mode: request.mode }),
      typeof request.confirmar === 'string' ? request.confirmar : false,
    ),
  );
}


/** `npm run calc` (local/calc.ts) calls this through the local runtime; the trailing _ keeps it from the sidebar. */
export function calcularLibro_(modo: Mode, confirmar: boolean): SheetReport[] {
  return computeWorkbook(modo, confirmar);
}
