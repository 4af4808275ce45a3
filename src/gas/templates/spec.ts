// The shape of a template (columns, live formulas, colour rules) and its colours: a leaf both template lists build on.
import { ERROR_START } from '../../core/es/sheet-words';
import { Cell } from '../../core/parse';
import type { Grade } from '../../core/promotion';

export interface TemplateColumn {
  header: string;
  example: Cell;
  /** A drop-down of these values (typed variants such as "si" stay allowed: the parser reads them). */
  choices?: string[];
}

/** A conditional format over a column's body: a fixed comparison, or a failed grade as the configuration reads it. */
export type Highlight = { header: string; background: string } & (
  | { when: 'equals' | 'startsWith' | 'lessThan'; value: string | number }
  /** Below the configured passing grade, or NP / SD (Cap. XII, Art. 1 II): one rule each. */
  | { when: 'failingGrade' }
);

export interface TemplateSpec {
  sheet: string;
  columns: TemplateColumn[];
  /**
   * The live formula columns after the inputs, from the input columns (row 2 is the first data row).
   * `beside` is a formula for the cell right of the header in row 1 (the fecha de corte's `=TODAY()`).
   */
  computed: (columns: TemplateColumn[]) => { header: string; formula: string; beside?: string }[];
  highlights: Highlight[];
}

/** How offices write a failed subject without a grade (no presentó, sin derecho): the grade parser's marks. */
export const FAILED_MARKS: Exclude<Grade, number>[] = ['NP', 'SD'];

export const RED = '#f4c7c3';
export const AMBER = '#fce8b2';
export const GREEN = '#d9ead3';

/** Amber for the «Error: …» rows of a computed column. */
export const errors = (header: string): Highlight => ({ header, when: 'startsWith', value: ERROR_START, background: AMBER });
