// Property tests (fast-check): arbitrary parallel ranges of arbitrary cells keep every function's row contract.
import fc from 'fast-check';
import { FUNCTION_HELP, type FunctionHelp } from '../../src/functions/help';
import { bundleTarget, inputRows, resultProblems, sourceTarget, attempt } from './contract';

/** Words a secretary types, so the arbitrary cells also reach the rules' happy paths. */
const WORDS = [
  ...new Set([
    ...FUNCTION_HELP.flatMap((h) => h.words ?? []),
    ...['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'Continuidad', 'Excelencia', 'Delfín', 'mismo sistema', 'escolarizado'],
    ...['Sí', 'si', 'No', 'x', 'VERDADERO', 'NP', 'SD', 'Pendiente', 'Cumplido', 'Cancelado', 'En proceso', 'anticipado', 'pronto pago', 'Indefinida'],
  ]),
];

const number = fc.oneof(
  fc.double(),
  fc.integer({ min: -50, max: 200 }),
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.integer({ min: 40000, max: 50000 }), // Sheets date serials around 2010–2036
);
const sheetDate = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)) });
const dateText = fc
  .tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1990, max: 2040 }))
  .map(([d, m, y]) => `${d}/${m}/${y}`);
const cleanText = fc.string({ maxLength: 30 }).filter((s) => !/undefined|NaN|\[object|Infinity/.test(s));

/** Anything a cell can hold, and a few things it cannot (NaN, invalid dates), weighted towards blanks. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom('', null, undefined, ' '), weight: 4 },
  { arbitrary: number, weight: 4 },
  { arbitrary: number.filter(Number.isFinite).map((n) => String(n).replace('.', ',')), weight: 2 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: cleanText, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.oneof(sheetDate, fc.constant(new Date(NaN))), weight: 2 },
  { arbitrary: dateText, weight: 2 },
);

const ROW_CELLS = 8;

/** One call: a row count, and per parameter a single value (applied to every row) or a parallel range. */
function callOf(help: FunctionHelp): fc.Arbitrary<unknown[]> {
  return fc.integer({ min: 1, max: 12 }).chain((rows) =>
    fc.tuple(
      ...help.params.map((p) => {
        if (p.name === 'configuracion') return fc.constant(undefined);
        // One value or one row for the whole call (planes_del_criterio), often naming plans.
        if (p.shape === 'call') return fc.oneof(fc.array(cell, { minLength: 1, maxLength: 5 }).map((r) => [r]), cell, fc.constant(undefined));
        const range =
          p.shape === 'row'
            ? fc.array(fc.array(cell, { minLength: ROW_CELLS, maxLength: ROW_CELLS }), { minLength: rows, maxLength: rows })
            : fc.array(cell.map((c) => [c]), { minLength: rows, maxLength: rows });
        const single = cell;
        return p.optional ? fc.oneof(range, single, fc.constant(undefined)) : fc.oneof({ arbitrary: range, weight: 3 }, { arbitrary: single, weight: 1 });
      }),
    ),
  );
}

const source = sourceTarget();
const bundle = bundleTarget();

describe.each(FUNCTION_HELP.map((h) => [h.name, h] as const))('%s', (_name, help) => {
  test('keeps the contract on arbitrary parallel ranges: never throws, one row per input row, blank rows give ""', () => {
    fc.assert(
      fc.property(callOf(help), (args) => {
        const { result, thrown } = attempt(source, help.name, args);
        if (thrown !== undefined) throw new Error(`lanzó: ${thrown}`);
        const problems = resultProblems(help, args, result);
        if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
      }),
      { numRuns: 300 },
    );
  });

  test('answers the same through the built bundle as through the source', () => {
    fc.assert(
      fc.property(callOf(help), (args) => {
        expect(attempt(bundle, help.name, args)).toEqual(attempt(source, help.name, args));
      }),
      { numRuns: 100 },
    );
  });

  // A row-shaped argument (one student's grades) is itself a range, so only functions without one qualify.
  if (help.output !== 'table' && help.params.every((p) => p.shape !== 'row')) {
    test('gives a single value, not a range, when every argument is a single value', () => {
      fc.assert(
        fc.property(callOf(help), (args) => {
          const singles = args.map((a) => (Array.isArray(a) ? a[0][0] : a));
          expect(inputRows(help, singles)).toBeUndefined();
          const { result } = attempt(source, help.name, singles);
          expect(Array.isArray(result)).toBe(false);
        }),
        { numRuns: 100 },
      );
    });
  }
});
