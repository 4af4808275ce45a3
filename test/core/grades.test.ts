// The period's grade rules at their boundaries: rounding vs truncation, NP, a blank parcial, the third opportunity, 9.5 exactly, ties.
import { DEFAULT_RULES, Rules } from '../../src/core/config';
import { finalAverage, roundAverage } from '../../src/core/grades/average';
import { examPlaces, excelenciaStates, honorRollOf, placesInGroups, readExcelencia } from '../../src/core/grades/ranking';
import { Boleta, bestPerGroup, honorRoll } from '../../src/core/grades/period';
import { regularizationOf } from '../../src/core/grades/regularization';
import { detectRoster } from '../../src/core/grades/roster';
import { exemptionOf, subjectGrade } from '../../src/core/grades/subject';

const R = DEFAULT_RULES;
const ROUND: Rules = { ...R, averageRounding: 'redondear' };
const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : 'error');

describe('roundAverage', () => {
  test.each<[string, number, Rules, number]>([
    ['truncates 9.46 to 9.4 by default', 9.46, R, 9.4],
    ['rounds 9.46 to 9.5 when configured', 9.46, ROUND, 9.5],
    ['truncates 9.49 below the Excelencia line', 9.49, R, 9.4],
    ['rounds 9.45 half up', 9.45, ROUND, 9.5],
    ['rounds 9.44 down', 9.44, ROUND, 9.4],
    ['keeps 9.5 exactly', 9.5, R, 9.5],
    ['truncates 5.99 to 5.9, not a pass', 5.99, R, 5.9],
    ['two decimals truncated', 8.666, { ...R, averageDecimals: 2 }, 8.66],
    ['no decimals rounded', 8.5, { ...ROUND, averageDecimals: 0 }, 9],
    ['no decimals truncated', 8.9, { ...R, averageDecimals: 0 }, 8],
  ])('%s', (_l, v, rules, want) => {
    expect(roundAverage(v, rules)).toBe(want);
  });
});

describe('finalAverage', () => {
  test.each<[string, unknown[], Rules, number | undefined | 'error']>([
    ['9, 10, 9, 9 is 9.25, truncated to 9.2', [9, 10, 9, 9], R, 9.2],
    ['9.7, 9.5, 9.3 is 9.5 exactly despite binary sums', [9.7, 9.5, 9.3], R, 9.5],
    ['NP counts as 5', [9, 10, 'NP'], R, 8],
    ['SD counts as 5', [10, 'SD'], R, 7.5],
    ['NP counts as what valor_np_promedio says', [10, 'NP'], { ...R, npAverageValue: 6 }, 8],
    ['NP is the scale minimum while valor_np_promedio is blank', [10, 'NP'], { ...R, gradeMin: 4 }, 7],
    ['blank cells do not count', [8, '', 9], R, 8.5],
    ['text with decimal comma', ['8,5', 9], R, 8.7],
    ['no grades is undefined', ['', ''], R, undefined],
    ['a grade off the scale is an error', [8, 11], R, 'error'],
  ])('%s', (_l, cells, rules, want) => {
    expect(value(finalAverage(cells, rules))).toBe(want);
  });
});

describe('exemptionOf', () => {
  test.each<[string, unknown[], Rules, string]>([
    ['every parcial passed, 6 included, is exempt', [8, 6, 9], R, 'exempt'],
    ['one parcial at 5 sits the ordinario', [8, 5, 9], R, 'sits_ordinario'],
    ['NP in a parcial sits the ordinario', [10, 'NP', 10], R, 'sits_ordinario'],
    ['a blank parcial is pending', [8, '', 9], R, 'pending'],
    ['a blank parcial is pending even after a failed one', [5, ''], R, 'pending'],
    ['by average: 8 exactly exempts', [9, 7, 8], { ...R, exemptionRule: 'promedio' }, 'exempt'],
    ['by average: 7.9 does not', [9, 7, 7.8], { ...R, exemptionRule: 'promedio' }, 'sits_ordinario'],
    ['by average: a 5 is allowed when the average reaches it', [10, 10, 5], { ...R, exemptionRule: 'promedio', exemptionAverage: 8 }, 'exempt'],
  ])('%s', (_l, cells, rules, want) => {
    const r = exemptionOf(cells, rules);
    expect(r.ok && r.value.state).toBe(want);
  });
});

