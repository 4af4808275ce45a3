// The pure part of the Alumnos batch over plain arrays: remembered mappings, requested mappings, placement, blocks, conflicts, restoration.
import { LIVE, conflictsOf, fingerprint, handCells, originalsOf, textOf } from '../../../src/core/students/conflicts';
import { outputSpec } from '../../../src/core/students/fields';
import { countStudents, dataRows, describeColumns, mappingOfRequest, previewOf, relocate, resolveMapping, savedMapping } from '../../../src/core/students/mapping';
import { Target, blocksOf, placeOutputs } from '../../../src/core/students/placement';

const BECA = outputSpec('beca').header;
const [RENUEVA, RENUEVA_MOTIVO] = outputSpec('renovacion').headers;
const MOTIVO = outputSpec('motivo').header;

describe('remembered mappings', () => {
  const headers = ['Nombre', 'Plan', 'Promedio', 'Química'];
  const mapping = { headerRow: 0, columns: { nombre: 0, plan: 1, promedio: 2 }, subjects: [3] };

  test('remember each column with its header, and resolve to the same columns while nothing moved', () => {
    const saved = savedMapping(headers, mapping);
    expect(saved).toEqual({
      headerRow: 0,
      columns: { nombre: { index: 0, header: 'Nombre' }, plan: { index: 1, header: 'Plan' }, promedio: { index: 2, header: 'Promedio' } },
      subjects: [{ index: 3, header: 'Química' }],
    });
    expect(resolveMapping([headers], saved)).toEqual(mapping);
  });

  test('follow a column whose header moved, and drop one whose header is gone', () => {
    const saved = savedMapping(headers, mapping);
    const moved = [['Nota', 'Nombre', 'Plan', 'Química']];
    expect(resolveMapping(moved, saved)).toEqual({ headerRow: 0, columns: { nombre: 1, plan: 2 }, subjects: [3] });
  });

  test('relocate compares headers after normalizing, and never follows a blank header', () => {
    expect(relocate(['  NOMBRE '], { index: 0, header: 'nombre' })).toBe(0);
    expect(relocate(['x', 'Promedio'], { index: 0, header: 'promedio' })).toBe(1);
    expect(relocate(['x', ''], { index: 0, header: '' })).toBeUndefined();
  });
});

describe('a requested mapping', () => {
  const headers = ['Nombre', 'Plan', 'Promedio', BECA];

  test('is kept with its subjects sorted', () => {
    const r = mappingOfRequest(headers, 4, 0, { columns: { nombre: 0, plan: 1, promedio: null }, subjects: [2, 1] });
    // Column B for plan and as a subject: the second claim fails.
    expect(r).toEqual({ ok: false, issue: { code: 'column_twice', column: 'B', first: 'Plan de beca', second: 'la materia Plan' } });
    const fine = mappingOfRequest(headers, 4, 0, { columns: { nombre: 0, plan: 1 }, subjects: [2] });
    expect(fine).toEqual({ ok: true, value: { headerRow: 0, columns: { nombre: 0, plan: 1 }, subjects: [2] } });
  });

  test('names a column beyond the sheet, or one of the add-on\'s computed ones', () => {
    expect(mappingOfRequest(headers, 4, 0, { columns: { nombre: 9 }, subjects: [] })).toEqual({ ok: false, issue: { code: 'bad_column', column: 'J', field: 'Nombre' } });
    expect(mappingOfRequest(headers, 4, 0, { columns: { nombre: -1 }, subjects: [] })).toEqual({ ok: false, issue: { code: 'bad_column', column: 'A', field: 'Nombre' } });
    expect(mappingOfRequest(headers, 4, 0, { columns: { promedio: 3 }, subjects: [] })).toEqual({
      ok: false,
      issue: { code: 'computed_as_input', column: 'D', header: BECA, field: 'Promedio' },
    });
  });
});

