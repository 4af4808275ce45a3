// The demo workbook's invariants: what issues 3 and 4 ask of its students, convenios, commitments and schools.
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLANS, parsePlan } from '../../src/core/becas';
import { DEFAULT_RULES } from '../../src/core/config';
import { COMPROMISO_FIELDS, CONVENIO_FIELDS, IIEE_FIELDS } from '../../src/core/convenios/columns';
import { readTable } from '../../src/core/table';
import { Cell, isBlank, parseFraction, parseNumber, parseYesNo } from '../../src/core/parse';
import { normalizeName } from '../../src/core/text';
import { STUDENT_FIELDS } from '../../src/core/students/fields';
import { detectStudentColumns } from '../../src/core/students/detect';
import { INVALID_EMAILS, LADDER_OFFSETS, STRATEGIES } from '../../local/demo/commitments';
import { STAGES } from '../../local/demo/convenios';
import { buildDemoWorkbook, generateDemo, referenceDay } from '../../local/demo';
import { DEMO_BAD_CELLS, HOSTILE_NAME, SUBJECTS } from '../../local/demo/students';
import { workbookBytes } from '../../local/workbook';
import { Sheets, column, readSheets, storedDay } from './read';

const TODAY = '2026-11-21';
const today = referenceDay(TODAY);
const OPEN = new Set(['pendiente', 'en proceso']);

let path: string;
let sheets: Sheets;

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'demo-')), 'escuela-demo.xlsx');
  await generateDemo(path, { today: TODAY });
  sheets = await readSheets(path);
});

const count = <T>(items: T[], pred: (v: T) => boolean) => items.filter(pred).length;

test('the workbook has the six sheets, and a Configuración sheet is left to the add-on', () => {
  expect(Object.keys(sheets)).toEqual(['Alumnos', 'Convenios', 'Compromisos', 'II.EE.', 'Pagos', 'Calificaciones del periodo']);
});

describe('the period grades sheet', () => {
  const rows = () => sheets['Calificaciones del periodo'] as unknown[][];
  test('has the template headers after the period, for the first two groups, one row per student and subject', () => {
    const [header, ...data] = rows();
    expect(header).toEqual(['Periodo', 'Matrícula', 'Alumno', 'Grupo', 'Materia', 'Parcial 1', 'Parcial 2', 'Parcial 3', 'Ordinario', 'Asistencias', 'Sesiones', 'Justificadas', 'Oportunidades usadas', 'Mensualidades adeudadas']);
    // 320 students in 8 groups: 40 in each of the first two, 4 subjects each.
    expect(data.length).toBe(2 * 40 * 4);
    expect(new Set(data.map((r) => r[3]))).toEqual(new Set(['1A', '1B']));
    expect(new Set(data.map((r) => r[4]))).toEqual(new Set(['Matemáticas', 'Química', 'Inglés', 'Física']));
    // TODAY is in the August–January semester.
    expect(new Set(data.map((r) => r[0]))).toEqual(new Set(['Agosto 2026 – enero 2027']));
  });
  test('is kept mid-period: one parcial still blank, an NP, an exempt student without ordinario, ordinarios taken', () => {
    const data = rows().slice(1);
    expect(count(data, (r) => r[7] === '' || r[7] === null || r[7] === undefined)).toBe(1);
    expect(count(data, (r) => r[5] === 'NP' || r[6] === 'NP' || r[7] === 'NP')).toBeGreaterThan(0);
    const passedAll = (r: unknown[]) => [r[5], r[6], r[7]].every((p) => typeof p === 'number' && p >= 6);
    expect(data.filter(passedAll).every((r) => r[8] === '' || r[8] === null || r[8] === undefined)).toBe(true);
    expect(count(data, (r) => typeof r[8] === 'number')).toBeGreaterThan(0);
    expect(data.every((r) => r[13] === 'Sí' || r[13] === 'No')).toBe(true);
  });
});

test('the file stays small enough to commit (under 1 MB)', () => {
  expect(statSync(path).size).toBeLessThan(1024 * 1024);
});

