// Cap. XI: renewal of a beca per plan (Art. 2) and cancellation for a colegiatura debt (Art. 1 VII).
import { DEFAULT_RULES, Rules } from '../../src/core/config';
import { describe as describeIssue } from '../../src/core/es/issues';
import { explain } from '../../src/core/es/reasons';
import { renewalOf } from '../../src/core/renewal';

const renewal = (plan: unknown, avg: unknown, owed: unknown, debt: unknown, hours: unknown = '', rules: Rules = DEFAULT_RULES) => {
  const r = renewalOf(plan, avg, owed, debt, hours, rules);
  return r.ok ? r.value.state : `Error: ${describeIssue(r.issue)}`;
};
const reason = (plan: unknown, avg: unknown, owed: unknown, debt: unknown, hours: unknown = '') => {
  const r = renewalOf(plan, avg, owed, debt, hours, DEFAULT_RULES);
  return r.ok ? explain(r.value.reason) : `Error: ${describeIssue(r.issue)}`;
};

describe('renewalOf by plan', () => {
  test.each([
    ['I at exactly 8.0', 'I', 8, 0, 'no', '', 'renews'],
    ['I just below 8.0', 'I', 7.99, 0, 'no', '', 'not_renewed'],
    ['I owing subjects still renews on its average', 'I', 8.5, 2, 'no', '', 'renews'],
    ['II regular, 9.5 and exactly 25 hours', 'II', 9.5, 0, 'no', 25, 'renews'],
    ['II with 24 hours', 'II', 9.8, 0, 'no', 24, 'not_renewed'],
    ['II without hours', 'II', 9.8, 0, 'no', '', 'not_renewed'],
    ['II below 9.5', 'II', 9.49, 0, 'no', 30, 'not_renewed'],
    ['II owing a subject (not in ordinario)', 'II', 9.9, 1, 'no', 30, 'not_renewed'],
    ['III regular at 9.5', 'III', '9,5', 0, 'no', '', 'renews'],
    ['III at 9.4', 'III', 9.4, 0, 'no', '', 'not_renewed'],
    ['IV regular at exactly 8', 'IV', 8, 0, 'no', '', 'renews'],
    ['IV owing a subject', 'IV', 9, 1, 'no', '', 'not_renewed'],
    ['V regular with a passing 6', 'V', 6, 0, 'no', '', 'renews'],
    ['V with a failing 5.9', 'V', 5.9, 0, 'no', '', 'not_renewed'],
    ['V owing a subject', 'V', 9, 1, 'no', '', 'not_renewed'],
    ['VI at exactly 8', 'VI', 8, 3, 'no', '', 'renews'],
    ['VI below 8', 'Personal', 7.5, 0, 'no', '', 'not_renewed'],
    ['VII without promedio, no subjects owed', 'VII', '', 0, 'no', '', 'renews'],
    ['VII owing a subject', 'Deportiva', 9, 1, 'no', '', 'not_renewed'],
    ['VIII only needs to be up to date', 'VIII', '', 3, 'no', '', 'renews'],
    ['blank owed subjects and debt count as none', 'I', 9, '', '', '', 'renews'],
    ['no plan: nothing to renew, even with a promedio', '', 9, 0, 'no', '', 'no_beca'],
  ])('%s', (_l, plan, avg, owed, debt, hours, want) => {
    expect(renewal(plan, avg, owed, debt, hours)).toBe(want);
  });

  test('configured renewal averages apply', () => {
    expect(renewal('I', 8.5, 0, 'no', '', { ...DEFAULT_RULES, continuidadRenewalAverage: 9 })).toBe('not_renewed');
    expect(renewal('II', 9.6, 0, 'no', 10, { ...DEFAULT_RULES, excelenciaServiceHours: 10 })).toBe('renews');
  });
});

describe('any colegiatura debt cancels the beca (Art. 1 VII)', () => {
  test.each([
    ['sí', 'Sí', 'cancelled'],
    ['x', 'x', 'cancelled'],
    ['an amount owed', '$1,500.00', 'cancelled'],
    ['a number owed', 750, 'cancelled'],
    ['zero owed', 0, 'renews'],
    ['no', 'NO', 'renews'],
  ])('%s', (_l, debt, want) => {
    expect(renewal('II', 9.9, 0, debt, 30)).toBe(want);
  });

  test('even plan VIII and a perfect promedio', () => {
    expect(renewal('VIII', 10, 0, 'sí')).toBe('cancelled');
  });

  test.each([
    ['a blank promedio', 'I', ''],
    ['a promedio that is text', 'II', 'nueve'],
    ['a promedio off the scale', 'III', 12],
  ])('even with %s: the debt is read before the promedio', (_l, plan, avg) => {
    expect(renewal(plan, avg, 0, 'Sí')).toBe('cancelled');
    expect(renewal(plan, avg, 'muchas', '$500')).toBe('cancelled');
  });

  test('without a debt, the blank or bad promedio is still an error', () => {
    expect(renewal('I', '', 0, 'No')).toBe('Error: falta el promedio, necesario para el plan I (Cap. XI, Art. 2, Plan I)');
    expect(renewal('II', 'nueve', 0, '')).toBe('Error: promedio «nueve» no es un número: se esperaba un número de 5 a 10');
  });
});

