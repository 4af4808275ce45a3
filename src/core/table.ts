// Reading a table from a sheet's values: which row holds the headers and which column is which, by accent-, case- and punctuation-insensitive synonyms.
import { Cell, isBlank } from './parse';
import { normalizeHeader } from './text';

export interface FieldSpec<F extends string = string> {
  field: F;
  /** How the sidebar names the field. */
  label: string;
  /** Header texts that mean this field, in any spelling: "Prom. gral." matches "prom gral". */
  synonyms: string[];
}

/**
 * How well a header matches a synonym: 3 equal, 2 the header starts with it as whole words,
 * 1 it appears inside as whole words, 0 not at all.
 */
export function matchScore(header: string, synonym: string): number {
  if (!header || !synonym) return 0;
  if (header === synonym) return 3;
  if (header.startsWith(`${synonym} `)) return 2;
  if (` ${header} `.includes(` ${synonym} `)) return 1;
  return 0;
}

export type ColumnMapping<F extends string> = Partial<Record<F, number>>;

/**
 * Assigns to each field the column whose header matches it best (0-based indexes). Each column
 * serves one field; ties go to the earlier synonym, then the field listed first, then the leftmost column. Fields with no
 * matching header are left out.
 */
export function detectColumns<F extends string>(headers: Cell[], specs: FieldSpec<F>[]): ColumnMapping<F> {
  const normalized = headers.map((h) => (isBlank(h) ? '' : normalizeHeader(h)));
  const candidates: { field: F; column: number; score: number; rank: number; order: number }[] = [];
  specs.forEach((spec, order) => {
    const synonyms = spec.synonyms.map(normalizeHeader);
    normalized.forEach((header, column) => {
      let best = 0;
      let rank = 0;
      synonyms.forEach((s, i) => {
        const score = matchScore(header, s);
        if (score > best) {
          best = score;
          rank = i;
        }
      });
      if (best > 0) candidates.push({ field: spec.field, column, score: best, rank, order });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.order - b.order || a.column - b.column);
  const mapping: ColumnMapping<F> = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/** The row (0-based, among the first `scan` rows) that looks most like a header row for these fields. */
export function findHeaderRow<F extends string>(rows: Cell[][], specs: FieldSpec<F>[], scan = 10): number {
  let bestRow = 0;
  let bestCount = -1;
  rows.slice(0, scan).forEach((row, i) => {
    const count = Object.keys(detectColumns(row, specs)).length;
    if (count > bestCount) {
      bestCount = count;
      bestRow = i;
    }
  });
  return bestRow;
}

export interface TableRow<F extends string> {
  /** The sheet row, 1-based, so messages and the sidebar can point at it. */
  row: number;
  cells: Partial<Record<F, Cell>>;
}

export interface Table<F extends string> {
  /** The header row, 0-based within the rows given. */
  headerRow: number;
  mapping: ColumnMapping<F>;
  /** Required fields that no header matched: when any is missing the sheet is not that tracker. */
  missing: F[];
  rows: TableRow<F>[];
}

/**
 * Reads a tracker from a sheet's values: finds the header row (a title row above it is fine),
 * maps columns by synonyms, and keeps each non-blank row with its sheet row number.
 */
export function readTable<F extends string>(values: Cell[][], specs: FieldSpec<F>[], required: F[], firstRow = 1): Table<F> {
  const headerRow = findHeaderRow(values, specs);
  const mapping = detectColumns(values[headerRow] ?? [], specs);
  const missing = required.filter((f) => mapping[f] === undefined);
  const fields = Object.keys(mapping) as F[];
  const rows: TableRow<F>[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const line = values[r];
    const cells: Partial<Record<F, Cell>> = {};
    let blank = true;
    for (const f of fields) {
      const v = line[mapping[f] as number];
      cells[f] = v;
      if (!isBlank(v)) blank = false;
    }
    if (!blank) rows.push({ row: firstRow + r, cells });
  }
  return { headerRow, mapping, missing, rows };
}