describe('subjectGrade', () => {
  const att = (attended: number, sessions = 50) => ({ attended, justified: 0, sessions });
  test.each<[string, unknown[], unknown, ReturnType<typeof att> | undefined, number | undefined]>([
    ['exempt: the parciales average, truncated', [8, 6, 9], '', att(45), 7.6],
    ['exempt with an ordinario typed: the parciales still decide', [10, 10, 10], 6, att(45), 10],
    ['sits: the ordinario', [8, 5, 9], 7, att(45), 7],
    ['sits: NP in the ordinario is 5', [8, 5, 9], 'NP', att(45), 5],
    ['sits with no ordinario yet: pending', [8, 5, 9], '', att(45), undefined],
    ['a blank parcial: pending', [8, '', 9], 9, att(45), undefined],
    ['exactly 80 % keeps the right', [8, 5, 9], 7, att(40), 7],
    ['79 % attendance: 5 even when exempt', [10, 10, 10], '', att(39), 5],
    ['no attendance given: no check', [8, 5, 9], 7, undefined, 7],
  ])('%s', (_l, parciales, ord, a, want) => {
    const r = subjectGrade(parciales, ord, a, R);
    expect(r.ok && r.value.grade).toBe(want);
  });
});

describe('regularizationOf', () => {
  test.each<[string, unknown[], string, number | undefined]>([
    ['6 passes', [6, 0, '', ''], 'passed', undefined],
    ['5.9 fails with three chances', [5.9, '', '', ''], 'has_right', 3],
    ['after the second, the third opportunity is left', [5, 2, '', ''], 'has_right', 1],
    ['after the third, none', [5, 3, '', ''], 'chances_used', undefined],
    ['NP fails', ['NP', 0, '', ''], 'has_right', 3],
    ['an unpaid mensualidad removes the right', [5, 0, 1, 'Sí'], 'debt', undefined],
    ['an amount owed too', [5, 0, 1, '$1,200.00'], 'debt', undefined],
    ['3 subjects owed is still allowed', [5, 0, 3, 'No'], 'has_right', 3],
    ['4 subjects owed is a baja, before the debt', [5, 0, 4, 'Sí'], 'dropped', undefined],
    ['used up wins over the debt', [5, 3, 1, 'Sí'], 'chances_used', undefined],
  ])('%s', (_l, [g, u, o, m], state, left) => {
    const r = regularizationOf(g, u, o, m, R);
    expect(r.ok && r.value).toEqual({ state, ...(left === undefined ? {} : { left }) });
  });

  test('a grade out of the scale names it', () => {
    expect(regularizationOf(4, 0, '', '', R)).toMatchObject({ ok: false, issue: { code: 'bad_grade', value: 4 } });
  });
});

describe('placesInGroups', () => {
  test.each<[string, [number, string][], number[]]>([
    ['highest first', [[8, 'a'], [9, 'a'], [7, 'a']], [2, 1, 3]],
    ['a tie for first shares 1 and skips 2', [[9.5, 'a'], [9.5, 'a'], [9, 'a']], [1, 1, 3]],
    ['groups are ranked apart', [[8, 'a'], [7, 'b'], [9, 'a']], [2, 1, 1]],
    ['equal up to binary noise tie', [[(9.7 + 9.5 + 9.3) / 3, 'a'], [9.5, 'a']], [1, 1]],
  ])('%s', (_l, items, want) => {
    expect(placesInGroups(items.map(([v, key]) => ({ value: v, key })))).toEqual(want);
  });
});

describe('honorRollOf', () => {
  test.each<[string, unknown, unknown, boolean | undefined]>([
    ['9 exactly enters', 9, 0, true],
    ['8.9 does not', 8.9, 0, false],
    ['a failed subject keeps out', 9.8, 1, false],
    ['blank failed is none', 9.1, '', true],
    ['blank promedio is undefined', '', 0, undefined],
  ])('%s', (_l, avg, failed, want) => {
    expect(value(honorRollOf(avg, failed, R))).toBe(want);
  });
});

