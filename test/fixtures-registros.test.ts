// The office registers of issue 9: each hand-written .expected.json agrees with its workbook (sheets, rows, names, every listed cell).
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { workbookBytes } from '../local/workbook';
import { REGISTROS, REGISTROS_DIR } from '../local/registros';
import type { Expectation, Json, Student } from './helpers/registros';

/** A cell as Sheets shows it: the value of a merge only in its top-left cell, null when blank. */
function cellValue(ws: ExcelJS.Worksheet, address: string): Json {
  const cell = ws.getCell(address);
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  throw new Error(`${ws.name}!${address} holds ${JSON.stringify(v)}: the registers keep only text and numbers`);
}

const letter = (n: number): string => (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
const isBlankValue = (v: Json) => v === null || (typeof v === 'string' && v.trim() === '');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const STATES: Record<string, (v: Json) => boolean> = {
  estatus: (v) => ['Regular', 'Promovido con adeudo', 'No promovido', 'Baja por adeudo', ''].includes(v as string),
  derecho: (v) => v === 'Con derecho' || v === 'Sin derecho',
  renovacion: (v) => ['Renueva', 'No renueva', 'Cancelada', 'Sin beca'].includes(v as string),
};
const fraction = (v: Json) => (typeof v === 'number' && v >= 0 && v <= 1) || (typeof v === 'string' && v.startsWith('Error: '));
const count = (v: Json) => (typeof v === 'number' && Number.isInteger(v) && v >= 0) || v === '';

/** What each result of a student may hold: the function's words, a fraction, a count, a grade or an error. */
function plausible(result: string, v: Json): boolean {
  if (STATES[result]) return STATES[result](v);
  if (result === 'beca' || result === 'asistencia') return fraction(v);
  if (result === 'materiasReprobadas' || result === 'faltasRestantes') return count(v);
  if (result === 'calificacionFinal') return v === '' || (typeof v === 'number' && v >= 5 && v <= 10);
  if (result === 'colegiaturaNeta') return typeof v === 'number' && v >= 0;
  return false;
}

/** A number as an office writes it («8,5», «08», « 3»): used only to re-add the hand table's arithmetic. */
function numberOf(v: Json): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(v)) return Number(v.trim().replace(',', '.'));
  return undefined;
}

const names = Object.keys(REGISTROS);

test('there are at least twelve registers, each with its .xlsx and its .expected.json, and nothing else', () => {
  expect(names.length).toBeGreaterThanOrEqual(12);
  const files = readdirSync(REGISTROS_DIR).filter((f) => f !== 'README.md').sort();
  expect(files).toEqual(names.flatMap((n) => [`${n}.expected.json`, `${n}.xlsx`]).sort());
});

/** A hand-table value as the README shows it: decimal comma, «(vacío)» for a blank result. */
const shown = (v: Json): string => (v === '' ? '(vacío)' : typeof v === 'number' ? String(v).replace('.', ',') : String(v));

test('the README of the registers has a section per workbook, with each student row of its .expected.json', () => {
  const readme = readFileSync(join(REGISTROS_DIR, 'README.md'), 'utf8');
  for (const n of names) {
    expect(readme).toContain(`## ${n}.xlsx`);
    const section = readme.split(`## ${n}.xlsx`)[1].split('\n## ')[0];
    const expectation: Expectation = JSON.parse(readFileSync(join(REGISTROS_DIR, `${n}.expected.json`), 'utf8'));
    for (const s of expectation.sheets) {
      if (!s.studentList) continue;
      for (const st of s.students!) expect(section).toContain(`| ${st.row} | ${st.name} | ${s.results!.map((r) => shown(st.expected[r])).join(' | ')} |`);
    }
  }
});