describe('Alumnos', () => {
  const students = () => sheets.Alumnos.slice(1);

  test('320 students by default, each with a unique matrícula', () => {
    const matriculas = column(sheets.Alumnos, 'Matrícula');
    expect(matriculas).toHaveLength(320);
    expect(new Set(matriculas).size).toBe(320);
  });

  test('the add-on finds every student column by its header, and the eight subjects', () => {
    const mapping = detectStudentColumns(sheets.Alumnos, DEFAULT_RULES);
    expect(mapping.headerRow).toBe(0);
    const unmapped = STUDENT_FIELDS.map((s) => s.field).filter((f) => mapping.columns[f] === undefined);
    expect(unmapped).toEqual(['porcentajeBeca', 'calificacion', 'diasHabiles', 'inasistencias', 'numeroLista', 'fechaDictamen', 'fechaAbandono', 'fechaAviso']);
    expect(mapping.subjects.map((i) => sheets.Alumnos[0][i])).toEqual(SUBJECTS);
  });

  test('names carry accents and ñ', () => {
    const names = column(sheets.Alumnos, 'Nombre del alumno').map(String);
    expect(count(names, (n) => /[áéíóúÁÉÍÓÚ]/.test(n))).toBeGreaterThan(100);
    expect(count(names, (n) => /ñ/i.test(n))).toBeGreaterThan(5);
  });

  test('the hostile name is there once, as plain text', () => {
    expect(count(column(sheets.Alumnos, 'Nombre del alumno'), (n) => n === HOSTILE_NAME)).toBe(1);
  });

  test('grades include failures, NP, SD and decimal commas typed as text', () => {
    const grades = students().flatMap((r) => SUBJECTS.map((s) => r[sheets.Alumnos[0].indexOf(s)]));
    expect(count(grades, (g) => typeof g === 'number' && g < 6)).toBeGreaterThan(50);
    expect(count(grades, (g) => g === 'NP')).toBeGreaterThan(0);
    expect(count(grades, (g) => g === 'SD')).toBeGreaterThan(0);
    expect(count(grades, (g) => typeof g === 'string' && /^\d+,\d$/.test(g))).toBeGreaterThan(0);
    expect(count(grades, (g) => isBlank(g))).toBe(0);
  });

  test('every beca plan I–VIII appears, and most students have none', () => {
    const plans = column(sheets.Alumnos, 'Plan de beca').filter((p) => !isBlank(p));
    const parsed = plans.map(parsePlan).flatMap((p) => (p.ok ? [p.value] : []));
    expect(new Set(parsed)).toEqual(new Set(PLANS));
    expect(plans.length).toBeLessThan(320 / 2);
  });

  test.each([
    ['I: sí or no', 'I', (c: Cell) => parseYesNo(c).ok],
    ['II: first place or Delfín', 'II', (c: Cell) => normalizeName(c) === 'delfin' || /^\d°?$/.test(String(c))],
    ['III: the place in the exam', 'III', (c: Cell) => /^\d/.test(String(c))],
    ['IV: the system of the sibling', 'IV', (c: Cell) => ['mismo sistema', 'escolarizado', 'no escolarizado'].includes(normalizeName(c))],
    ['V: the committee percentage', 'V', (c: Cell) => parseFraction(c).ok],
    ['VI: years of service', 'VI', (c: Cell) => Number.isInteger(c)],
    ['VII: the committee percentage', 'VII', (c: Cell) => parseFraction(c).ok],
  ])('the criterio of plan %s', (_label, plan, valid) => {
    const criteria = students()
      .filter((r) => {
        const p = parsePlan(r[sheets.Alumnos[0].indexOf('Plan de beca')]);
        return p.ok && p.value === plan;
      })
      .map((r) => r[sheets.Alumnos[0].indexOf('Criterio de beca')]);
    expect(criteria.length).toBeGreaterThan(0);
    expect(criteria.filter((c) => !valid(c))).toEqual([]);
  });

  test('attendance adds up: asistencias + justificadas ≤ sesiones impartidas ≤ sesiones del semestre, some below 80 %', () => {
    const [a, s, total, j] = ['Asistencias', 'Sesiones impartidas', 'Sesiones del semestre', 'Faltas justificadas'].map((h) => column(sheets.Alumnos, h) as number[]);
    expect(a.filter((_, i) => a[i] + j[i] > s[i] || s[i] > total[i])).toEqual([]);
    expect(a.filter((_, i) => a[i] + j[i] < 0.8 * s[i]).length).toBeGreaterThan(5);
    expect(j.filter((x) => x > 0).length).toBeGreaterThan(20);
  });

  test('the promedio is the average of the grades, NP and SD counting as 5', () => {
    const header = sheets.Alumnos[0];
    const wrong = students().filter((r) => {
      const promedio = r[header.indexOf('Promedio')];
      if (typeof promedio !== 'number') return false;
      const grades = SUBJECTS.map((s) => r[header.indexOf(s)]).map((g) => (g === 'NP' || g === 'SD' ? 5 : (parseNumber(g) as { value: number }).value));
      return Math.abs(grades.reduce((x, y) => x + y, 0) / grades.length - promedio) > 0.05 + 1e-9;
    });
    expect(wrong).toEqual([]);
  });

  test('payments: colegiatura debts, service hours for becados, the three forms of payment', () => {
    expect(new Set(column(sheets.Alumnos, 'Adeudo de colegiatura'))).toEqual(new Set(['Sí', 'No']));
    expect(new Set(column(sheets.Alumnos, 'Forma de pago'))).toEqual(new Set(['Mensual', 'Pronto pago', 'Pago anticipado']));
    expect(count(column(sheets.Alumnos, 'Horas de servicio becario'), (h) => typeof h === 'number' && h >= 25)).toBeGreaterThan(0);
    expect(count(column(sheets.Alumnos, 'Materias adeudadas'), (m) => typeof m === 'number' && m > 3)).toBeGreaterThan(0);
  });
});

