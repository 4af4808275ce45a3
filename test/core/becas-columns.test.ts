// planes_del_criterio read by hand-made cells: which criterion column each plan reads (Cap. XI, Art. 2 names plans I to VIII).
import { criterionOf, readPlanColumns } from '../../src/core/becas-columns';
import { isNoPlan } from '../../src/core/becas';
import { describe as describeIssue } from '../../src/core/es/issues';

const columnsOf = (cells: unknown[]) => {
  const r = readPlanColumns([cells]);
  if (!r.ok) throw new Error(describeIssue(r.issue));
  return r.value;
};

describe('readPlanColumns', () => {
  test.each([
    ['roman numerals, one or several per cell', ['I', 'II, III', 'V', 'VI', 'IV'], { I: 0, II: 1, III: 1, V: 2, VI: 3, IV: 4 }],
    ['plan names, «y» and «/»', ['Continuidad', 'Excelencia y Académica', 'Protección y ayuda mutua / Deportiva'], { I: 0, II: 1, III: 1, V: 2, VII: 2 }],
    ['«;», «Plan VI» and numbers', ['Plan VI; VIII', 4, '2 y 3'], { VI: 0, VIII: 0, IV: 1, II: 2, III: 2 }],
    ['a blank cell is a column no plan reads', ['', 'I'], { I: 1 }],
    ['a plan repeated in its own cell is named once', ['V, V'], { V: 0 }],
  ])('%s', (_l, cells, want) => {
    const got = columnsOf(cells);
    expect(Object.fromEntries(got.byPlan)).toEqual(want);
    expect(got.width).toBe(cells.length);
  });

  test.each([
    ['a cell naming no plan', [['I', 'todos']], 'planes_del_criterio, celda 2: «todos» no nombra planes de beca: se esperaban planes I a VIII o sus nombres, separados por comas, por ejemplo «II, III»'],
    ['«I y IX»: one part names no plan', [['I y IX']], 'planes_del_criterio, celda 1: «I y IX» no nombra planes de beca: se esperaban planes I a VIII o sus nombres, separados por comas, por ejemplo «II, III»'],
    ['a plan in two cells', [['II, III', 'I', 'III']], 'planes_del_criterio nombra el plan III en las celdas 1 y 3: cada plan tiene una sola columna de criterio'],
    ['two rows', [['I'], ['II']], 'planes_del_criterio debe ser una sola fila, con una celda por columna del criterio, y tiene 2 filas'],
  ])('%s is an error naming it', (_l, grid, want) => {
    const r = readPlanColumns(grid);
    expect(r.ok ? 'ok' : describeIssue(r.issue)).toBe(want);
  });

  test('a single value is one column', () => {
    expect(Object.fromEntries(columnsOf(['II, III']).byPlan)).toEqual({ II: 0, III: 0 });
    const r = readPlanColumns('VI');
    expect(r.ok && Object.fromEntries(r.value.byPlan)).toEqual({ VI: 0 });
  });
});

describe('criterionOf', () => {
  const columns = columnsOf(['I', 'II, III', 'VI']);
  test.each([
    ['plan I reads the first column', 'Continuidad', ['Sí', '', ''], 'Sí'],
    ['plan III reads the second', 'III', ['', '3°', ''], '3°'],
    ['plan VI reads the third', 'Plan VI', ['', '', '5 años'], '5 años'],
    ['a plan no column names reads blank', 'IV', ['x', 'y', 'z'], ''],
    ['no plan reads blank', 'Sin beca', ['x', 'y', 'z'], ''],
    ['an unknown plan reads blank (BECA names the plan)', 'IX', ['x', 'y', 'z'], ''],
  ])('%s', (_l, plan, row, want) => {
    expect(criterionOf(plan, row, columns)).toEqual({ ok: true, value: want });
  });

  test('a row of another width is an error naming both counts', () => {
    const r = criterionOf('I', ['Sí'], columns);
    expect(r.ok ? 'ok' : describeIssue(r.issue)).toBe('planes_del_criterio tiene 3 celdas y criterio tiene 1 columna: debe haber una celda por cada columna del criterio');
  });
});

describe('isNoPlan', () => {
  test.each(['Sin beca', 'SIN BECA', 'Ninguna', 'ninguno', 'No aplica', 'Sin plan', 'N/A', 'n/a', 'N.A.', '—', '–', '-', 'No'])('«%s» says there is no plan', (v) => {
    expect(isNoPlan(v)).toBe(true);
  });
  test.each(['I', 'Continuidad', 'Sin', 'no sé', '', 0, null])('«%s» does not', (v) => {
    expect(isNoPlan(v)).toBe(false);
  });
});