describe('excelenciaStates', () => {
  const entry = (avg: number, semester: number, failed = 0, carrera = 'Bachillerato', sistema = 'Escolarizado') => {
    const r = readExcelencia(avg, carrera, sistema, semester, failed, R);
    if (!r.ok || !r.value) throw new Error('bad entry');
    return r.value;
  };
  test.each<[string, ReturnType<typeof entry>[], string[]]>([
    ['9.5 exactly participates and wins alone', [entry(9.5, 4)], ['winner']],
    ['9.49 does not participate', [entry(9.49, 4)], ['out_average']],
    ['the 5th semester does not compete', [entry(10, 5)], ['out_semester']],
    ['the 8th does', [entry(9.7, 8)], ['winner']],
    ['a subject not passed in ordinario', [entry(9.9, 6, 1)], ['out_failed']],
    ['a tie for first goes to the Comisión', [entry(9.8, 4), entry(9.8, 4), entry(9.6, 4)], ['tie', 'tie', 'not_top']],
    ['one winner per carrera and sistema', [entry(9.6, 4, 0, 'A'), entry(9.7, 4, 0, 'B'), entry(9.9, 4, 0, 'A', 'Mixto')], ['winner', 'winner', 'winner']],
    ['4th and 6th semesters do not compete together', [entry(9.6, 4), entry(9.9, 6)], ['winner', 'winner']],
    ['a better non-participant does not take the place', [entry(9.9, 4, 1), entry(9.6, 4)], ['out_failed', 'winner']],
  ])('%s', (_l, entries, want) => {
    expect(excelenciaStates(entries, R)).toEqual(want);
  });
});

describe('examPlaces', () => {
  const e = (grade: number | 'NP', campus = 'orizaba', applicant?: string) => ({ grade, campus, applicant });
  test.each<[string, ReturnType<typeof e>[], unknown[]]>([
    ['the three highest passing grades', [e(9.1), e(8.7), e(9.4), e(7), e(5.5)], [{ place: 2 }, { place: 3 }, { place: 1 }, undefined, undefined]],
    ['a failing grade gets no place even among few', [e(5.9), e(6)], [undefined, { place: 1 }]],
    ['per campus', [e(8, 'a'), e(9, 'b')], [{ place: 1 }, { place: 1 }]],
    ['a tie for second is flagged on both', [e(10), e(9), e(9), e(8)], [{ place: 1 }, { tie: 2 }, { tie: 2 }, undefined]],
    ['a tie for third', [e(10), e(9), e(8), e(8)], [{ place: 1 }, { place: 2 }, { tie: 3 }, { tie: 3 }]],
    ['a repeated applicant is flagged and still counts', [e(10, 'a', 'ana'), e(9, 'a', 'ana'), e(8, 'a', 'luis'), e(7, 'a', 'eva')], [{ repeated: true }, { repeated: true }, { place: 3 }, undefined]],
    ['NP gets no place', [e('NP'), e(7)], [undefined, { place: 1 }]],
  ])('%s', (_l, entries, want) => {
    expect(examPlaces(entries, R)).toEqual(want);
  });
});

describe('bestPerGroup and honorRoll', () => {
  const b = (nombre: string, grupo: string, average: number | undefined, failed = 0) => ({ matricula: '', nombre, grupo, periodo: '', beca: '', subjects: [], average, failed }) as Boleta;
  const boletas = [b('Ana', '3A', 9.5), b('Luis', '3A', 9.5), b('Eva', '3A', 9.4), b('Iván', '3B', 8.9), b('Sara', '3B', undefined), b('Raúl', '3B', 9.2, 1)];
  test('every student tied at the top of a group; pending students do not compete', () => {
    expect(bestPerGroup(boletas).map((x) => x.nombre)).toEqual(['Ana', 'Luis', 'Raúl']);
  });
  test('the cuadro de honor: at least 9 exactly and nothing failed', () => {
    expect(honorRoll([...boletas, b('Pía', '3B', 9)], R).map((x) => x.nombre)).toEqual(['Ana', 'Luis', 'Eva', 'Pía']);
  });
});

describe('detectRoster', () => {
  test('reads abbreviated headers under a title: «P1», «1er parcial», «Parc. 3», «Ord.», «Asist.», «Ses.», «Faltas just.»', () => {
    const rows = [['Grupo 3A, agosto–diciembre'], ['No. de control', 'Nombre del alumno', 'Asignatura', 'P1', '2do parcial', 'Parc. 3', 'Ord.', 'Asist.', 'Ses.', 'Faltas just.']];
    expect(detectRoster(rows)).toEqual({
      headerRow: 1,
      fields: { matricula: 0, nombre: 1, materia: 2, ordinario: 6, asistencias: 7, sesiones: 8, justificadas: 9 },
      parciales: [3, 4, 5],
    });
  });
  test('a sheet without a materia column or without parciales is not one', () => {
    expect(detectRoster([['Alumno', 'Materia', 'Calificación']])).toBeUndefined();
    expect(detectRoster([['Alumno', 'Parcial 1', 'Parcial 2']])).toBeUndefined();
  });
});
