// Cap. XI, Art. 2: the percentage each plan grants.
import { becaFor, combineBecas, parsePlan } from '../../src/core/becas';
import { DEFAULT_RULES, Rules } from '../../src/core/config';
import { describe as describeIssue } from '../../src/core/es/issues';
import { explainBeca } from '../../src/core/es/reasons';

const beca = (plan: unknown, avg: unknown, crit: unknown, rules: Rules = DEFAULT_RULES) => {
  const r = becaFor(plan, avg, crit, rules);
  return r.ok ? r.value.fraction : `Error: ${describeIssue(r.issue)}`;
};

describe('becaFor', () => {
  test.each([
    ['I at exactly 8.0 with the previous level', 'I', 8, 'Sí', 0.1],
    ['I just below 8.0', 'I', 7.99, 'Sí', 0],
    ['I without the previous level', 'I', 9, 'no', 0],
    ['I with decimal comma text', 'Continuidad', '8,5', 'x', 0.1],
    ['II at 9.5, first place', 'II', 9.5, 1, 0.7],
    ['II Delfín', 'Plan II', 9.8, 'Delfín', 0.7],
    ['II second place', 'II', 9.9, 2, 0],
    ['II below 9.5', 'excelencia', 9.4, 1, 0],
    ['III first place', 'III', '', 1, 0.6],
    ['III second place', 'iii', '', '2', 0.5],
    ['III third place', 3, '', 3, 0.4],
    ['III fourth place', 'III', '', 4, 0],
    ['IV same system', 'IV', '', 'mismo sistema', 0.25],
    ['IV blank criterio', 'IV', '', '', 0.25],
    ['IV escolarizado', 'Parentesco', '', 'Escolarizado', 0.2],
    ['IV no escolarizado', 'IV', '', 'NO ESCOLARIZADO', 0.1],
    ['V committee 30 %', 'V', '', '30%', 0.3],
    ['V committee as a fraction', 'V', '', 0.5, 0.5],
    ['VII committee as points', 'VII', '', 25, 0.25],
    ['VI three years', 'VI', '', 3, 0.4],
    ['VI two years', 'VI', '', 2, 0],
    ['no plan is no beca, even with a promedio', '', 9.1, '', 0],
    ['III second place written 2° lugar', 'III', '', '2° lugar', 0.5],
    ['III third place written 3er lugar', 'III', '', '3er lugar', 0.4],
    ['II first place written 1º', 'II', 9.6, '1º', 0.7],
    ['III second place written segundo lugar', 'III', '', 'segundo lugar', 0.5],
    ['III first place written Primer lugar', 'III', '', 'Primer lugar', 0.6],
    ['III third place written tercero', 'III', '', 'tercero', 0.4],
    ['III second place written 2do', 'III', '', '2do', 0.5],
    ['III fourth place written cuarto lugar', 'III', '', 'cuarto lugar', 0],
    ['II first place written primer lugar', 'II', 9.6, 'primer lugar', 0.7],
    ['II first place written 1er lugar', 'II', 9.6, '1er lugar', 0.7],
    ['II second place written segundo lugar', 'II', 9.9, 'segundo lugar', 0],
    ['II second place written 2do', 'II', 9.9, '2do', 0],
  ])('%s', (_label, plan, avg, crit, want) => {
    expect(beca(plan, avg, crit)).toBeCloseTo(want as number, 10);
  });

  test.each([
    ['I with blank criterio', 'I', 8.5, '', /falta el criterio del plan I/],
    ['I without promedio', 'I', '', 'sí', /falta el promedio/],
    ['promedio off the scale', 'I', 11, 'sí', /promedio 11 fuera de la escala de 5 a 10/],
    ['promedio as text', 'II', 'nueve', 1, /promedio «nueve» no es un número: se esperaba un número de 5 a 10/],
    ['unknown plan', 'IX', 9, 1, /plan de beca «IX» desconocido/],
    ['committee below 25 %', 'V', '', '20%', /porcentaje «20%» fuera del rango del comité, de 25 % a 50 %/],
    ['committee above 50 %', 'VII', '', 0.6, /fuera del rango del comité/],
    ['VIII without configuration', 'VIII', '', '', /Configuración, clave beca_empresas/],
  ])('%s is an error that names the value', (_label, plan, avg, crit, want) => {
    expect(beca(plan, avg, crit)).toMatch(want as RegExp);
  });

  test.each([
    ['I, a criterio that is not sí or no', 'I', 8.5, 'tal vez', 'criterio «tal vez» no válido para el plan I: se esperaba sí o no (cursó completo el nivel anterior en el sistema) (Cap. XI, Art. 2, Plan I)'],
    ['I, a blank criterio', 'I', 8.5, '', 'falta el criterio del plan I: sí o no (cursó completo el nivel anterior en el sistema) (Cap. XI, Art. 2, Plan I)'],
    ['II, neither a place nor Delfín', 'II', 9.6, 'bueno', 'criterio «bueno» no válido para el plan II: se esperaba 1 (primer lugar de su carrera y sistema), Ganador (de GANADOR_EXCELENCIA) o Delfín (Cap. XI, Art. 2, Plan II)'],
    ['III, not a place', 'III', '', 'alto', 'criterio «alto» no válido para el plan III: se esperaba el lugar obtenido en el examen (1, 2, 3, …) (Cap. XI, Art. 2, Plan III)'],
    ['IV, an unknown system', 'IV', '', 'abierto', 'criterio «abierto» no válido para el plan IV: se esperaba mismo sistema, escolarizado o no escolarizado (Cap. XI, Art. 2, Plan IV)'],
    ['V, a blank committee percentage', 'V', '', '', 'falta el criterio del plan V: el porcentaje que fijó el comité (Cap. XI, Art. 2, Plan V)'],
    ['VII, a word for the percentage', 'VII', '', 'mucho', 'criterio «mucho» no válido para el plan VII: se esperaba el porcentaje que fijó el comité (Cap. XI, Art. 2, Plan VII)'],
    ['VI, years as a word: "se esperaban" agrees with "los años"', 'VI', '', 'diez', 'criterio «diez» no válido para el plan VI: se esperaban los años de servicio del padre o madre (Cap. XI, Art. 2, Plan VI)'],
  ])('%s: the message says what the plan\'s criterio holds', (_label, plan, avg, crit, want) => {
    expect(beca(plan, avg, crit)).toBe(`Error: ${want}`);
  });

  test('VIII takes the configured percentage', () => {
    expect(beca('VIII', '', '', { ...DEFAULT_RULES, empresasPct: 0.15 })).toBe(0.15);
  });

  test.each([
    [1, '0 %: Plan VI Personal, 1 año de servicio, menos de los 3 requeridos (Cap. XI, Art. 2)'],
    [2, '0 %: Plan VI Personal, 2 años de servicio, menos de los 3 requeridos (Cap. XI, Art. 2)'],
    [3, '40 %: Plan VI Personal, 3 años de servicio ≥ 3 (Cap. XI, Art. 2)'],
  ])('says %i year(s) of service in good Spanish', (years, want) => {
    const r = becaFor('VI', '', years, DEFAULT_RULES);
    expect(r.ok && explainBeca(r.value)).toBe(want);
  });

  test('explains a blank plan as no beca', () => {
    const r = becaFor('', 8, '', DEFAULT_RULES);
    expect(r.ok && explainBeca(r.value)).toBe('0 %: sin plan de beca (Cap. XI, Art. 2)');
  });

  test('explains itself citing the article', () => {
    const r = becaFor('I', 8.5, 'Sí', DEFAULT_RULES);
    expect(r.ok && explainBeca(r.value)).toBe('10 %: Plan I Continuidad, promedio 8,5 ≥ 8,0 y cursó el nivel anterior (Cap. XI, Art. 2)');
  });
});

