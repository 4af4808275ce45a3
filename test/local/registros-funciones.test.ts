// The becas and attendance functions as live formulas over the office registers of issue 9 (test/fixtures/registros/):
// one range formula beside each table, typed as a secretary in Mexico types it, gives the hand-written result of every student.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { typedFormula } from '../../local/formulas';
import { REGISTROS_DIR } from '../../local/registros';
import { openRuntime } from '../../local/runtime';
import { tempDir } from './factories';

interface Student {
  row: number;
  expected: Record<string, string | number | null>;
}

/** The students of one sheet of a register's hand-written table. */
function students(workbook: string, sheet: string): Student[] {
  const json = JSON.parse(readFileSync(join(REGISTROS_DIR, `${workbook}.expected.json`), 'utf8'));
  return json.sheets.find((s: { name: string }) => s.name === sheet).students;
}

/** Types `formula` into `cell` (a free column, first student row) and returns the column as it spills, by sheet row. */
async function spill(workbook: string, sheet: string, cell: string, formula: string): Promise<Map<number, unknown>> {
  const rt = await openRuntime(join(REGISTROS_DIR, `${workbook}.xlsx`), { outbox: join(tempDir('outbox-'), 'correo') });
  const target = rt.spreadsheet.getSheetByName(sheet);
  target.getRange(cell).setFormula(typedFormula(formula, 'es_MX'));
  const values = rt.sheetValues(sheet);
  const column = target.getRange(cell).getColumn() - 1;
  return new Map(values.map((row, i) => [i + 1, row[column]]));
}

/** The value as the table writes it: fractions rounded to 6 decimals; an error by its beginning, up to «…». */
function expectShown(got: unknown, want: string | number | null, where: string) {
  if (typeof want === 'number') {
    if (typeof got !== 'number') throw new Error(`${where}: ${String(got)}, se esperaba ${want}`);
    expect(Math.abs(got - want)).toBeLessThan(1e-6);
  } else if (typeof want === 'string' && want.endsWith('…')) {
    expect(`${where}: ${String(got).slice(0, want.length - 1)}`).toBe(`${where}: ${want.slice(0, -1)}`);
  } else {
    expect(`${where}: ${String(got)}`).toBe(`${where}: ${want ?? ''}`);
  }
}

const CASES: [string, string, string, string, string, (s: Student) => string | number | null][] = [
  [
    'becas-dictamen-comite',
    'Dictamen 2026-1',
    'M7',
    '=BECA(D7:D23, E7:E23, F7:J23, , {"I", "II, III", "V, VII", "VI", "IV"})',
    'BECA with one criterion column per plan',
    (s) => s.expected.beca,
  ],
  ['particular-relacion-becarios', 'Relación de becarios', 'K5', '=BECA(E5:E14, G5:G14, H5:H14)', 'BECA with «No aplica» as a plan', (s) => s.expected.beca],
  [
    'particular-renovacion-becas',
    'Renovación',
    'M5',
    '=RENUEVA_BECA(D5:D16, F5:F16, G5:G16, H5:H16, I5:I16)',
    'RENUEVA_BECA with «Sin beca» as a plan',
    (s) => s.expected.renovacion,
  ],
  ['secundaria-inasistencias', '2° B', 'H6', '=ASISTENCIA("", C6:C17, E6:E17, , D6:D17)', 'ASISTENCIA from días hábiles − inasistencias', (s) => s.expected.asistencia ?? null],
  ['secundaria-inasistencias', '2° B', 'H6', '=DERECHO_EXAMEN("", C6:C17, E6:E17, , D6:D17)', 'DERECHO_EXAMEN from días hábiles − inasistencias', (s) => s.expected.derecho ?? null],
  [
    'peru-asistencia-por-grado',
    'Asistencia 2025',
    'J6',
    "=ASISTENCIA(\"\", C6:C21, E6:E21, 'Configuración'!A:B, D6:D21)",
    'ASISTENCIA with the book’s Configuración',
    (s) => s.expected.asistencia,
  ],
  [
    'peru-asistencia-por-grado',
    'Asistencia 2025',
    'J6',
    "=DERECHO_EXAMEN(\"\", C6:C21, E6:E21, 'Configuración'!A:B, D6:D21)",
    'DERECHO_EXAMEN with the book’s asistencia_minima of 70 %',
    (s) => s.expected.derecho,
  ],
];

describe.each(CASES)('%s, sheet «%s»: %s in %s', (workbook, sheet, cell, formula, _label, want) => {
  test('gives every student the hand-written result', async () => {
    const got = await spill(workbook, sheet, cell, formula);
    const list = students(workbook, sheet);
    expect(list.length).toBeGreaterThan(0);
    for (const s of list) expectShown(got.get(s.row), want(s), `fila ${s.row}`);
  });
});

test('secundaria-inasistencias: the row of a student dropped without data stays blank', async () => {
  const got = await spill('secundaria-inasistencias', '2° B', 'H6', '=DERECHO_EXAMEN("", C6:C17, E6:E17, , D6:D17)');
  expect(got.get(15)).toBe('');
});
