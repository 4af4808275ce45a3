// The Resumen: students per plan, the LGE art. 149 minimum per plan of study, statuses and exam rights.
import { DEFAULT_RULES } from '../../src/core/config';
import { StudentOutcome, summarize } from '../../src/core/students/summary';
import { RESUMEN_WORDS } from '../../src/core/es/words';

const student = (over: Partial<StudentOutcome> = {}): StudentOutcome => ({
  name: 'Alumno', studyPlan: '', becaPlan: '', beca: '', status: 'Regular', examRight: 'Con derecho', ...over,
});

describe('summarize', () => {
  test('counts students and granted becas per plan, with every plan listed', () => {
    const s = summarize([student({ becaPlan: 'I', beca: 0.1 }), student({ becaPlan: 'Continuidad', beca: 0 }), student({ becaPlan: 'III', beca: 0.6 })], DEFAULT_RULES, RESUMEN_WORDS);
    expect(s.perPlan).toHaveLength(8);
    expect(s.perPlan[0]).toEqual({ plan: 'I', name: 'Continuidad', students: 2, granted: 1 });
    expect(s.perPlan[2]).toEqual({ plan: 'III', name: 'Académica', students: 1, granted: 1 });
  });

  test.each([
    ['1 of 20 is exactly 5 % and meets the minimum', 1, 20, true],
    ['1 of 21 falls short', 1, 21, false],
    ['none of 10 falls short', 0, 10, false],
  ])('%s', (_l, withBeca, total, meets) => {
    const rows = Array.from({ length: total }, (_, i) => student({ studyPlan: 'Bachillerato general', beca: i < withBeca ? 0.25 : '' }));
    const [group] = summarize(rows, DEFAULT_RULES, RESUMEN_WORDS).perStudyPlan;
    expect(group).toMatchObject({ studyPlan: 'Bachillerato general', students: total, withBeca, meetsMinimum: meets });
    expect(group.share).toBeCloseTo(withBeca / total);
  });

  test('groups plans of study apart, in Spanish order, and uses the configured minimum', () => {
    const rows = [student({ studyPlan: 'Técnico', beca: 0.1 }), student({ studyPlan: 'Área', beca: 0 }), student({ studyPlan: 'Área', beca: 0.1 })];
    const s = summarize(rows, { ...DEFAULT_RULES, minBecaShare: 0.6 }, RESUMEN_WORDS);
    expect(s.perStudyPlan.map((g) => [g.studyPlan, g.meetsMinimum])).toEqual([['Área', false], ['Técnico', true]]);
    expect(s.minShare).toBe(0.6);
  });

  test.each([
    ['students without a plan of study beside others with one are their own group', ['Técnico', '', ''], [['(sin plan de estudios)', 2], ['Técnico', 1]]],
    ['with no plan of study at all every student is one group', ['', '', ''], [['Todos los alumnos', 3]]],
  ])('%s', (_l, plans, want) => {
    const s = summarize(plans.map((studyPlan) => student({ studyPlan })), DEFAULT_RULES, RESUMEN_WORDS);
    expect(s.perStudyPlan.map((g) => [g.studyPlan, g.students])).toEqual(want);
  });

  test('tallies statuses and students without the right to the exam; skips rows without a name', () => {
    const rows = [
      student({ status: 'Baja por adeudo', examRight: 'Sin derecho' }),
      student({ status: 'Regular' }),
      student({ name: '', status: 'Regular', examRight: 'Sin derecho' }),
      student({ status: 'Error: «x» no es una calificación', becaPlan: 'Z', beca: 'Error: plan «Z» desconocido' }),
      student({ becaPlan: '', beca: 0 }),
    ];
    const s = summarize(rows, DEFAULT_RULES, RESUMEN_WORDS);
    expect(s.students).toBe(4);
    expect(s.statuses).toEqual([
      { status: 'Regular', students: 2 },
      { status: 'Promovido con adeudo', students: 0 },
      { status: 'No promovido', students: 0 },
      { status: 'Baja por adeudo', students: 1 },
    ]);
    expect(s.withoutRight).toBe(1);
    expect(s.rowsWithErrors).toBe(1);
  });
});