describe.each(names)('%s', (name) => {
  const xlsx = join(REGISTROS_DIR, `${name}.xlsx`);
  const jsonPath = join(REGISTROS_DIR, `${name}.expected.json`);
  if (!existsSync(jsonPath)) {
    test('has its .expected.json', () => {
      throw new Error(`missing ${jsonPath}`);
    });
    return;
  }
  const expectation: Expectation = JSON.parse(readFileSync(jsonPath, 'utf8'));
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
  });

  test('the committed workbook is what `npx tsx local/write-registros.ts` writes, under 50 KB', async () => {
    expect(existsSync(xlsx)).toBe(true);
    const committed = readFileSync(xlsx);
    const fresh = await workbookBytes(REGISTROS[name]());
    if (!fresh.equals(committed)) throw new Error(`${name}.xlsx differs from local/registros/: run \`npx tsx local/write-registros.ts\` and commit, or restore the file`);
    expect(committed.length).toBeLessThan(50 * 1024);
  });

  test('the expectation names this workbook, what it imitates, and every sheet in order', () => {
    expect(expectation.workbook).toBe(`${name}.xlsx`);
    expect(expectation.imitates.length).toBeGreaterThan(20);
    expect(expectation.sheets.map((s) => s.name)).toEqual(workbook.worksheets.map((w) => w.name));
    for (const s of expectation.sheets) {
      if (!s.studentList) expect(s.why?.length ?? 0).toBeGreaterThan(20);
      else expect(s.students?.length ?? 0).toBeGreaterThanOrEqual(8);
    }
  });

  test.each(expectation.sheets.map((s) => [s.name, s] as const))('sheet %s: merges, titles and header cells are where the table says', (_, s) => {
    const ws = workbook.getWorksheet(s.name)!;
    const merges: string[] = (ws.model as unknown as { merges: string[] }).merges;
    for (const m of s.merges ?? []) expect(merges).toContain(m);
    for (const [address, v] of Object.entries(s.cells ?? {})) expect([address, cellValue(ws, address)]).toEqual([address, v]);
    for (const c of s.columns ?? []) {
      expect(Object.keys(c.cells ?? {}).length).toBeGreaterThan(0);
      for (const [address, v] of Object.entries(c.cells ?? {})) expect([c.col, address, cellValue(ws, address)]).toEqual([c.col, address, v]);
    }
  });

  const lists = expectation.sheets.filter((s) => s.studentList);
  if (lists.length === 0) return;

  test.each(lists.map((s) => [s.name, s] as const))('sheet %s: every column of the table has its field, and what is derived, missing and noted is said', (_, s) => {
    const width = Math.max(...s.students!.map((st) => st.values.length));
    expect(s.columns!.map((c) => c.col)).toEqual(Array.from({ length: width }, (_v, i) => letter(i + 1)));
    for (const c of s.columns!) expect([c.col, c.field.length > 0]).toEqual([c.col, true]);
    expect(s.columns!.some((c) => c.field === 'nombre')).toBe(true);
    expect(Array.isArray(s.derived) && Array.isArray(s.missing) && Array.isArray(s.skipped)).toBe(true);
    expect(s.notes!.length).toBeGreaterThan(0);
    for (const d of s.derived!) expect(s.columns!.some((c) => c.field === d.field)).toBe(false);
  });

  test.each(lists.map((s) => [s.name, s] as const))('sheet %s: every student row holds the listed values and the listed name', (_, s) => {
    const ws = workbook.getWorksheet(s.name)!;
    for (const st of s.students!) {
      const actual = st.values.map((_v, i) => cellValue(ws, `${letter(i + 1)}${st.row}`));
      expect([st.row, actual]).toEqual([st.row, st.values]);
      // Nothing right of the listed values: the list is every original cell of the row.
      for (let c = st.values.length + 1; c <= ws.columnCount; c++) expect([st.row, c, cellValue(ws, `${letter(c)}${st.row}`)]).toEqual([st.row, c, null]);
      const joined = collapse(st.nameCells.map((a) => String(cellValue(ws, a) ?? '')).join(' '));
      expect([st.row, joined]).toEqual([st.row, st.name]);
    }
  });

  test.each(lists.map((s) => [s.name, s] as const))('sheet %s: every row under the headers is a student, a skipped row, or blank', (_, s) => {
    const ws = workbook.getWorksheet(s.name)!;
    const students = new Set(s.students!.map((st) => st.row));
    const skipped = new Map((s.skipped ?? []).map((k) => [k.row, k]));
    expect(students.size).toBe(s.students!.length);
    for (const r of students) expect(skipped.has(r)).toBe(false);
    for (const [r, k] of skipped) {
      const texts = Array.from({ length: ws.columnCount }, (_v, i) => cellValue(ws, `${letter(i + 1)}${r}`));
      expect([r, k.text, texts.includes(k.text)]).toEqual([r, k.text, true]);
      expect(['total', 'promedio', 'encabezado de grupo', 'firma', 'sin datos', 'nota']).toContain(k.kind);
    }
    const first = Math.max(...s.headerRows!) + 1;
    for (let r = first; r <= ws.rowCount; r++) {
      const blank = Array.from({ length: ws.columnCount }, (_v, i) => cellValue(ws, `${letter(i + 1)}${r}`)).every(isBlankValue);
      if (!blank) expect([r, students.has(r) || skipped.has(r)]).toEqual([r, true]);
    }
  });

  test.each(lists.map((s) => [s.name, s] as const))('sheet %s: every student has each result of the sheet, in the words of its function', (_, s) => {
    expect(s.results!.length).toBeGreaterThan(0);
    for (const st of s.students!) {
      expect([st.row, Object.keys(st.expected).sort()]).toEqual([st.row, [...s.results!].sort()]);
      for (const [result, v] of Object.entries(st.expected)) expect([st.row, result, v, plausible(result, v)]).toEqual([st.row, result, v, true]);
    }
  });

  test.each(lists.map((s) => [s.name, s] as const))('sheet %s: the hand table re-adds: attendance fractions and failed subjects match the cells', (_, s) => {
    const col = (field: string) => s.columns!.find((c) => c.field === field)?.col;
    const at = (st: Student, column: string | undefined) => (column === undefined ? null : st.values[letterIndex(column) - 1]);
    const subjects = s.columns!.filter((c) => c.field === 'materia').map((c) => c.col);
    const configuration = { ...expectation.configuration, ...s.configuration };
    const passing = Number(configuration.calificacion_aprobatoria ?? 6);
    const minimum = Number((configuration.asistencia_minima ?? '80 %').replace(/\s*%$/, '')) / 100;
    for (const st of s.students!) {
      if ('asistencia' in st.expected && typeof st.expected.asistencia === 'number') {
        const days = numberOf(at(st, col('diasHabiles')));
        // Without a column of sessions held, the course's sessions are the ones held (a closed period).
        const sessions = days ?? numberOf(at(st, col('sesiones') ?? col('sesionesCurso')))!;
        const attended = days !== undefined ? days - numberOf(at(st, col('inasistencias')))! : numberOf(at(st, col('asistencias')))!;
        const justified = numberOf(at(st, col('justificadas'))) ?? 0;
        expect([st.row, st.expected.asistencia]).toEqual([st.row, expect.closeTo((attended + justified) / sessions, 4)]);
        if ('derecho' in st.expected) expect([st.row, st.expected.derecho]).toEqual([st.row, st.expected.asistencia >= minimum - 1e-9 ? 'Con derecho' : 'Sin derecho']);
      }
      if ('materiasReprobadas' in st.expected && st.expected.materiasReprobadas !== '') {
        const failed = subjects.map((c) => at(st, c)).filter((g) => !isBlankValue(g) && (typeof g === 'string' && /^(NP|SD)$/i.test(g.trim()) ? true : numberOf(g)! < passing)).length;
        expect([st.row, st.expected.materiasReprobadas]).toEqual([st.row, failed]);
      }
    }
  });
});

function letterIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
