// npm run calc's batch on the office registers of issue 9, in both modes: every hand-written value of each .expected.json, no other cell touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTROS, REGISTROS_DIR } from '../local/registros';
import { openRuntime } from '../local/runtime';
import type { Runtime } from '../local/runtime';

type Json = string | number | null;

interface Column {
  col: string;
  header: string;
  field: string;
}
interface Student {
  row: number;
  name: string;
  values: Json[];
  expected: Record<string, Json>;
}
interface SheetExpectation {
  name: string;
  studentList: boolean;
  headerRows?: number[];
  columns?: Column[];
  derived?: { field: string; from: string }[];
  missing?: { field: string; assumed: string }[];
  results?: string[];
  students?: Student[];
  skipped?: { row: number; text: string; kind: string }[];
  configuration?: Record<string, string>;
}
interface Expectation {
  sheets: SheetExpectation[];
}
interface SheetReport {
  sheet: string;
  computed: boolean;
  lines: string[];
}

/** The header each result is written under (fields.ts OUTPUTS). */
const HEADER: Record<string, string> = {
  beca: 'Beca % (calculado)',
  renovacion: 'Renovación de beca (calculado)',
  asistencia: 'Asistencia % (calculado)',
  derecho: 'Derecho a examen (calculado)',
  calificacionFinal: 'Calificación final (calculado)',
  faltasRestantes: 'Faltas restantes (calculado)',
  materiasReprobadas: 'Materias reprobadas (calculado)',
  estatus: 'Estatus de promoción (calculado)',
};

/** How the reports name a field (fields.ts labels), to find the line of a derived or missing input. */
const LABEL: Record<string, string> = {
  sesiones: 'sesiones impartidas',
  asistencias: 'asistencias',
  adeudosAnteriores: 'adeudos anteriores',
  sesionesCurso: 'sesiones del curso',
  criterio: 'criterio',
  calificacion: 'calificación final',
  diasHabiles: 'días hábiles',
};

const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function same(got: unknown, want: Json, where: string): void {
  if (typeof want === 'number') {
    if (typeof got !== 'number' || Math.abs(got - want) > 1e-6) throw new Error(`${where}: se esperaba ${want}, hay ${JSON.stringify(got)}`);
  } else if (typeof want === 'string' && want.endsWith('…')) {
    if (typeof got !== 'string' || !got.startsWith(want.slice(0, -1))) throw new Error(`${where}: se esperaba «${want}», hay ${JSON.stringify(got)}`);
  } else if ((want ?? '') !== got) {
    throw new Error(`${where}: se esperaba ${JSON.stringify(want ?? '')}, hay ${JSON.stringify(got)}`);
  }
}

/** Writes a Configuración sheet with these keys, as a secretary would before computing a 0–20 register. */
function configure(rt: Runtime, keys: Record<string, string>): void {
  const ss = rt.context.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('Configuración') ?? ss.insertSheet('Configuración');
  const rows = [['clave', 'valor'], ...Object.entries(keys)];
  sheet.getRange(1, 1, rows.length, 2).setValues(rows);
}

const names = Object.keys(REGISTROS);
const expectationOf = (name: string): Expectation => JSON.parse(readFileSync(join(REGISTROS_DIR, `${name}.expected.json`), 'utf8'));

/** The runs of a workbook: one per mode, and for a sheet with its own configuration, one more with it. */
const runs: { name: string; mode: 'valores' | 'formulas'; configured: boolean }[] = names.flatMap((name) => {
  const configured = expectationOf(name).sheets.some((s) => s.configuration);
  return (['valores', 'formulas'] as const).flatMap((mode) => [{ name, mode, configured: false }, ...(configured ? [{ name, mode, configured: true }] : [])]);
});

