// The student functions through the built bundle, as Apps Script calls them, equal the source.
import { loadBundle } from '../helpers/bundle';
import * as server from '../../src/server';

const column = (...cells: unknown[]) => cells.map((c) => [c]);
const source = server as unknown as Record<string, (...args: unknown[]) => unknown>;

const CALLS: [string, unknown[]][] = [
  ['ASISTENCIA', [38, 50, 2]],
  ['ASISTENCIA', [column(40, '', 'x'), 50, column(0, '', '')]],
  ['DERECHO_EXAMEN', [40, 50]],
  ['DERECHO_EXAMEN', [column(39, 40, ''), column(50, 50, '')]],
  ['FALTAS_RESTANTES', [18, 20, 50]],
  ['CALIFICACION_FINAL', [column(9, 'NP', 10), column(40, 45, 35), 50]],
  ['ESTATUS_PROMOCION', [[[8, 9, 5, 'NP'], ['', '', '', ''], [5, 5, 5, 5]], column(0, '', 1)]],
  ['MATERIAS_REPROBADAS', [[[8, 5, 'NP', 9], [4, 8, 8, 8]]]],
  ['RENUEVA_BECA', ['II', 9.6, 0, 'No', 30]],
  ['RENUEVA_BECA', [column('I', '', 'VII'), column(7.5, '', ''), column(0, '', 2), column('no', '', 'sí')]],
  ['COLEGIATURA_NETA', [2500, 0.3, 'pago anticipado']],
  ['COLEGIATURA_NETA', [column('$2,000.00', 1000), [[0.1, 0.25], ['150%', '']], column('pronto pago', '')]],
  ['ASISTENCIA', [38, 50, 2, [['justificadas_cuentan', 'no']]]],
];

describe('student functions in dist/Code.js', () => {
  const bundle = loadBundle();
  test.each(CALLS.map(([name, args], i) => [`${name} #${i}`, name, args] as const))('%s equals the source', (_l, name, args) => {
    const got = bundle[name](...args);
    expect(got).toEqual(source[name](...args));
    expect(got).not.toBeUndefined();
  });
});
