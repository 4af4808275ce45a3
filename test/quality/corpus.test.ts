// Hostile input: every custom function, through the source and the built bundle, fed a corpus of bad values.
import { FUNCTION_HELP, type FunctionHelp } from '../../src/functions/help';
import { parseFormula } from '../helpers/readme-examples';
import { MAX_ERROR_LENGTH, MISMATCH, Target, attempt, bundleTarget, resultProblems, sourceTarget } from './contract';

const MIDNIGHT_MEXICO = Date.UTC(2026, 2 /* Mar */, 15, 6); // how Sheets hands 15/03/2026 to a script in America/Mexico_City

const CORPUS: [string, unknown][] = [
  ['text', 'hola'],
  ['empty text', ''],
  ['only spaces', '   '],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['-Infinity', -Infinity],
  ['1e308', 1e308],
  ['-5', -5],
  ['huge negative', -1e308],
  ['zero', 0],
  ['negative zero', -0],
  ['smallest double', 5e-324],
  ['unsafe integer', 2 ** 53 + 1],
  ['true', true],
  ['false', false],
  ['null', null],
  ['undefined', undefined],
  ['emoji', '🎓'],
  ['10,000 characters', `Beca ${'ñ'.repeat(9990)} fin`],
  ['US-order date', '03/15/2026'],
  ['impossible date', '31/02/2026'],
  ['decimal comma with junk', '8,5 puntos'],
  ['percent above 100', '150%'],
  ['formula-looking text', '=HOY()'],
  ['nested array', [[[1, 2]]]],
  ['Date', new Date(MIDNIGHT_MEXICO)],
  ['invalid Date', new Date(NaN)],
];

/** A cell value inside a range: the nested-array entry becomes an array in one cell. */
const cellOf = (v: unknown): unknown => (Array.isArray(v) ? [1, 2] : v);

/** The function's own example (FUNCTION_HELP) as its baseline call, so one bad argument meets sensible others. */
function baseline(help: FunctionHelp): unknown[] {
  const blanks = help.params.map(() => '');
  try {
    const { args } = parseFormula(help.example.split('→')[0].trim());
    return blanks.map((b, i) => (i < args.length ? args[i] : b));
  } catch {
    return blanks;
  }
}

const ROW_WIDTH = 6;

/** A whole range per argument mixing the corpus, each argument shifted by `offset` so rows pair different values. */
function mixedRanges(help: FunctionHelp, offset: number): unknown[] {
  const n = CORPUS.length;
  return help.params.map((p, i) =>
    p.shape === 'call'
      ? [Array.from({ length: ROW_WIDTH }, (_, j) => cellOf(CORPUS[(offset * i + j) % n][1]))]
      : Array.from({ length: n }, (_, r) =>
          p.shape === 'row'
            ? Array.from({ length: ROW_WIDTH }, (_, j) => cellOf(CORPUS[(r + offset * i + j) % n][1]))
            : [cellOf(CORPUS[(r + offset * i) % n][1])],
        ),
  );
}

const targets: Target[] = [sourceTarget(), bundleTarget()];

function expectContract(target: Target, help: FunctionHelp, args: unknown[]) {
  const { result, thrown } = attempt(target, help.name, args);
  expect(thrown).toBeUndefined();
  expect(resultProblems(help, args, result)).toEqual([]);
  return result;
}

describe.each(FUNCTION_HELP.map((h) => [h.name, h] as const))('%s', (_name, help) => {
  const base = baseline(help);

  test.each(targets.map((t) => [t.label, t] as const))('keeps the contract for one bad value in each argument (%s)', (_l, target) => {
    for (let i = 0; i < help.params.length; i++) {
      for (const [, bad] of CORPUS) {
        const args = [...base];
        args[i] = bad;
        expectContract(target, help, args);
      }
    }
  });

  test.each(targets.map((t) => [t.label, t] as const))('keeps the contract when every argument is the same bad value (%s)', (_l, target) => {
    for (const [, bad] of CORPUS) expectContract(target, help, help.params.map(() => bad));
  });

  test.each(targets.map((t) => [t.label, t] as const))('keeps the contract on whole ranges mixing the corpus (%s)', (_l, target) => {
    for (let offset = 0; offset < CORPUS.length; offset++) expectContract(target, help, mixedRanges(help, offset));
  });

  test('gives the same result through the bundle as through the source', () => {
    const [source, bundle] = targets;
    for (let offset = 0; offset < CORPUS.length; offset += 5) {
      const args = mixedRanges(help, offset);
      expect(attempt(bundle, help.name, args)).toEqual(attempt(source, help.name, args));
    }
  });

  test('keeps error texts short and free of internal values for the 10,000-character cell', () => {
    const huge = CORPUS.find(([label]) => label === '10,000 characters')![1];
    for (const target of targets) {
      for (let i = 0; i < help.params.length; i++) {
        const args = [...base];
        args[i] = [[huge], [huge]];
        const { result } = attempt(target, help.name, args);
        for (const cell of (Array.isArray(result) ? result : [result]).flat()) {
          if (typeof cell === 'string' && cell.startsWith('Error: ')) expect(cell.length).toBeLessThan(MAX_ERROR_LENGTH);
        }
      }
    }
  });

  // A table may read its ranges as a whole (COBERTURA's catalog needs no parallel rows); a row-wise
  // function must refuse ranges of different sizes, and whoever refuses says so in Spanish.
  const rowParams = help.params.map((p, i) => [p, i] as const).filter(([p]) => p.name !== 'configuracion');
  if (rowParams.length >= 2) {
    test.each(targets.map((t) => [t.label, t] as const))('answers ranges of 3 and 2 rows with the Spanish error naming both sizes (%s)', (_l, target) => {
      const [[first, a], [second, b]] = rowParams;
      const args = [...base];
      const column = (rows: number, shape?: string) => Array.from({ length: rows }, () => (shape === 'row' ? [8, 9] : [base[a] ?? 1]));
      args[a] = column(3, first.shape);
      args[b] = column(2, second.shape);
      const { thrown } = attempt(target, help.name, args);
      if (thrown === undefined && help.output === 'table') return;
      const m = MISMATCH.exec(thrown ?? '');
      expect(m).not.toBeNull();
      expect([m![2], m![4]].sort()).toEqual(['2', '3']);
      expect(thrown).toContain(first.name);
      expect(thrown).toContain(second.name);
    });
  }
});