describe.each(runs)('$name in $mode (own configuration: $configured)', ({ name, mode, configured }) => {
  const expectation = expectationOf(name);
  let before: Record<string, unknown[][]>;
  let after: Record<string, unknown[][]>;
  let reports: SheetReport[];
  let rt: Runtime;

  beforeAll(async () => {
    rt = await openRuntime(join(REGISTROS_DIR, `${name}.xlsx`));
    const own = expectation.sheets.find((s) => s.configuration)?.configuration;
    if (configured && own) configure(rt, own);
    const sheets: string[] = rt.context.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s: { getName(): string }) => s.getName());
    before = Object.fromEntries(sheets.map((s) => [s, rt.sheetValues(s)]));
    reports = rt.context.calcularLibro_(mode, false) as SheetReport[];
    after = Object.fromEntries(sheets.map((s) => [s, rt.sheetValues(s)]));
  });

  const lists = expectation.sheets.filter((s) => s.studentList);
  const others = expectation.sheets.filter((s) => !s.studentList);
  const skippedForScale = (s: SheetExpectation) => Boolean(s.configuration) && !configured;

  for (const sheet of others.map((s) => s.name))
  test(`sheet ${sheet} is not a student list: no cell changes, and the report says why`, () => {
    expect(after[sheet]).toEqual(before[sheet]);
    const report = reports.find((r) => r.sheet === sheet)!;
    expect(report.computed).toBe(false);
    expect(report.lines[0]).toMatch(new RegExp(`^hoja «${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»: no se tocó: .{20,}`));
  });

  for (const sheet of lists.filter(skippedForScale).map((s) => s.name))
  test(`sheet ${sheet} on another scale: nothing written, and the notice names the scale and the keys`, () => {
    expect(after[sheet]).toEqual(before[sheet]);
    const line = reports.find((r) => r.sheet === sheet)!.lines.join('\n');
    expect(line).toContain('de 0 a 20');
    for (const key of ['escala_minima', 'escala_maxima', 'calificacion_aprobatoria']) expect(line).toContain(key);
  });

  for (const s of lists.filter((x) => !skippedForScale(x)))
  describe(`student sheet ${s.name}`, () => {
    const sheet = s.name;
    const headerRow = s.headerRows![s.headerRows!.length - 1] - 1;
    const width = Math.max(...s.columns!.map((c) => columnIndex(c.col))) + 1;

    test('every original cell keeps its value', () => {
      const old = before[sheet];
      const now = after[sheet];
      expect(now.length).toBeGreaterThanOrEqual(old.length);
      old.forEach((row, r) => row.forEach((v, c) => expect([r + 1, c + 1, now[r][c]]).toEqual([r + 1, c + 1, v])));
    });

    test('each student gets every hand-computed result; rows that are not students get none', () => {
      const rows = after[sheet];
      const header = rows[headerRow];
      const students = new Map(s.students!.map((st) => [st.row, st]));
      for (const result of s.results!.filter((r) => HEADER[r])) {
        const column = header.indexOf(HEADER[result]);
        if (column < width) throw new Error(`no column «${HEADER[result]}» right of the table in ${sheet}: ${JSON.stringify(header)}`);
        for (let r = headerRow + 1; r < rows.length; r++) {
          const st = students.get(r + 1);
          same(rows[r][column], st ? st.expected[result] : '', `${sheet}!fila ${r + 1}, ${result}${st ? ` (${st.name})` : ''}`);
        }
      }
    });

    test('COLEGIATURA_NETA over the columns read gives the hand value', () => {
      if (!s.results!.includes('colegiaturaNeta')) return expect(s.results).not.toContain('colegiaturaNeta');
      const col = (field: string) => columnIndex(s.columns!.find((c) => c.field === field)!.col);
      for (const st of s.students!) {
        const got = rt.context.COLEGIATURA_NETA(st.values[col('colegiatura')], st.values[col('porcentajeBeca')], st.values[col('formaPago')] ?? '');
        same(got, st.expected.colegiaturaNeta, `${sheet}!fila ${st.row}, colegiaturaNeta`);
      }
    });

    test('the report says how many students, and names every skipped row, derived and missing input', () => {
      const report = reports.find((r) => r.sheet === sheet)!;
      const text = report.lines.join('\n').toLowerCase();
      expect(report.computed).toBe(true);
      expect(report.lines[0]).toContain(`: ${s.students!.length} alumnos`);
      for (const k of s.skipped ?? []) expect(text).toMatch(new RegExp(`[:,] ${k.row} `));
      for (const d of s.derived ?? []) expect(text).toContain(`se deriva: ${LABEL[d.field]} = `);
      for (const m of s.missing ?? []) expect(text).toContain(LABEL[m.field]);
    });
  });
});

describe('the Resumen of a register with two groups, totals and signatures', () => {
  test('counts the 17 students of prepa-varios-grupos, no total, average or signature, and lists only its student sheet', async () => {
    const rt = await openRuntime(join(REGISTROS_DIR, 'prepa-varios-grupos.xlsx'));
    const answer = rt.run('leerResumen', 'Sexto semestre') as { ok: true; data: { sheets: string[]; summary: { students: number } } };
    expect(answer.ok).toBe(true);
    expect(answer.data.sheets).toEqual(['Sexto semestre']);
    expect(answer.data.summary.students).toBe(17);
  });
});

describe('the Alumnos panel on a dictamen with a criterion column per plan', () => {
  test('shows what it read, and «Calcular» with the columns it proposes gives every hand-computed beca', async () => {
    const rt = await openRuntime(join(REGISTROS_DIR, 'becas-dictamen-comite.xlsx'));
    rt.spreadsheet.getSheetByName('Dictamen 2026-1').activate();
    const view = (rt.run('detectarAlumnos') as { ok: true; data: any }).data;
    expect([view.sheet, view.headerRow, view.students]).toEqual(['Dictamen 2026-1', 6, 17]);
    expect(view.notes).toContain('3 filas que no son alumnos: 25 ______________________________, 26 Presidente de la Comisión Dictaminadora…, 27 Mtro. Joel Ávalos Ferrer');
    const columns = Object.fromEntries(view.fields.map((f: { field: string; column: number | null }) => [f.field, f.column]));
    const answer = rt.run('calcularAlumnos', { sheet: view.sheet, columns, subjects: view.subjects, outputs: ['beca'], mode: 'formulas' }) as { ok: boolean; data: { status: string } };
    expect(answer).toMatchObject({ ok: true, data: { status: 'hecho' } });
    const expected = expectationOf('becas-dictamen-comite').sheets[0];
    const rows = rt.sheetValues('Dictamen 2026-1');
    const column = rows[5].indexOf(HEADER.beca);
    for (const st of expected.students!) same(rows[st.row - 1][column], st.expected.beca, `fila ${st.row}`);
  });
});
