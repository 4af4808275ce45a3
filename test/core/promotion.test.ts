// Grades on the 5–10 scale (Cap. XII, Art. 1 II) and promotion (Cap. IX, Art. 1 III; Cap. X, Art. 1).
import { DEFAULT_RULES } from '../../src/core/config';
import { describe as describeIssue } from '../../src/core/es/issues';
import { countFailed, promotionOf, promotionStatus, readGrade } from '../../src/core/promotion';
import type { Result } from '../../src/core/result';

const shown = <T>(r: Result<T>): T | string => (r.ok ? r.value : `Error: ${describeIssue(r.issue)}`);

describe('readGrade', () => {
  test.each([
    ['a number', 8, 8],
    ['decimal comma', '8,5', 8.5],
    ['the bottom of the scale', 5, 5],
    ['the top of the scale', '10', 10],
    ['NP', 'NP', 'NP'],
    ['np with dots', 'n.p.', 'NP'],
    ['SD with spaces', ' sd ', 'SD'],
  ])('%s', (_l, cell, want) => {
    expect(shown(readGrade(cell, DEFAULT_RULES))).toBe(want);
  });

  test.each([
    ['below the scale', 4.9, 'Error: calificación 4,9 no válida: se esperaba un número de 5 a 10, NP o SD'],
    ['above the scale', 11, 'Error: calificación 11 no válida: se esperaba un número de 5 a 10, NP o SD'],
    ['text', 'ocho', 'Error: calificación «ocho» no válida: se esperaba un número de 5 a 10, NP o SD'],
    ['a boolean', true, 'Error: calificación VERDADERO no válida: se esperaba un número de 5 a 10, NP o SD'],
  ])('%s is an error naming the value', (_l, cell, want) => {
    expect(shown(readGrade(cell, DEFAULT_RULES))).toBe(want);
  });
});

describe('countFailed', () => {
  test.each([
    ['all passed', [6, 7, 8, 9, 10], 0],
    ['exactly 6 passes', [6], 0],
    ['5.99 fails', [5.99], 1],
    ['NP and SD count as failed', ['NP', 'SD', 9], 2],
    ['blank cells are ignored', ['', null, 5, undefined, '  '], 1],
    ['an all-blank row fails nothing', ['', ''], 0],
  ])('%s', (_l, row, want) => {
    expect(shown(countFailed(row, DEFAULT_RULES))).toBe(want);
  });

  test('a configured passing grade of 7 fails a 6', () => {
    expect(shown(countFailed([6, 7], { ...DEFAULT_RULES, passingGrade: 7 }))).toBe(1);
  });

  test('the first bad cell is named', () => {
    expect(shown(countFailed([8, 'x', 12], DEFAULT_RULES))).toBe('Error: calificación «x» no válida: se esperaba un número de 5 a 10, NP o SD');
  });
});

describe('promotionStatus', () => {
  test.each([
    ['nothing failed or owed', 0, 0, 'regular'],
    ['failed now only', 1, 0, 'promoted_owing'],
    ['3 failed now is still promoted owing them', 3, 0, 'promoted_owing'],
    ['4 failed now is baja', 4, 0, 'dropped'],
    ['owed before stops promotion', 0, 1, 'not_promoted'],
    ['3 in all with some owed before is not promoted', 2, 1, 'not_promoted'],
    ['4 in all is baja', 2, 2, 'dropped'],
    ['4 owed before is baja', 0, 4, 'dropped'],
  ])('%s', (_l, failed, owed, want) => {
    expect(promotionStatus(failed, owed, DEFAULT_RULES)).toBe(want);
  });

  test('a configured maximum of 2 owed subjects makes 3 a baja', () => {
    expect(promotionStatus(3, 0, { ...DEFAULT_RULES, maxOwedSubjects: 2 })).toBe('dropped');
  });
});

describe('promotionOf', () => {
  test.each([
    ['blank owed before is 0', [8, 5], '', 'promoted_owing'],
    ['owed before as text', [8, 9], '1', 'not_promoted'],
    ['NP, SD and a 5 with 1 owed is baja', ['NP', 'SD', 5], 1, 'dropped'],
  ])('%s', (_l, row, owed, want) => {
    expect(shown(promotionOf(row, owed, DEFAULT_RULES))).toBe(want);
  });

  test.each([
    ['negative owed', [8], -1, 'Error: adeudos_anteriores -1 no puede ser un número negativo'],
    ['fractional owed', [8], 1.5, 'Error: adeudos_anteriores 1,5 debe ser un número entero'],
    ['text owed', [8], 'dos', 'Error: adeudos_anteriores «dos» no es un número'],
  ])('%s is an error', (_l, row, owed, want) => {
    expect(shown(promotionOf(row, owed, DEFAULT_RULES))).toBe(want);
  });
});
