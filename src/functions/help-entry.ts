// One Ayuda entry's shape, shared by help.ts and the entry lists beside it (help-pagos.ts).

export interface HelpEntry {
  name: string;
  /** In comma syntax (Mexico, and en-US as Apps Script writes formulas), like `call`. */
  syntax: string;
  summary: string;
  /** The example formula in comma syntax. */
  call: string;
  /** What the example gives, as the function returns it. */
  result: unknown;
  /** What each output cell holds, for the property tests: a fraction, a number, one of `words`, free text, or a table. */
  output: 'fraction' | 'number' | 'word' | 'text' | 'table';
  /** The fixed Spanish words a 'word' output can take (so CONTAR.SI and conditional formats work). */
  words?: string[];
  /**
   * Parameters in order, and which ones take a whole row per student (e.g. grades), or one value or
   * row for the whole call rather than one per student ('call': BECA's planes_del_criterio).
   */
  params: { name: string; shape?: 'cell' | 'row' | 'call'; optional?: boolean }[];
}
