// Cap. XII, Art. 1 III: attendance, the right to the exam, absences left and the final grade.
import fc from 'fast-check';
import { attendanceFraction, finalGrade, hasExamRight, readAbsences, readAttendance, remainingAbsences } from '../../src/core/attendance';
import { DEFAULT_RULES, Rules } from '../../src/core/config';
import { describe as describeIssue } from '../../src/core/es/issues';
import type { Result } from '../../src/core/result';

const NOT_JUSTIFIED: Rules = { ...DEFAULT_RULES, justifiedCount: false };
const shown = <T>(r: Result<T>): T | string => (r.ok ? r.value : `Error: ${describeIssue(r.issue)}`);
const attendance = (a: unknown, s: unknown, j: unknown = '') => {
  const r = readAttendance(a, s, j);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
};

describe('attendanceFraction', () => {
  test.each([
    ['all sessions attended', 50, 50, '', 1],
    ['justified absences count as attended', 38, 50, 2, 0.8],
    ['decimal comma text', '19', '20', '0', 0.95],
    ['no session attended', 0, 10, '', 0],
  ])('%s', (_l, a, s, j, want) => {
    expect(attendanceFraction(attendance(a, s, j), DEFAULT_RULES)).toBeCloseTo(want, 12);
  });

  test('justified absences do not count when justificadas_cuentan is no', () => {
    expect(attendanceFraction(attendance(38, 50, 2), NOT_JUSTIFIED)).toBeCloseTo(0.76, 12);
  });
});

describe('readAttendance errors name the values', () => {
  test.each([
    ['sesiones 0', 1, 0, '', 'Error: sesiones 0 debe ser mayor que 0'],
    ['negative sesiones', 1, -5, '', 'Error: sesiones -5 no puede ser un número negativo'],
    ['negative asistencias', -1, 10, '', 'Error: asistencias -1 no puede ser un número negativo'],
    ['negative justificadas', 1, 10, '-2', 'Error: justificadas «-2» no puede ser un número negativo'],
    ['more attended than sessions', 45, 50, 10, 'Error: asistencias 45 y justificadas 10 suman más que sesiones 50'],
    ['text asistencias', 'muchas', 50, '', 'Error: asistencias «muchas» no es un número'],
    ['blank asistencias', '', 50, 2, 'Error: falta el dato «asistencias»'],
    ['blank sesiones', 40, '', '', 'Error: falta el dato «sesiones»'],
  ])('%s', (_l, a, s, j, want) => {
    expect(shown(readAttendance(a, s, j))).toBe(want);
  });
});

describe('hasExamRight', () => {
  test.each([
    ['exactly 80 % keeps the right', 40, 50, '', true],
    ['just below 80 % loses it', 39, 50, '', false],
    ['80 % reached with justified absences', 36, 50, 4, true],
    ['exactly 80 % of 35 sessions', 28, 35, '', true],
    ['27 of 35 is below', 27, 35, '', false],
    ['4 of 5 sessions', 4, 5, '', true],
  ])('%s', (_l, a, s, j, want) => {
    expect(hasExamRight(attendance(a, s, j), DEFAULT_RULES)).toBe(want);
  });

  test('a configured minimum whose product is inexact in binary (70 % of 10 is 7.000000000000001) keeps 7 of 10', () => {
    expect(hasExamRight(attendance(7, 10), { ...DEFAULT_RULES, minAttendance: 0.7 })).toBe(true);
  });

  test('without justificadas_cuentan, 36 + 4 justified of 50 loses the right', () => {
    expect(hasExamRight(attendance(36, 50, 4), NOT_JUSTIFIED)).toBe(false);
  });
});

describe('remainingAbsences', () => {
  test.each([
    ['course not started: 10 of 50 may be missed', 0, 0, 50, '', 10],
    ['2 missed of 20, 8 left', 18, 20, 50, '', 8],
    ['justified absences are not spent', 16, 20, 50, 2, 8],
    ['exactly at the limit: 0 left', 40, 50, 50, '', 0],
    ['right already lost: 0', 5, 20, 50, '', 0],
    ['never more than the sessions ahead', 10, 10, 12, '', 2],
    ['decimal comma text', '18', '20,0', '50', '', 8],
  ])('%s', (_l, a, held, course, j, want) => {
    expect(shown(remainingAbsences(a, held, course, j, DEFAULT_RULES))).toBe(want);
  });

  test('without justificadas_cuentan justified absences are spent', () => {
    expect(shown(remainingAbsences(16, 20, 50, 2, NOT_JUSTIFIED))).toBe(6);
  });

  test.each([
    ['sessions held above the course', 10, 60, 50, '', 'Error: sesiones_impartidas 60 es mayor que sesiones_del_curso 50'],
    ['course of 0 sessions', 0, 0, 0, '', 'Error: sesiones_del_curso 0 debe ser mayor que 0'],
    ['attended above sessions held', 21, 20, 50, '', 'Error: asistencias 21 y justificadas 0 suman más que sesiones_impartidas 20'],
    ['text course', 10, 20, 'cincuenta', '', 'Error: sesiones_del_curso «cincuenta» no es un número'],
  ])('%s is an error naming the values', (_l, a, held, course, j, want) => {
    expect(shown(remainingAbsences(a, held, course, j, DEFAULT_RULES))).toBe(want);
  });
});

