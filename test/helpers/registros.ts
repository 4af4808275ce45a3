// The shape of a register's hand-written .expected.json (test/fixtures/registros/README.md).

export type Json = string | number | null;

export interface Column {
  col: string;
  header: string;
  field: string;
  cells?: Record<string, Json>;
}

export interface Student {
  row: number;
  name: string;
  nameCells: string[];
  /** The row's cells from column A to the sheet's last table column, null where blank. */
  values: Json[];
  expected: Record<string, Json>;
}

export interface SheetExpectation {
  name: string;
  studentList: boolean;
  why?: string;
  headerRows?: number[];
  merges?: string[];
  cells?: Record<string, Json>;
  columns?: Column[];
  derived?: { field: string; from: string }[];
  missing?: { field: string; assumed: string }[];
  results?: string[];
  students?: Student[];
  skipped?: { row: number; text: string; kind: string }[];
  notes?: string[];
  /** The configuration under which the students' results hold, when it is not the workbook's (a 0–20 register). */
  configuration?: Record<string, string>;
}

export interface Expectation {
  workbook: string;
  imitates: string;
  configuration: Record<string, string>;
  sheets: SheetExpectation[];
}