test.each(DEMO_BAD_CELLS.map((b) => [b.sheet, b.header, b.value]))('the bad cell %s › %s = %p is there', (sheet, header, value) => {
  expect(column(sheets[sheet], header)).toContain(value);
});

describe('Convenios', () => {
  const table = () => readTable(sheets.Convenios, CONVENIO_FIELDS, ['objeto', 'etapa']);

  test('the add-on finds every field of the Convenios tracker', () => {
    expect(Object.keys(table().mapping).sort()).toEqual(CONVENIO_FIELDS.map((f) => f.field).sort());
  });

  test('every stage, sector and type appears; evaluation fields only in stage 5', () => {
    const rows = table().rows.map((r) => r.cells);
    expect(new Set(rows.map((c) => c.etapa))).toEqual(new Set(STAGES));
    expect(new Set(rows.map((c) => c.sector))).toEqual(new Set(['educativo', 'social', 'público', 'privado']));
    expect(new Set(rows.map((c) => c.tipo))).toEqual(new Set(['marco', 'específico']));
    expect(rows.filter((c) => (c.etapa === 'Evaluación') === isBlank(c.cumplimiento))).toEqual([]);
  });

  test('vigencias: one indefinida, two ending within 90 days, one ended while the estado says Vigente', () => {
    const rows = table().rows.map((r) => r.cells);
    const left = rows.map((c) => storedDay(c.fin)).flatMap((d) => (d === undefined ? [] : [d - today]));
    expect(rows.some((c) => c.fin === 'Indefinida')).toBe(true);
    expect(left.filter((d) => d >= 0 && d <= 90).length).toBeGreaterThanOrEqual(2);
    expect(rows.some((c) => c.estado === 'Vigente' && (storedDay(c.fin) ?? Infinity) < today)).toBe(true);
  });

  test('a stage without its product, and a convenio signed over six months ago without a report', () => {
    const rows = table().rows.map((r) => r.cells);
    expect(rows.filter((c) => isBlank(c.producto)).length).toBe(2);
    expect(rows.some((c) => c.etapa === 'Ejecución' && today - (storedDay(c.firma) ?? today) > 183)).toBe(true);
  });
});

