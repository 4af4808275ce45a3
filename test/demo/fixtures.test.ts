// The fixture workbooks: committed files equal what `npm run fixtures` writes, and each is the scenario its name says.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES } from '../../src/core/config';
import { COMPROMISO_FIELDS } from '../../src/core/convenios/columns';
import { readTable } from '../../src/core/table';
import { isBlank } from '../../src/core/parse';
import { detectStudentColumns } from '../../src/core/students/detect';
import { referenceDay } from '../../local/demo';
import { workbookBytes } from '../../local/workbook';
import { FIXTURES, FIXTURE_TODAY, OTHER_HEADERS_COMMITMENTS, commitment, commitmentsWorkbook, student, withBlankRows } from '../../local/fixtures';
import { Sheets, readSheets, storedDay } from './read';

const DIR = join(__dirname, '../fixtures');
const today = referenceDay(FIXTURE_TODAY);

test.each(Object.keys(FIXTURES))('test/fixtures/%s is what `npm run fixtures` writes, under 200 KB', async (name) => {
  const committed = readFileSync(join(DIR, name));
  const fresh = await workbookBytes(FIXTURES[name]());
  // A tool that saved into the fixture (npm run calc without --salida) also lands here.
  if (!fresh.equals(committed)) throw new Error(`test/fixtures/${name} differs from local/fixtures.ts: run \`npm run fixtures\` and commit, or restore the file`);
  expect(statSync(join(DIR, name)).size).toBeLessThan(200 * 1024);
});

describe('otra-escuela-comas-decimales.xlsx', () => {
  let sheets: Sheets;
  beforeAll(async () => {
    sheets = await readSheets(join(DIR, 'otra-escuela-comas-decimales.xlsx'));
  });

  test('sheets are named for the group, with a sheet of notes that is no table', () => {
    expect(Object.keys(sheets)).toEqual(['3A Vespertino', '5B Vespertino', 'Notas']);
  });

  test.each(['3A Vespertino', '5B Vespertino'])('%s: a title above the headers, blank rows between blocks, grades as text with decimal commas', (name) => {
    const rows = sheets[name];
    expect(rows[0][0]).toBe('ESCUELA PREPARATORIA PARTICULAR «JUSTO SIERRA»');
    expect(rows[3].slice(10, 16)).toEqual(['Prom. gral.', 'Asist.', 'Ses.', 'Faltas just.', 'Tipo de beca', 'Crit.']);
    const data = rows.slice(4);
    expect(data.filter((r) => r.every(isBlank)).length).toBeGreaterThan(0);
    const grades = data.flatMap((r) => r.slice(2, 11)).filter((g) => !isBlank(g));
    expect(grades.filter((g) => typeof g !== 'string')).toEqual([]);
    expect(grades.some((g) => /^\d+,\d$/.test(String(g)))).toBe(true);
  });

  test('the add-on finds the header row under the title, every abbreviated header and the eight subjects', () => {
    const mapping = detectStudentColumns(sheets['3A Vespertino'], DEFAULT_RULES);
    expect(mapping.headerRow).toBe(3);
    expect(mapping.columns).toMatchObject({ nombre: 1, promedio: 10, asistencias: 11, sesiones: 12, justificadas: 13, plan: 14, criterio: 15, adeudosAnteriores: 16 });
    expect(mapping.subjects).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('compromisos-otros-encabezados.xlsx', () => {
  let rows: Sheets[string];
  beforeAll(async () => {
    rows = (await readSheets(join(DIR, 'compromisos-otros-encabezados.xlsx')))['Seguimiento 2026'];
  });

  test('the add-on maps every field from the other headers, under the title rows', () => {
    const table = readTable(rows, COMPROMISO_FIELDS, ['compromiso', 'fechaLimite']);
    expect(table.headerRow).toBe(3);
    expect(table.missing).toEqual([]);
    expect(Object.keys(table.mapping).sort()).toEqual(COMPROMISO_FIELDS.map((f) => f.field).sort());
    expect(rows[3][table.mapping.fechaLimite as number]).toBe('Fecha compromiso');
    expect(rows[3][table.mapping.correo as number]).toBe('Responsable (correo)');
    expect(table.rows).toHaveLength(OTHER_HEADERS_COMMITMENTS.length);
  });

  test('deadlines sit where the ladder looks, relative to FIXTURE_TODAY; one typed as text, one blank', () => {
    const table = readTable(rows, COMPROMISO_FIELDS, []);
    const days = table.rows.map((r) => r.cells.fechaLimite).map((v) => (typeof v === 'string' ? v : storedDay(v) === undefined ? '' : (storedDay(v) as number) - today));
    expect(days).toEqual([-30, -7, -1, 0, 1, 7, 15, 30, 45, -20, 10, '', 5, '19/03/2026']);
  });
});

describe('factories', () => {
  test('a commitment defaults to pending, due a week after FIXTURE_TODAY, and takes overrides', () => {
    expect(commitment()).toMatchObject({ estado: 'Pendiente', fechaLimite: today + 7 });
    expect(commitment({ estado: 'Cumplido' }).estado).toBe('Cumplido');
  });

  test('commitmentsWorkbook writes a Compromisos sheet with the demo headers', async () => {
    const sheets = await readSheets(await workbookBytes(commitmentsWorkbook([commitment({ fechaLimite: today - 3 })])));
    const table = readTable(sheets.Compromisos, COMPROMISO_FIELDS, ['compromiso', 'fechaLimite']);
    expect(table.missing).toEqual([]);
    expect(storedDay(table.rows[0].cells.fechaLimite)).toBe(today - 3);
  });

  test('withBlankRows leaves an empty row between blocks', () => {
    const spec = { name: 'x', headers: ['a'], rows: [[1], [2], [3], [4], [5]] };
    expect(withBlankRows(spec, 2).rows).toEqual([[1], [2], [], [3], [4], [], [5]]);
  });

  test('a student has eight grades and ordinary attendance', () => {
    const s = student({ nombre: 'Iñaki Núñez' });
    expect(s.grades).toHaveLength(8);
    expect(s.asistencias + s.justificadas).toBeLessThanOrEqual(s.sesiones);
    expect(s.nombre).toBe('Iñaki Núñez');
  });
});