describe('finalGrade', () => {
  test.each([
    ['the grade with the right', 9, 40, 50, 9],
    ['5 without the right, whatever the grade', 10, 39, 50, 5],
    ['5 without the right and no grade yet', '', 10, 50, 5],
    ['decimal comma grade', '8,5', 45, 50, 8.5],
    ['NP with the right is the lowest grade', 'NP', 45, 50, 5],
    ['SD is 5', 'sd', 45, 50, 5],
    ['no grade yet with the right: pending, not an error', '', 45, 50, undefined],
  ])('%s', (_l, grade, a, s, want) => {
    expect(shown(finalGrade(grade, attendance(a, s), DEFAULT_RULES))).toBe(want);
  });

  test('a configured grade without right is used', () => {
    expect(shown(finalGrade(9, attendance(1, 50), { ...DEFAULT_RULES, gradeWithoutRight: 0, gradeMin: 0 }))).toBe(0);
  });

  test.each([
    ['a grade off the scale, even without the right', 11, 10, 50, 'Error: calificación 11 no válida: se esperaba un número de 5 a 10, NP o SD'],
  ])('%s is an error', (_l, grade, a, s, want) => {
    expect(shown(finalGrade(grade, attendance(a, s), DEFAULT_RULES))).toBe(want);
  });
});

describe('properties over whole numbers of sessions (fast-check)', () => {
  const course = fc.integer({ min: 1, max: 400 }).chain((total) =>
    fc.integer({ min: 0, max: total }).chain((held) =>
      fc.integer({ min: 0, max: held }).chain((attended) => fc.tuple(fc.constant(total), fc.constant(held), fc.constant(attended), fc.integer({ min: 0, max: held - attended }))),
    ),
  );

  test('the right to the exam is exactly 5 × counted ≥ 4 × sessions (80 % without floating point)', () => {
    fc.assert(
      fc.property(course, ([, held, attended, justified]) => {
        fc.pre(held > 0);
        expect(hasExamRight(attendance(attended, held, justified), DEFAULT_RULES)).toBe(5 * (attended + justified) >= 4 * held);
      }),
      { numRuns: 2000 },
    );
  });

  test('missing the absences left keeps the right over the course, and one more loses it when sessions remain', () => {
    fc.assert(
      fc.property(course, ([total, held, attended, justified]) => {
        const left = shown(remainingAbsences(attended, held, total, justified, DEFAULT_RULES)) as number;
        const ahead = total - held;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left).toBeLessThanOrEqual(ahead);
        const finalWith = (missed: number) => attendance(attended + ahead - missed, total, justified);
        const stillPossible = hasExamRight(finalWith(0), DEFAULT_RULES);
        if (!stillPossible) expect(left).toBe(0);
        else {
          expect(hasExamRight(finalWith(left), DEFAULT_RULES)).toBe(true);
          if (left < ahead) expect(hasExamRight(finalWith(left + 1), DEFAULT_RULES)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readAbsences: asistencias = sesiones − inasistencias (a register of absences)', () => {
  test.each([
    ['14 absences of 60, 2 of them justified', 14, 60, 2, { attended: 46, justified: 2, sessions: 60 }],
    ['blank absences are 0', '', 60, '', { attended: 60, justified: 0, sessions: 60 }],
    ['absences = sessions', 50, 50, 0, { attended: 0, justified: 0, sessions: 50 }],
    ['text numbers', '3', '60', '', { attended: 57, justified: 0, sessions: 60 }],
  ])('%s', (_l, i, s, j, want) => {
    expect(readAbsences(i, s, j)).toEqual({ ok: true, value: want });
  });

  test.each([
    ['more absences than sessions', 61, 60, 0, 'Error: inasistencias 61 es mayor que sesiones 60'],
    ['negative absences', -1, 60, 0, 'Error: inasistencias -1 no puede ser un número negativo'],
    ['absences as words', 'dos', 60, 0, 'Error: inasistencias «dos» no es un número'],
    ['more justified than absences', 2, 60, 3, 'Error: justificadas 3 es mayor que inasistencias 2'],
    ['blank sessions', 2, '', 0, 'Error: falta el dato «sesiones»'],
  ])('%s', (_l, i, s, j, want) => {
    expect(shown(readAbsences(i, s, j))).toBe(want);
  });

  test('exactly 80 %: 12 absences of 60 keep the right, 13 lose it (Cap. XII, Art. 1 III)', () => {
    const at = (i: number) => {
      const r = readAbsences(i, 60, 0);
      if (!r.ok) throw new Error(describeIssue(r.issue));
      return hasExamRight(r.value, DEFAULT_RULES);
    };
    expect([at(12), at(13)]).toEqual([true, false]);
  });

  test('for whole numbers 0 ≤ justificadas ≤ inasistencias ≤ sesiones it reads as asistencias = sesiones − inasistencias', () => {
    const counts = fc.integer({ min: 1, max: 200 }).chain((s) => fc.integer({ min: 0, max: s }).chain((i) => fc.tuple(fc.constant(s), fc.constant(i), fc.integer({ min: 0, max: i }))));
    fc.assert(fc.property(counts, ([s, i, j]) => expect(readAbsences(i, s, j)).toEqual(readAttendance(s - i, s, j))));
  });
});