describe('parsePlan', () => {
  test.each([
    ['I', 'I'], [' ii ', 'II'], ['Plan III', 'III'], ['Beca de continuidad', 'I'], ['Protección y ayuda mutua', 'V'],
    ['Deportiva', 'VII'], [8, 'VIII'], ['plan vi', 'VI'], ['Académica', 'III'],
    ['II Excelencia', 'II'], ['Plan IV - Parentesco', 'IV'], ['IV. Parentesco', 'IV'], ['Plan VI: para el personal', 'VI'],
    ['3 Académica', 'III'], ['VIII (Empresas complementarias)', 'VIII'], ['I Beca de continuidad', 'I'],
  ])('%p is plan %s', (input, want) => {
    const r = parsePlan(input);
    expect(r.ok && r.value).toBe(want);
  });

  test.each([
    ['two plans', 'I y IV'],
    ['two plans with a comma', 'I, IV'],
    ['a decimal number as text', '1.5'],
    ['a decimal number', 1.5],
    ['a numeral followed by another plan\'s name', 'II Continuidad'],
    ['a numeral followed by anything else', 'III pendiente'],
    ['a numeral out of range', 'IX'],
  ])('%s is an unknown plan naming the value', (_label, input) => {
    const r = parsePlan(input);
    expect(r.ok ? r.value : describeIssue(r.issue)).toBe(`plan de beca ${typeof input === 'number' ? '1,5' : `«${input}»`} desconocido: se esperaba I a VIII o su nombre (Continuidad, Excelencia, …)`);
  });

  test('BECA("I y IV"; 9; "sí") is an error, not plan I\'s 10 %', () => {
    expect(beca('I y IV', 9, 'sí')).toBe('Error: plan de beca «I y IV» desconocido: se esperaba I a VIII o su nombre (Continuidad, Excelencia, …)');
    expect(beca('1.5', 9, 'sí')).toBe('Error: plan de beca «1.5» desconocido: se esperaba I a VIII o su nombre (Continuidad, Excelencia, …)');
  });
});

describe('combineBecas', () => {
  test('takes the highest by default, no stacking', () => {
    expect(combineBecas([0.1, 0.25], DEFAULT_RULES)).toBe(0.25);
  });
  test('adds them when configured, capped', () => {
    expect(combineBecas([0.7, 0.5], { ...DEFAULT_RULES, becaCombination: 'suma', becaCap: 1 })).toBe(1);
  });
});
