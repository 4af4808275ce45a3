// The local formula engine: recalculating custom-function formulas (recalc.ts, evaluate.ts, memo.ts),
// reading them (parse.ts), and moving references when rows or columns move (references.ts).
export { CIRCULAR_MESSAGE, MAX_ARGUMENT_CELLS, VOLATILE_MESSAGE } from './evaluate';
export type { FormulaEnv } from './evaluate';
export { localeSyntax, parseFormula, typedFormula } from './parse';
export type { Arg, ParsedFormula } from './parse';
export { recalculate } from './recalc';
export type { RecalcReport } from './recalc';
export { shiftBookReferences, shiftReferences } from './references';
