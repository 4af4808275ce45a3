// Reading what secretaries type: numbers, amounts, percentages, sí/no, dates and names.
import { isBlank, parseAmount, parseChoice, parseDate, parseFraction, parseNumber, parsePlace, parseYesNo } from '../../src/core/parse';
import { normalizeName } from '../../src/core/text';
import { dayFromParts } from '../../src/core/dates';
import { describe as describeIssue } from '../../src/core/es/issues';
import type { Result } from '../../src/core/result';

/** The value, or the Spanish message of the issue, so a table can hold both. */
const shown = <T>(r: Result<T>): T | string => (r.ok ? r.value : describeIssue(r.issue));

const MX = 'America/Mexico_City';

describe('isBlank', () => {
  test.each([
    ['empty text', '', true],
    ['only spaces', '   ', true],
    ['a non-breaking space', '\u00a0', true],
    ['null', null, true],
    ['undefined', undefined, true],
    ['zero', 0, false],
    ['false', false, false],
    ['text', ' x ', false],
  ])('%s → %p', (_label, v, want) => expect(isBlank(v)).toBe(want));
});

describe('normalizeName', () => {
  test.each([
    ['  Mismo  Sistema ', 'mismo sistema'],
    ['ACADÉMICA', 'academica'],
    ['Protección y\tayuda mutua', 'proteccion y ayuda mutua'],
    ['Cumplida', 'cumplida'],
    ['Ñuñoa', 'nunoa'],
    [123, '123'],
  ])('%p → %p', (v, want) => expect(normalizeName(v)).toBe(want));
});

describe('parseNumber', () => {
  test.each([
    ['a number', 8.5, 8.5],
    ['decimal comma', '8,5', 8.5],
    ['decimal point with spaces', ' 8.5 ', 8.5],
    ['an integer in text', '10', 10],
    ['a negative', '-3,25', -3.25],
    ['a leading sign', '+7', 7],
    ['a leading comma', ',5', 0.5],
    ['a non-breaking space around', '\u00a09,75\u00a0', 9.75],
    ['zero', 0, 0],
  ])('%s: %p → %p', (_label, v, want) => expect(shown(parseNumber(v))).toBe(want));

  test.each([
    ['a word', 'nueve', '«nueve» no es un número'],
    ['two decimal marks', '8,5,1', '«8,5,1» no es un número'],
    ['thousands with a space', '1 000', '«1 000» no es un número'],
    ['a trailing unit', '8 puntos', '«8 puntos» no es un número'],
    ['NaN', NaN, '(número no válido) no es un número'],
    ['Infinity', Infinity, '(número no válido) no es un número'],
    ['a boolean', true, 'VERDADERO no es un número'],
    ['blank', '', '(vacío) no es un número'],
    ['null', null, '(vacío) no es un número'],
    ['a Date', new Date(2026, 0, 1), /no es un número$/],
  ])('%s is not a number', (_label, v, want) => {
    const got = shown(parseNumber(v));
    if (want instanceof RegExp) expect(got).toMatch(want);
    else expect(got).toBe(want);
  });
});

describe('parseAmount', () => {
  test.each([
    ['a number', 2500, 2500],
    ['US style with a dollar sign', '$2,500.00', 2500],
    ['Spanish style', '2.500,50', 2500.5],
    ['soles', 'S/ 300', 300],
    ['pesos after the number', '1200 pesos', 1200],
    ['comma and three digits groups thousands', '2,500', 2500],
    ['comma and one digit is decimal', '2,5', 2.5],
    ['point and three digits groups thousands, as a comma does', '2.500', 2500],
    ['point and two digits is decimal', '2.50', 2.5],
    ['point and three digits with a dollar sign', '$1.200', 1200],
    ['a zero before three digits is decimal', '0.500', 0.5],
    ['point and four digits is decimal', '2.5000', 2.5],
    ['several dot groups', '1.234.567', 1234567],
    ['spaces inside', '$ 1 500,75', 1500.75],
  ])('%s: %p → %p', (_label, v, want) => expect(shown(parseAmount(v))).toBe(want));

  test('a word is not an amount', () => {
    expect(shown(parseAmount('mil pesos'))).toBe('«mil pesos» no es un número');
  });
});

describe('parseFraction', () => {
  test.each([
    ['a fraction', 0.3, 0.3],
    ['a fraction with a comma', '0,3', 0.3],
    ['text with a percent sign', '30%', 0.3],
    ['text with a space before %', '30 %', 0.3],
    ['decimal comma percent', '12,5 %', 0.125],
    ['percentage points as a number', 30, 0.3],
    ['one is the whole', 1, 1],
    ['zero', 0, 0],
    ['100 points', 100, 1],
    ['beyond 100 stays as written, for the caller to refuse', 150, 150],
  ])('%s: %p → %p', (_label, v, want) => expect(shown(parseFraction(v))).toBeCloseTo(want, 12));

  test.each([
    ['a word', 'treinta', '«treinta» no es un porcentaje: se esperaba, por ejemplo, 30 % o 0,3'],
    ['a word with %', 'mucho %', '«mucho %» no es un porcentaje: se esperaba, por ejemplo, 30 % o 0,3'],
    ['a boolean', false, 'FALSO no es un porcentaje: se esperaba, por ejemplo, 30 % o 0,3'],
    ['1.2, which a 120 % cell sends', 1.2, '1,2 no es un porcentaje claro (¿120 % o 1,2 %?): escríbalo con el signo, por ejemplo 1,2 %, o como fracción'],
    ['12.5 typed as points', '12,5', '«12,5» no es un porcentaje claro (¿1250 % o 12,5 %?): escríbalo con el signo, por ejemplo 12,5 %, o como fracción'],
  ])('%s is not a percentage', (_label, v, want) => expect(shown(parseFraction(v))).toBe(want));
});