describe('Compromisos and II.EE.', () => {
  const commitments = () => readTable(sheets.Compromisos, COMPROMISO_FIELDS, ['compromiso', 'fechaLimite']).rows.map((r) => r.cells);
  const schools = () => readTable(sheets['II.EE.'], IIEE_FIELDS, ['nombre']).rows.map((r) => r.cells);

  test('the add-on finds every field of both trackers', () => {
    expect(Object.keys(readTable(sheets.Compromisos, COMPROMISO_FIELDS, []).mapping).sort()).toEqual(COMPROMISO_FIELDS.map((f) => f.field).sort());
    expect(Object.keys(readTable(sheets['II.EE.'], IIEE_FIELDS, []).mapping).sort()).toEqual(IIEE_FIELDS.map((f) => f.field).sort());
  });

  test('at least 150 commitments across 25 schools of the catalog, 8 allies and the 7 strategies', () => {
    const rows = commitments();
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const benefited = new Set(rows.map((c) => c.iiee));
    expect(benefited.size).toBe(25);
    expect(schools().filter((s) => benefited.has(s.nombre))).toHaveLength(25);
    expect(new Set(rows.map((c) => c.aliado)).size).toBe(8);
    expect(new Set(rows.map((c) => c.estrategia))).toEqual(new Set(STRATEGIES));
    expect(new Set(rows.map((c) => c.estado))).toEqual(new Set(['Pendiente', 'pendiente', 'En proceso', 'EN PROCESO', 'Cumplido', 'cumplido', 'Cancelado']));
  });

  test.each([...new Set(LADDER_OFFSETS)])('an open commitment is due in %p days', (offset) => {
    expect(commitments().some((c) => OPEN.has(normalizeName(c.estado)) && storedDay(c.fechaLimite) === today + offset)).toBe(true);
  });

  test('deadlines spread: overdue, within 30 days, many later; two without a date', () => {
    const open = commitments().filter((c) => OPEN.has(normalizeName(c.estado)));
    const days = open.map((c) => storedDay(c.fechaLimite)).flatMap((d) => (d === undefined ? [] : [d - today]));
    expect(count(days, (d) => d < 0)).toBeGreaterThan(15);
    expect(count(days, (d) => d >= 0 && d <= 30)).toBeGreaterThan(15);
    expect(count(days, (d) => d > 30)).toBeGreaterThan(40);
    expect(count(commitments(), (c) => isBlank(c.fechaLimite))).toBe(2);
  });

  test('fulfilled commitments have a date of fulfilment no later than today, and evidence', () => {
    const done = commitments().filter((c) => normalizeName(c.estado) === 'cumplido');
    expect(done.length).toBeGreaterThan(20);
    expect(done.filter((c) => !((storedDay(c.fechaCumplimiento) ?? Infinity) <= today) || isBlank(c.evidencia))).toEqual([]);
  });

  test('the invalid addresses are there', () => {
    const emails = commitments().map((c) => c.correo);
    for (const bad of INVALID_EMAILS) expect(emails).toContain(bad);
  });

  test('28 schools with unique 7-digit códigos modulares, three levels, rural and urban', () => {
    const rows = schools();
    expect(rows).toHaveLength(28);
    expect(rows.filter((s) => !/^\d{7}$/.test(String(s.codigo)))).toEqual([]);
    expect(new Set(rows.map((s) => s.codigo)).size).toBe(28);
    expect(new Set(rows.map((s) => s.nivel))).toEqual(new Set(['Inicial', 'Primaria', 'Secundaria']));
    expect(new Set(rows.map((s) => s.zona))).toEqual(new Set(['rural', 'urbana']));
  });
});

test('dates are stored at UTC midnight of the calendar date', () => {
  const dates = Object.values(sheets).flatMap((rows) => rows.flat().filter((v): v is Date => v instanceof Date));
  expect(dates.length).toBeGreaterThan(400);
  expect(dates.filter((d) => d.getTime() % 86400000 !== 0)).toEqual([]);
});

describe('reproducibility', () => {
  test('the same seed and day give the same bytes', async () => {
    const again = await workbookBytes(buildDemoWorkbook({ today: TODAY }));
    expect(again.equals(readFileSync(path))).toBe(true);
  });

  test('another seed gives other students', async () => {
    const other = await readSheets(await workbookBytes(buildDemoWorkbook({ today: TODAY, seed: 7 })));
    expect(column(other.Alumnos, 'Nombre del alumno')).not.toEqual(column(sheets.Alumnos, 'Nombre del alumno'));
  });

  test('fewer students keep every plan, and leave the other sheets as they were', async () => {
    const small = await readSheets(await workbookBytes(buildDemoWorkbook({ today: TODAY, students: 20 })));
    expect(small.Alumnos).toHaveLength(21);
    const plans = column(small.Alumnos, 'Plan de beca').map(parsePlan).flatMap((p) => (p.ok ? [p.value] : []));
    expect(new Set(plans)).toEqual(new Set(PLANS));
    expect(column(small.Alumnos, 'Nombre del alumno')).toContain(HOSTILE_NAME);
    expect(small.Compromisos).toEqual(sheets.Compromisos);
    expect(small.Convenios).toEqual(sheets.Convenios);
  });

  test.each([
    ['fewer than 20 students', { students: 19 }, 'al menos 20 alumnos'],
    ['an impossible reference day', { today: '31/02/2026' }, '«31/02/2026» no es válida'],
  ])('refuses %s in Spanish', (_label, options, message) => {
    expect(() => buildDemoWorkbook(options)).toThrow(message);
  });

  test('the reference day reads ISO and dd/mm/aaaa alike', () => {
    expect(referenceDay('21/11/2026')).toBe(today);
  });
});