describe('the reason cites the article', () => {
  test.each([
    ['I renews', 'I', 8.5, 0, 'No', '', 'Plan I Continuidad, promedio 8,5 ≥ 8,0 (Cap. XI, Art. 2, Plan I)'],
    ['I low', 'I', 7.9, 0, 'No', '', 'Plan I Continuidad, promedio 7,9 menor que el mínimo 8,0 para renovar (Cap. XI, Art. 2, Plan I)'],
    [
      'II renews',
      'II', 9.6, 0, 'No', 30,
      'Plan II Excelencia, alumno regular, promedio 9,6 en ordinario ≥ 9,5 y 30 horas de servicio becario ≥ 25 (Cap. XI, Art. 2, Plan II)',
    ],
    ['II few hours', 'II', 9.6, 0, 'No', 20, 'Plan II Excelencia, 20 horas de servicio becario, menos de las 25 requeridas (Cap. XI, Art. 2, Plan II)'],
    ['III low', 'III', 9, 0, 'No', '', 'Plan III Académica, promedio 9,0 en ordinario menor que el mínimo 9,5 para renovar (Cap. XI, Art. 2, Plan III)'],
    ['IV owes one', 'IV', 9, 1, 'No', '', 'Plan IV Parentesco, adeuda 1 materia: para renovar no debe adeudar materias (Cap. XI, Art. 2, Plan IV)'],
    ['V failing', 'V', 5.5, 0, 'No', '', 'Plan V Protección y ayuda mutua, promedio 5,5 no aprobatorio (mínimo 6,0) (Cap. XI, Art. 2, Plan V)'],
    ['V renews', 'V', 7, 0, 'No', '', 'Plan V Protección y ayuda mutua, alumno regular con promedio aprobatorio 7,0 ≥ 6,0 (Cap. XI, Art. 2, Plan V)'],
    ['VII owes two', 'VII', '', 2, 'No', '', 'Plan VII Deportiva, adeuda 2 materias: para renovar no debe adeudar materias (Cap. XI, Art. 2, Plan VII)'],
    ['VII renews', 'VII', '', 0, 'No', '', 'Plan VII Deportiva, no adeuda materias (Cap. XI, Art. 2, Plan VII)'],
    ['debt', 'III', 10, 0, 'Sí', '', 'Plan III Académica: adeuda colegiaturas; la beca se cancela sin posibilidad de recuperarla (Cap. XI, Art. 1 VII)'],
  ])('%s', (_l, plan, avg, owed, debt, hours, want) => {
    expect(reason(plan, avg, owed, debt, hours)).toBe(want);
  });
});

describe('bad input is an error naming the value', () => {
  test.each([
    ['unknown plan', 'IX', 9, 0, 'no', '', /plan de beca «IX» desconocido/],
    ['promedio missing where the plan needs it', 'II', '', 0, 'no', 30, /falta el promedio, necesario para el plan II/],
    ['promedio off the scale', 'I', 11, 0, 'no', '', /promedio 11 fuera de la escala de 5 a 10/],
    ['promedio off the scale even where not needed', 'VII', 'diez', 0, 'no', '', /promedio «diez» no es un número/],
    ['fractional owed subjects', 'I', 9, 0.5, 'no', '', /materias_adeudadas 0,5 debe ser un número entero/],
    ['negative owed subjects', 'I', 9, -1, 'no', '', /materias_adeudadas -1 no puede ser un número negativo/],
    ['a debt that is neither yes/no nor an amount', 'I', 9, 0, 'quizá', '', /adeudo de colegiatura «quizá» no válido/],
    ['a negative debt', 'I', 9, 0, -100, '', /adeudo de colegiatura -100 no válido/],
    ['negative hours', 'II', 9.6, 0, 'no', -3, /horas_servicio -3 no puede ser un número negativo/],
  ])('%s', (_l, plan, avg, owed, debt, hours, want) => {
    expect(renewal(plan, avg, owed, debt, hours)).toMatch(want);
  });
});