describe('parseYesNo', () => {
  test.each(['Sí', 'si', 'SI', 's', 'S', 'x', 'X', 'verdadero', 'Verdadero', 'TRUE', 'true', '1', ' sí '])('%p is yes', (v) => {
    expect(shown(parseYesNo(v))).toBe(true);
  });
  test.each(['No', 'no', 'NO', 'n', 'falso', 'FALSO', 'FALSE', '0', ' No '])('%p is no', (v) => {
    expect(shown(parseYesNo(v))).toBe(false);
  });
  test.each([
    ['the number 1', 1, true],
    ['the number 0', 0, false],
    ['TRUE from a checkbox', true, true],
    ['FALSE from a checkbox', false, false],
  ])('%s', (_label, v, want) => expect(shown(parseYesNo(v))).toBe(want));
  test.each([
    ['a maybe', 'quizá', '«quizá» no es sí ni no: se esperaba Sí, No, x, VERDADERO, FALSO, 1 o 0'],
    ['the number 2', 2, '2 no es sí ni no: se esperaba Sí, No, x, VERDADERO, FALSO, 1 o 0'],
    ['blank', '', '(vacío) no es sí ni no: se esperaba Sí, No, x, VERDADERO, FALSO, 1 o 0'],
    ['null', null, '(vacío) no es sí ni no: se esperaba Sí, No, x, VERDADERO, FALSO, 1 o 0'],
  ])('%s is an error', (_label, v, want) => expect(shown(parseYesNo(v))).toBe(want));
});

describe('parseDate', () => {
  const mar15 = dayFromParts(2026, 3, 15);

  test.each<[string, unknown, number]>([
    ['a Date at midnight in Mexico City', new Date(Date.UTC(2026, 2 /* Mar */, 15, 6)), mar15],
    ['a Date late in the evening in Mexico City (already the 16th in UTC)', new Date(Date.UTC(2026, 2, 16, 5, 59)), mar15],
    ['a serial', 46096, mar15],
    ['a serial with a time of day', 46096.75, mar15],
    ['dd/mm/aaaa', '15/03/2026', mar15],
    ['d/m/aaaa', '5/3/2026', dayFromParts(2026, 3, 5)],
    ['dd-mm-aaaa', '15-03-2026', mar15],
    ['dd.mm.aaaa', '15.03.2026', mar15],
    ['dd/mm/aa', '15/03/26', mar15],
    ['ISO aaaa-mm-dd', '2026-03-15', mar15],
    ['ISO with one-digit month and day', '2026-3-5', dayFromParts(2026, 3, 5)],
    ['ISO with a time', '2026-03-15T10:30:00', mar15],
    ['surrounding spaces', ' 15/03/2026 ', mar15],
    ['29/02 in a leap year', '29/02/2024', dayFromParts(2024, 2, 29)],
  ])('%s', (_label, v, want) => expect(shown(parseDate(v, MX))).toBe(want));

  test('the same Date is another day in another zone', () => {
    const d = new Date(Date.UTC(2026, 2 /* Mar */, 15, 3));
    expect(shown(parseDate(d, MX))).toBe(dayFromParts(2026, 3, 14));
    expect(shown(parseDate(d, 'Europe/Madrid'))).toBe(mar15);
  });

  test.each([
    ['31/02/2026', '31/02/2026', '«31/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
    ['29/02/2026', '29/02/2026', '«29/02/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
    ['US order 03/15/2026', '03/15/2026', '«03/15/2026» no es una fecha que exista (día y mes se leen como dd/mm/aaaa)'],
    ['ISO 2026-02-30', '2026-02-30', '«2026-02-30» no es una fecha que exista (se lee como aaaa-mm-dd)'],
    ['a word', 'mañana', '«mañana» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['month names', '15 de marzo de 2026', '«15 de marzo de 2026» no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['serial zero', 0, '0 no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['a negative serial', -5, '-5 no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['a serial past 9999', 3000000, '3000000 no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['NaN', NaN, '(número no válido) no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['an invalid Date', new Date('x'), '(fecha no válida) no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
    ['a boolean', true, 'VERDADERO no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd'],
  ])('%s is an error', (_label, v, want) => expect(shown(parseDate(v, MX))).toBe(want));
});

describe('parsePlace', () => {
  test.each<[unknown, number | undefined]>([
    [1, 1], [3, 3], ['2', 2], [' 2 ', 2], ['1°', 1], ['1º', 1], ['2do', 2], ['2º lugar', 2], ['3er lugar', 3], ['3.er lugar', 3], ['1.º', 1], ['1.5', undefined],
    ['1.', 1], ['primer lugar', 1], ['Primero', 1], ['primera', 1], ['segundo lugar', 2], ['Segunda', 2], ['tercer lugar', 3],
    ['tercero', 3], ['el cuarto puesto', 4], ['décimo', 10], [0, undefined], ['0', undefined], [2.5, undefined], ['2,5', undefined],
    ['-1', undefined], ['', undefined], ['lugar', undefined], ['segundón', undefined], [true, undefined], [null, undefined],
  ])('%p is place %p', (input, want) => {
    expect(parsePlace(input)).toBe(want);
  });
});

describe('parseChoice', () => {
  const STATES = [
    ['done', ['cumplido', 'cumplida']],
    ['cancelled', ['cancelado', 'cancelada']],
  ] as const;
  test.each([
    ['Cumplida', 'done'],
    ['  CANCELADO ', 'cancelled'],
    ['Pendiente', undefined],
    ['', undefined],
  ])('%p → %p', (v, want) => expect(parseChoice(v, STATES)).toBe(want));
});