describe('the students of a sheet', () => {
  const rows = [['Nombre', 'Plan'], ['Ana', 'I'], ['', ''], ['Luis', ''], ['', 'II'], ['Eva', 'III'], ['Sol', 'I']];
  const mapping = { headerRow: 0, columns: { nombre: 0, plan: 1 }, subjects: [] };

  test('are the rows under the header with a name and an input; without a name or matrícula column, none', () => {
    expect(dataRows(rows, mapping)).toHaveLength(6);
    expect(countStudents(dataRows(rows, mapping), mapping)).toBe(3);
    expect(countStudents(dataRows(rows, mapping), { headerRow: 0, columns: { plan: 1 }, subjects: [] })).toBe(0);
  });

  test('preview the first three names, and describe the mapped columns with their letters', () => {
    expect(previewOf(dataRows(rows, mapping), mapping)).toEqual(['Ana', 'Eva', 'Sol']);
    expect(previewOf(rows, { headerRow: 0, columns: {}, subjects: [] })).toEqual([]);
    expect(describeColumns(['Nombre', 'Plan', 'Química'], { headerRow: 0, columns: { nombre: 0, plan: 1 }, subjects: [2] })).toEqual({
      columns: 'Nombre (A), Plan de beca (B)',
      subjects: 'Química (C)',
    });
  });
});

describe('placing results', () => {
  test('a new result goes after the last header; one already there stays in its columns', () => {
    expect(placeOutputs(['Nombre', 'Plan', '', 'Notas'], ['beca'])).toEqual([{ id: 'beca', column: 4, own: [false] }]);
    expect(placeOutputs(['Nombre', BECA, 'Notas'], ['beca', 'motivo'])).toEqual([
      { id: 'beca', column: 1, own: [true] },
      { id: 'motivo', column: 3, own: [false] },
    ]);
  });

  test('a spilling result keeps both columns, and a new result never lands on a spill column', () => {
    expect(placeOutputs(['Nombre', RENUEVA, RENUEVA_MOTIVO], ['renovacion'])).toEqual([{ id: 'renovacion', column: 1, own: [true, true] }]);
    // Renovación's spill column is the office's "Notas": still its place, not its own.
    expect(placeOutputs(['Nombre', RENUEVA, 'Notas'], ['renovacion'])).toEqual([{ id: 'renovacion', column: 1, own: [true, false] }]);
    // Its spill column already holds another result: it moves past everything.
    expect(placeOutputs(['Nombre', RENUEVA, MOTIVO], ['renovacion'])).toEqual([{ id: 'renovacion', column: 3, own: [false, false] }]);
    // A result already at the end spills one column further: the new one goes after that.
    expect(placeOutputs(['Nombre', RENUEVA], ['beca'])).toEqual([{ id: 'beca', column: 3, own: [false] }]);
  });

  test('contiguous columns become one block, in column order', () => {
    const blocks = blocksOf([
      { column: 5, values: ['x', 1] },
      { column: 2, values: ['a', 1] },
      { column: 3, values: ['b', 2] },
    ]);
    expect(blocks).toEqual([
      { column: 2, width: 2, values: [['a', 'b'], [1, 2]] },
      { column: 5, width: 1, values: [['x'], [1]] },
    ]);
  });
});

describe('conflicts', () => {
  const own: Target = { id: 'beca', column: 1, own: [true] };
  const foreign: Target = { id: 'beca', column: 1, own: [false] };

  test('every non-blank cell of a column that is not the add-on\'s, header included, in one conflict', () => {
    const grid = { rows: [['Nombre', 'Notas'], ['Ana', 'beca'], ['Luis', ''], ['Eva', 'ok']], lastColumn: 2 };
    const { conflicts, huella } = conflictsOf(grid, 0, [foreign], [], {}, () => []);
    expect(conflicts).toEqual([{ code: 'batch_conflict', column: 'B', cells: 3, example: 'Notas' }]);
    // The fingerprint names the cells: a different cell gives a different one.
    const other = conflictsOf({ ...grid, rows: [...grid.rows.slice(0, 3), ['Eva', 'no']] }, 0, [foreign], [], {}, () => []);
    expect(other.huella).not.toBe(huella);
  });

  test('a column beyond the sheet has nothing to lose', () => {
    const grid = { rows: [['Nombre'], ['Ana']], lastColumn: 1 };
    expect(conflictsOf(grid, 0, [foreign], [], {}, () => []).conflicts).toEqual([]);
  });

  test('its own column written as values and untouched since: no conflict', () => {
    const rows = [['Nombre', BECA], ['Ana', 0.5], ['Luis', 0]];
    const mark = fingerprint(1, rows.slice(1).map((r) => textOf(r[1])));
    expect(conflictsOf({ rows, lastColumn: 2 }, 0, [own], [], { [BECA]: mark }, () => [[0.5], [0]]).conflicts).toEqual([]);
  });

  test('its own column edited by hand: the cells that differ from what is computed now, named with the first', () => {
    const before = [['Nombre', BECA], ['Ana', 0.5], ['Luis', 0]];
    const mark = fingerprint(1, before.slice(1).map((r) => textOf(r[1])));
    const rows = [['Nombre', BECA], ['Ana', 0.5], ['Luis', 'beca especial']];
    const { conflicts } = conflictsOf({ rows, lastColumn: 2 }, 0, [own], [], { [BECA]: mark }, () => [[0.5], [0]]);
    expect(conflicts).toEqual([{ code: 'batch_edited', column: 'B', header: BECA, cells: 1, cell: 'B3', example: 'beca especial' }]);
    // A typed cell that holds what is computed now loses nothing.
    const same = conflictsOf({ rows, lastColumn: 2 }, 0, [own], [], { [BECA]: mark }, () => [[0.5], ['beca especial']]);
    expect(same.conflicts).toEqual([]);
  });

  test('a live formula that spills is its own; one showing #REF! is blocked by the typed cells under it', () => {
    const formulas = [['', ''], ['', '=BECA(B2:B)'], ['', ''], ['', '']];
    const spilling = { rows: [['Nombre', BECA], ['Ana', 0.5], ['Luis', 0], ['', '']], lastColumn: 2 };
    expect(handCells(spilling, formulas, 1, own, 0, LIVE, () => [])).toEqual({ edited: false, cells: [] });
    const blocked = { rows: [['Nombre', BECA], ['Ana', '#REF!'], ['Luis', 'typed'], ['', '']], lastColumn: 2 };
    expect(handCells(blocked, formulas, 1, own, 0, LIVE, () => [])).toEqual({ edited: false, cells: [{ r: 2, c: 1, content: 'typed' }] });
  });

  test('a live formula replaced by typed values: every non-blank cell', () => {
    const rows = [['Nombre', BECA], ['Ana', 0.5], ['Luis', 0.2]];
    expect(handCells({ rows, lastColumn: 2 }, [], 1, own, 0, LIVE, () => []).cells).toEqual([
      { r: 1, c: 1, content: '0.5' },
      { r: 2, c: 1, content: '0.2' },
    ]);
    // Never written by the add-on (no mark) and no formula: nothing is its doing to protect.
    expect(handCells({ rows, lastColumn: 2 }, [], 1, own, 0, undefined, () => []).cells).toEqual([]);
  });

  test('the fingerprint ignores blank cells at the bottom but not the first row', () => {
    expect(fingerprint(1, ['a', '', ''])).toBe(fingerprint(1, ['a']));
    expect(fingerprint(1, ['a'])).not.toBe(fingerprint(2, ['a']));
    expect(fingerprint(1, ['', 'a'])).not.toBe(fingerprint(1, ['a']));
  });
});

describe('what a failed run puts back', () => {
  test('formulas where there were, text kept as text, blanks beyond the sheet, and spilled cells blank', () => {
    const rows = [['Nombre', BECA, 'Notas'], ['Ana', 0.5, '+5 puntos'], ['Luis', 0, '']];
    const formulas = [['', '', ''], ['', '=BECA(A2:A)', ''], ['', '', '']];
    const targets: Target[] = [{ id: 'beca', column: 1, own: [true] }, { id: 'motivo', column: 2, own: [false] }];
    const blocks = blocksOf([
      { column: 1, values: [BECA, 1, 2] },
      { column: 2, values: [MOTIVO, 'x', 'y'] },
      { column: 3, values: ['extra', 'x', 'y'] },
    ]);
    expect(originalsOf({ rows, lastColumn: 3 }, 0, blocks, targets, formulas)).toEqual([
      [
        [BECA, 'Notas', ''],
        ['=BECA(A2:A)', "'+5 puntos", ''],
        ['', '', ''],
      ],
    ]);
  });
});
