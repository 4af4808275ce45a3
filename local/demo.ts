// The demo workbook (examples/escuela-demo.xlsx): invented students, convenios, commitments and schools, the same for the same seed.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Day, addMonths, dayFromParts, dayOfDate, formatDay, isoDay, partsOfDay } from '../src/core/dates';
import type { Plan } from '../src/core/becas';
import type { CompromisoField, ConvenioField, IieeField } from '../src/core/convenios/columns';
import { Cell, parseDate } from '../src/core/parse';

export const DEMO_TIME_ZONE = 'America/Mexico_City';
export const DEFAULT_SEED = 2026;
export const DEFAULT_STUDENTS = 320;
export const DEFAULT_COMMITMENTS = 168;

export interface DemoOptions {
  seed?: number;
  /** At least 20, so that every beca plan, the hostile name and the bad cells fit. */
  students?: number;
  /** The reference day the commitment and convenio dates are spread around: aaaa-mm-dd or dd/mm/aaaa; default today in Mexico City. */
  today?: string;
}

// ---------------------------------------------------------------------------------------------
// Randomness that a seed reproduces

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One of `items`, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: T[]): T[];
}

/** mulberry32: tiny, fast and good enough for invented data; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(items) {
      const total = items.reduce((s, [, w]) => s + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      return items[items.length - 1][0];
    },
    shuffle(items) {
      for (let i = items.length - 1; i > 0; i--) {
        const j = int(0, i);
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Sheets as tables of records, and writing them

/** How a calendar day is kept in .xlsx: a Date at UTC midnight of that date (the file has no zone). */
export function dateCell(day: Day): Date {
  const p = partsOfDay(day);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** A day as a Date cell; text as typed (a secretary's "15/03/2026" or an impossible date); nothing as blank. */
export type DateValue = Day | string | undefined;
export const dateValue = (v: DateValue): Cell => (typeof v === 'number' ? dateCell(v) : (v ?? null));

export const DATE_FORMAT = 'dd/mm/yyyy';
export const MONEY_FORMAT = '"$"#,##0.00';
export const PERCENT_FORMAT = '0 %';

export interface Column<T> {
  header: string;
  value: (record: T) => Cell;
  format?: string;
  width?: number;
}

export interface SheetSpec {
  name: string;
  /** Lines above the header row (a school's title), each in column A. */
  titleRows?: string[];
  headers: string[];
  /** Data rows; an empty array is a blank row. */
  rows: Cell[][];
  formats?: (string | undefined)[];
  widths?: (number | undefined)[];
}

/** A sheet of records, one column per field: the shape every demo and fixture sheet has. */
export function tableSheet<T>(name: string, records: T[], columns: Column<T>[], titleRows?: string[]): SheetSpec {
  return {
    name,
    titleRows,
    headers: columns.map((c) => c.header),
    rows: records.map((r) => columns.map((c) => c.value(r))),
    formats: columns.map((c) => c.format),
    widths: columns.map((c) => c.width),
  };
}

/** Adds a sheet as an office would have it: bold frozen headers with a filter, formats per column. */
export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const titles = spec.titleRows ?? [];
  const headerRow = titles.length + 1;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  titles.forEach((t, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = t === '' ? null : t;
    cell.font = { bold: true, size: i === 0 ? 13 : 11 };
  });
  const header = sheet.getRow(headerRow);
  header.values = spec.headers;
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  spec.rows.forEach((values, i) => {
    if (values.length) sheet.getRow(headerRow + 1 + i).values = values as ExcelJS.CellValue[];
  });
  spec.headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = spec.widths?.[i] ?? Math.min(40, Math.max(10, h.length + 2));
    const format = spec.formats?.[i];
    if (format) for (let r = headerRow + 1; r <= headerRow + spec.rows.length; r++) sheet.getCell(r, i + 1).numFmt = format;
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: spec.headers.length } };
  return sheet;
}

/** A workbook whose document properties carry no clock, so the same content gives the same file. */
export function newWorkbook(description: string, day: Day): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const stamp = dateCell(day);
  workbook.creator = 'Secretaría escolar (datos inventados)';
  workbook.lastModifiedBy = 'Secretaría escolar';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.description = description;
  return workbook;
}

const ZIP_DATE = new Date(Date.UTC(2026, 0 /* Jan */, 1));

/**
 * The .xlsx bytes of a workbook, byte-for-byte the same for the same content: exceljs stamps every
 * zip entry with the current time, so the entries are packed again with one fixed date.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const packed = new JSZip();
  for (const entry of Object.values(written.files)) {
    if (!entry.dir) packed.file(entry.name, await entry.async('uint8array'), { date: ZIP_DATE, createFolders: false });
  }
  return packed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await workbookBytes(workbook));
}

// ---------------------------------------------------------------------------------------------
// Students of a Mexican bachillerato (reglamento, seed 004)

export const SUBJECTS = ['Matemáticas', 'Química', 'Inglés', 'Física', 'Biología', 'Historia de México', 'Literatura', 'Informática'];

export const STUDY_PLANS = {
  general: 'Bachillerato General',
  mixto: 'Bachillerato General (mixto)',
  programacion: 'Bachillerato Tecnológico en Programación',
  contabilidad: 'Bachillerato Tecnológico en Contabilidad',
} as const;
type StudyPlan = keyof typeof STUDY_PLANS;

const MONTHLY_FEE: Record<StudyPlan, number> = { general: 3150, mixto: 2400, programacion: 3450, contabilidad: 3300 };

export interface Student {
  matricula: string;
  nombre: string;
  grupo: string;
  semestre: number;
  planEstudios: string;
  inscripcion: DateValue;
  /** One per SUBJECTS entry: a number, a text with decimal comma, NP or SD. */
  grades: Cell[];
  promedio: Cell;
  asistencias: number;
  sesiones: number;
  sesionesSemestre: number;
  justificadas: number;
  planBeca: Cell;
  criterio: Cell;
  materiasAdeudadas: number;
  adeudoColegiatura: string;
  horasServicio: Cell;
  colegiatura: Cell;
  formaPago: string;
}

const FIRST_NAMES = [
  'María José', 'Sofía', 'Valentina', 'Ximena', 'Renata', 'Camila', 'Regina', 'Fátima', 'Lucía', 'Inés', 'Mónica', 'Verónica',
  'Zoé', 'Andrea', 'Daniela', 'Itzel', 'Citlali', 'Mariana', 'Paulina', 'Begoña', 'Ángela', 'Noemí', 'Araceli', 'Yaretzi',
  'José Ángel', 'Jesús', 'Ramón', 'Rubén', 'Andrés', 'Martín', 'Joaquín', 'Sebastián', 'Damián', 'Aarón', 'Julián', 'Nicolás',
  'Matías', 'Íñigo', 'Noé', 'Emiliano', 'Santiago', 'Diego', 'Leonardo', 'Héctor', 'Óscar', 'Iván', 'Tomás', 'Efraín',
];

const SURNAMES = [
  'Hernández', 'García', 'Martínez', 'López', 'González', 'Pérez', 'Rodríguez', 'Sánchez', 'Ramírez', 'Cruz', 'Flores', 'Gómez',
  'Morales', 'Vázquez', 'Jiménez', 'Reyes', 'Díaz', 'Torres', 'Gutiérrez', 'Ruiz', 'Mendoza', 'Aguilar', 'Ortiz', 'Castillo',
  'Romero', 'Álvarez', 'Méndez', 'Chávez', 'Rivera', 'Juárez', 'Domínguez', 'Herrera', 'Medina', 'Velázquez', 'Muñoz', 'Peña',
  'Núñez', 'Ibáñez', 'Zúñiga', 'Saldaña', 'Montaño', 'Ordóñez', 'Yáñez', 'Cañedo', 'Córdoba', 'Solís', 'Ávila', 'Bermúdez',
];

/** The student whose name proves the sidebar shows sheet data as text, never as HTML. */
export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

/** The deliberately bad cells of the demo, so the add-on's «Error: …» texts have something to explain. */
export const DEMO_BAD_CELLS = [
  { sheet: 'Alumnos', header: 'Promedio', value: 'ocho' },
  { sheet: 'Alumnos', header: 'Fecha de inscripción', value: '31/02/2026' },
  { sheet: 'Alumnos', header: 'Plan de beca', value: 'IX' },
  { sheet: 'Compromisos', header: 'Fecha límite', value: '30/02/2026' },
] as const;

/** How a secretary writes each plan: mostly the roman numeral, sometimes its name or "Plan …". */
const PLAN_SPELLINGS: Record<Plan, string[]> = {
  I: ['I', 'I', 'I', 'Plan I', 'Continuidad'],
  II: ['II', 'II', 'Excelencia'],
  III: ['III', 'Plan III', 'Académica'],
  IV: ['IV', 'IV', 'Parentesco'],
  V: ['V', 'V', 'Plan V'],
  VI: ['VI', 'VI', 'Personal'],
  VII: ['VII', 'VII', 'Deportiva'],
  VIII: ['VIII', 'VIII', 'Plan VIII'],
};

const PLAN_WEIGHTS: [Plan, number][] = [['I', 30], ['II', 6], ['III', 8], ['IV', 18], ['V', 7], ['VI', 9], ['VII', 9], ['VIII', 5]];

/** The criterio each plan asks for (Cap. XI, Art. 2), written the several ways offices write it. */
function criterionFor(plan: Plan, semestre: number, rnd: Random): Cell {
  switch (plan) {
    case 'I':
      return rnd.weighted([['Sí', 8], ['si', 2], ['SI', 1], ['x', 1], ['No', 2]]);
    case 'II':
      return semestre <= 2 ? 'Delfín' : rnd.weighted<Cell>([[1, 6], ['1°', 2], [2, 1]]);
    case 'III':
      return rnd.pick(['1°', 2, '3er lugar', 3, 5]);
    case 'IV':
      return rnd.weighted([['Mismo sistema', 6], ['escolarizado', 2], ['No escolarizado', 2]]);
    case 'V':
    case 'VII':
      return rnd.pick(['25 %', '30%', 0.4, '50 %', '35 %']);
    case 'VI':
      return rnd.int(1, 18);
    default:
      return null;
  }
}

/** The ability a plan's holders plausibly have: becas of excellence go to the best averages. */
function abilityFor(plan: Plan | undefined, rnd: Random): number {
  if (plan === 'II') return 9.55 + rnd.next() * 0.45;
  if (plan === 'III') return 8.6 + rnd.next() * 1.3;
  if (plan === 'I') return 7.6 + rnd.next() * 2.2;
  return 5.6 + 4.3 * ((rnd.next() + rnd.next() + rnd.next()) / 3);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The semesters running on a day: odd ones from August to January, even ones from February to July. */
function currentSemesters(today: Day): { semesters: number[]; schoolYear: number; start: Day } {
  const { year, month } = partsOfDay(today);
  const odd = month >= 8 || month === 1;
  const schoolYear = month >= 8 ? year : year - 1;
  const startMonth = odd ? 8 : 2;
  const startYear = odd ? schoolYear : schoolYear + 1;
  return { semesters: odd ? [1, 3, 5] : [2, 4, 6], schoolYear, start: dayFromParts(startYear, startMonth, 17) };
}

export function generateStudents(count: number, today: Day, rnd: Random): Student[] {
  if (!Number.isInteger(count) || count < 20) throw new RangeError(`La demostración necesita al menos 20 alumnos (se pidieron ${count}).`);
  const { semesters, schoolYear, start } = currentSemesters(today);
  const groups: { grupo: string; semestre: number; plan: StudyPlan; sesiones: number }[] = [
    { grupo: `${semesters[0]}A`, semestre: semesters[0], plan: 'general', sesiones: 80 },
    { grupo: `${semesters[0]}B`, semestre: semesters[0], plan: 'general', sesiones: 80 },
    { grupo: `${semesters[1]}A`, semestre: semesters[1], plan: 'general', sesiones: 80 },
    { grupo: `${semesters[1]}B`, semestre: semesters[1], plan: 'programacion', sesiones: 80 },
    { grupo: `${semesters[1]}M`, semestre: semesters[1], plan: 'mixto', sesiones: 48 },
    { grupo: `${semesters[2]}A`, semestre: semesters[2], plan: 'general', sesiones: 90 },
    { grupo: `${semesters[2]}B`, semestre: semesters[2], plan: 'contabilidad', sesiones: 90 },
    { grupo: `${semesters[2]}M`, semestre: semesters[2], plan: 'mixto', sesiones: 48 },
  ];
  // Every plan appears at least once, on students of the first groups (Plan III only exists in the first semesters).
  const coverage = new Map<number, Plan>((['III', 'I', 'II', 'IV', 'V', 'VI', 'VII', 'VIII'] as const).map((plan, i) => [i * 2, plan]));
  // The hostile name and the bad cells sit on odd rows, which the coverage above never takes.
  const odd = (k: number) => k | 1;
  const hostileAt = 3;
  const badAverageAt = odd(Math.floor(count / 3));
  const badDateAt = odd(Math.floor(count / 2));
  const badPlanAt = odd(Math.floor((2 * count) / 3));
  const seen = new Set<string>();
  const students: Student[] = [];
  for (let i = 0; i < count; i++) {
    const g = groups[Math.floor((i * groups.length) / count)];
    const entryYear = schoolYear - Math.ceil(g.semestre / 2) + 1;
    const becaShare = g.plan === 'mixto' ? 0.03 : 0.17;
    const plan = coverage.get(i) ?? (rnd.chance(becaShare) ? rnd.weighted(PLAN_WEIGHTS.filter(([p]) => p !== 'III' || g.semestre <= 2)) : undefined);

    let nombre: string;
    do nombre = `${rnd.pick(FIRST_NAMES)} ${rnd.pick(SURNAMES)} ${rnd.pick(SURNAMES)}`;
    while (seen.has(nombre));
    seen.add(nombre);

    const sesionesSemestre = g.sesiones;
    const sesiones = Math.round(sesionesSemestre * 0.8);
    const band = rnd.next();
    const absences = Math.min(sesiones, Math.round(sesiones * (band < 0.75 ? rnd.next() * 0.08 : band < 0.92 ? 0.08 + rnd.next() * 0.1 : 0.18 + rnd.next() * 0.17)));
    const justificadas = absences > 0 && rnd.chance(0.35) ? rnd.int(1, Math.min(absences, 6)) : 0;
    const asistencias = sesiones - absences;
    const withoutRight = asistencias + justificadas < 0.8 * sesiones;

    const ability = abilityFor(plan, rnd);
    const grades: Cell[] = SUBJECTS.map(() => {
      if (withoutRight && rnd.chance(0.35)) return 'SD';
      if (rnd.chance(0.008)) return 'NP';
      const raw = ability + (rnd.next() - 0.5) * 2.4;
      if (raw < 6) return 5;
      const grade = Math.min(10, rnd.chance(0.2) ? Math.round(raw * 2) / 2 : Math.round(raw));
      return !Number.isInteger(grade) && rnd.chance(0.12) ? String(grade).replace('.', ',') : grade;
    });
    const numeric = grades.map((c) => (typeof c === 'number' ? c : c === 'NP' || c === 'SD' ? 5 : Number(String(c).replace(',', '.'))));
    const promedio = round1(numeric.reduce((a, b) => a + b, 0) / numeric.length);

    const becado = plan !== undefined;
    const fee = MONTHLY_FEE[g.plan];
    students.push({
      matricula: `${String(entryYear % 100).padStart(2, '0')}${String(1001 + i).padStart(4, '0')}`,
      nombre: i === hostileAt ? HOSTILE_NAME : nombre,
      grupo: g.grupo,
      semestre: g.semestre,
      planEstudios: STUDY_PLANS[g.plan],
      inscripcion: start - rnd.int(3, 30),
      grades,
      promedio,
      asistencias,
      sesiones,
      sesionesSemestre,
      justificadas,
      planBeca: plan ? rnd.pick(PLAN_SPELLINGS[plan]) : null,
      criterio: plan ? criterionFor(plan, g.semestre, rnd) : null,
      materiasAdeudadas: g.semestre <= 2 ? 0 : rnd.weighted([[0, 80], [1, 13], [2, 5], [3, 1], [4, 1]]),
      adeudoColegiatura: rnd.chance(0.06) ? 'Sí' : 'No',
      horasServicio: becado && plan !== 'VI' ? (plan === 'II' && rnd.chance(0.6) ? rnd.int(25, 40) : rnd.int(0, 30)) : null,
      colegiatura: rnd.chance(0.02) ? `$${fee.toLocaleString('en-US')}.00` : fee,
      formaPago: rnd.weighted([['Mensual', 14], ['Pronto pago', 4], ['Pago anticipado', 2]]),
    });
  }
  students[badAverageAt].promedio = 'ocho';
  students[badDateAt].inscripcion = '31/02/2026';
  students[badPlanAt].planBeca = 'IX';
  students[badPlanAt].criterio = null;
  return students;
}

export const STUDENT_COLUMNS: Column<Student>[] = [
  { header: 'Matrícula', value: (s) => s.matricula, width: 11 },
  { header: 'Nombre del alumno', value: (s) => s.nombre, width: 34 },
  { header: 'Grupo', value: (s) => s.grupo, width: 8 },
  { header: 'Semestre', value: (s) => s.semestre, width: 9 },
  { header: 'Plan de estudios', value: (s) => s.planEstudios, width: 38 },
  { header: 'Fecha de inscripción', value: (s) => dateValue(s.inscripcion), format: DATE_FORMAT, width: 13 },
  ...SUBJECTS.map((subject, i): Column<Student> => ({ header: subject, value: (s) => s.grades[i], width: Math.max(9, subject.length + 1) })),
  { header: 'Promedio', value: (s) => s.promedio, format: '0.0', width: 10 },
  { header: 'Asistencias', value: (s) => s.asistencias, width: 11 },
  { header: 'Sesiones impartidas', value: (s) => s.sesiones, width: 11 },
  { header: 'Sesiones del semestre', value: (s) => s.sesionesSemestre, width: 11 },
  { header: 'Faltas justificadas', value: (s) => s.justificadas, width: 11 },
  { header: 'Plan de beca', value: (s) => s.planBeca, width: 12 },
  { header: 'Criterio de beca', value: (s) => s.criterio, width: 16 },
  { header: 'Materias adeudadas', value: (s) => s.materiasAdeudadas, width: 11 },
  { header: 'Adeudo de colegiatura', value: (s) => s.adeudoColegiatura, width: 11 },
  { header: 'Horas de servicio becario', value: (s) => s.horasServicio, width: 11 },
  { header: 'Colegiatura mensual', value: (s) => s.colegiatura, format: MONEY_FORMAT, width: 13 },
  { header: 'Forma de pago', value: (s) => s.formaPago, width: 15 },
];

// ---------------------------------------------------------------------------------------------
// Convenios of the school (seed 000): five stages, each with its product

export const STAGES = ['Planeación', 'Programación', 'Ejecución', 'Seguimiento', 'Evaluación'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * A convenio as its row is written: one value per field of the Convenios tracker. `producto` is a
 * link to the stage's product (Diagnóstico, Programa, Convenio firmado, Reporte, Informe); `fin` is a
 * day or "Indefinida"; the evaluation fields are filled in stage 5 only.
 */
export type Convenio = {
  [F in ConvenioField]: F extends 'firma' | 'inicio' | 'fin'
    ? DateValue
    : F extends 'etapa'
      ? Stage
      : F extends 'cumplimiento'
        ? number | undefined
        : F extends 'producto' | 'cobertura' | 'calidad' | 'pertinencia' | 'equidad'
          ? string | undefined
          : string;
};

const COUNTERPARTS: [contraparte: string, sector: string, apoyo: string, objeto: string][] = [
  ['Universidad Veracruzana, región Orizaba-Córdoba', 'educativo', 'intercambio académico', 'Intercambio académico de docentes y alumnos para talleres de ciencias'],
  ['Instituto Tecnológico de Orizaba', 'educativo', 'prácticas profesionales', 'Prácticas profesionales de los alumnos de Programación en los laboratorios del instituto'],
  ['Cruz Roja Mexicana, delegación Orizaba', 'social', 'servicio social', 'Servicio social de alumnos de quinto semestre en campañas de salud'],
  ['H. Ayuntamiento de Orizaba', 'público', 'actividades culturales, deportivas o recreativas', 'Uso de las instalaciones deportivas municipales para torneos escolares'],
  ['Fundación Educar para Crecer, A.C.', 'social', 'becas', 'Becas de transporte para alumnos de comunidades de la sierra'],
  ['Papelería y Librería del Centro, S.A. de C.V.', 'privado', 'equipo y material didáctico', 'Donación de material didáctico y descuento a alumnos'],
  ['Comisión del Agua del Estado de Veracruz, oficina Orizaba', 'público', 'agua', 'Mantenimiento de la cisterna y análisis de la calidad del agua del plantel'],
  ['Autotransportes del Valle de Orizaba, S.A. de C.V.', 'privado', 'transporte', 'Ruta escolar con tarifa preferente para alumnos'],
  ['DIF Municipal de Río Blanco', 'público', 'estadías', 'Estadías de alumnos de Contabilidad en el área administrativa'],
  ['Casa de la Cultura de Orizaba', 'público', 'intercambio cultural', 'Talleres de danza, teatro y música para alumnos'],
  ['Despacho Contable Ramírez y Asociados, S.C.', 'privado', 'prácticas profesionales', 'Prácticas de contabilidad fiscal para alumnos de quinto semestre'],
  ['Club Deportivo Pico de Orizaba, A.C.', 'privado', 'intercambio deportivo', 'Intercambio deportivo y préstamo de canchas'],
  ['Constructora Citlaltépetl, S.A. de C.V.', 'privado', 'infraestructura', 'Rehabilitación de sanitarios y rampas de acceso'],
  ['Escuela Secundaria General «Ignacio de la Llave»', 'educativo', 'intercambio académico', 'Difusión de la oferta educativa y curso propedéutico'],
  ['Biblioteca Municipal de Ixtaczoquitlán', 'público', 'actividades culturales, deportivas o recreativas', 'Círculos de lectura y préstamo de acervo'],
  ['Centro de Salud Urbano de Orizaba', 'público', 'servicio social', 'Jornadas de salud y vacunación en el plantel'],
  ['Cámara Nacional de Comercio, delegación Orizaba', 'privado', 'becas', 'Becas para hijos de empleados de empresas afiliadas (Plan VIII)'],
  ['Asociación de Padres de Familia del plantel', 'social', 'equipo y material didáctico', 'Equipamiento del laboratorio de cómputo'],
];

const SCHOOL_STAFF: [string, string][] = [
  ['Mtra. Guadalupe Córdoba Ruiz', 'guadalupe.cordoba@bachilleres-orizaba.example'],
  ['Lic. Arturo Méndez Solís', 'arturo.mendez@bachilleres-orizaba.example'],
  ['Ing. Karla Juárez Peña', 'karla.juarez@bachilleres-orizaba.example'],
  ['C.P. Rogelio Ávila Núñez', 'rogelio.avila@bachilleres-orizaba.example'],
];

const IMPACT: [string, number][] = [['Alta', 4], ['Media', 3], ['Baja', 1]];

/** A plausible link to a file in Drive; nothing is behind it. */
function driveLink(rnd: Random): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '1';
  for (let i = 0; i < 32; i++) id += alphabet[rnd.int(0, alphabet.length - 1)];
  return `https://drive.google.com/file/d/${id}/view`;
}

/**
 * One convenio per counterpart, in every stage. On purpose: one vigencia ended while the estado still
 * says Vigente, two end within the 90-day warning, one was signed eight months ago without a follow-up
 * report, and two stages lack their product.
 */
export function generateConvenios(today: Day, rnd: Random): Convenio[] {
  const stages = rnd.shuffle(
    (['Planeación', 'Planeación', 'Programación', 'Programación', 'Ejecución', 'Ejecución', 'Ejecución', 'Ejecución'] as Stage[]).concat(
      Array<Stage>(6).fill('Seguimiento'),
      Array<Stage>(4).fill('Evaluación'),
    ),
  );
  const signedAgo: Record<Stage, [number, number]> = {
    Planeación: [0, 0],
    Programación: [0, 0],
    Ejecución: [15, 150],
    Seguimiento: [200, 700],
    Evaluación: [500, 1100],
  };
  const convenios = COUNTERPARTS.map(([contraparte, sector, apoyo, objeto], i): Convenio => {
    const etapa = stages[i];
    const [responsable, correo] = rnd.pick(SCHOOL_STAFF);
    const tipo = rnd.chance(0.35) ? 'marco' : 'específico';
    const signed = etapa !== 'Planeación' && etapa !== 'Programación';
    const firma = signed ? today - rnd.int(...signedAgo[etapa]) : undefined;
    const inicio = firma === undefined ? undefined : firma + rnd.int(0, 20);
    const fin: DateValue = inicio === undefined ? undefined : tipo === 'marco' && rnd.chance(0.4) ? 'Indefinida' : addMonths(inicio, 12 * rnd.int(tipo === 'marco' ? 2 : 1, 3));
    const ended = typeof fin === 'number' && fin < today;
    const evaluated = etapa === 'Evaluación';
    return {
      numero: `CV-${partsOfDay(firma ?? today).year}-${String(i + 1).padStart(3, '0')}`,
      objeto,
      contraparte,
      sector,
      tipo,
      apoyo,
      etapa,
      producto: driveLink(rnd),
      firma,
      inicio,
      fin,
      responsable,
      correo,
      estado: !signed ? 'En preparación' : ended && evaluated ? 'Concluido' : 'Vigente',
      cumplimiento: evaluated ? rnd.int(12, 20) * 0.05 : undefined,
      cobertura: evaluated ? rnd.weighted(IMPACT) : undefined,
      calidad: evaluated ? rnd.weighted(IMPACT) : undefined,
      pertinencia: evaluated ? rnd.weighted(IMPACT) : undefined,
      equidad: evaluated ? rnd.weighted(IMPACT) : undefined,
    };
  });
  const inStage = (stage: Stage) => convenios.filter((c) => c.etapa === stage);
  const [followA, followB] = inStage('Seguimiento');
  const [execA, execB] = inStage('Ejecución');
  followA.fin = today + 45;
  followB.fin = today + 12;
  execA.fin = today - 20;
  execB.firma = today - 245;
  execB.inicio = today - 240;
  execB.fin = addMonths(today - 240, 24);
  inStage('Programación')[0].producto = undefined;
  inStage('Seguimiento')[2].producto = undefined;
  return convenios;
}

export const CONVENIO_COLUMNS: Column<Convenio>[] = [
  { header: 'Número', value: (c) => c.numero, width: 13 },
  { header: 'Objeto', value: (c) => c.objeto, width: 50 },
  { header: 'Contraparte', value: (c) => c.contraparte, width: 40 },
  { header: 'Sector', value: (c) => c.sector },
  { header: 'Tipo', value: (c) => c.tipo },
  { header: 'Tipo de apoyo', value: (c) => c.apoyo, width: 28 },
  { header: 'Etapa', value: (c) => c.etapa, width: 13 },
  { header: 'Enlace al producto', value: (c) => c.producto ?? null, width: 30 },
  { header: 'Fecha de firma', value: (c) => dateValue(c.firma), format: DATE_FORMAT, width: 12 },
  { header: 'Fecha de inicio', value: (c) => dateValue(c.inicio), format: DATE_FORMAT, width: 12 },
  { header: 'Fecha de fin', value: (c) => dateValue(c.fin), format: DATE_FORMAT, width: 12 },
  { header: 'Responsable', value: (c) => c.responsable, width: 28 },
  { header: 'Correo', value: (c) => c.correo, width: 36 },
  { header: 'Estado', value: (c) => c.estado, width: 14 },
  { header: 'Cumplimiento', value: (c) => c.cumplimiento ?? null, format: PERCENT_FORMAT },
  { header: 'Incidencia en cobertura', value: (c) => c.cobertura ?? null },
  { header: 'Incidencia en calidad', value: (c) => c.calidad ?? null },
  { header: 'Incidencia en pertinencia', value: (c) => c.pertinencia ?? null },
  { header: 'Incidencia en equidad', value: (c) => c.equidad ?? null },
];

// ---------------------------------------------------------------------------------------------
// The UGEL's schools and the commitments its allies made to them (seed 001)

/** A school of the II.EE. catalog as its row is written. */
export type School = Record<IieeField, string>;

const SCHOOLS: [nombre: string, nivel: string, zona: string, distrito: string][] = [
  ['I.E.I. N.° 372 Locumba', 'Inicial', 'urbana', 'Locumba'],
  ['I.E. N.° 42208 Locumba', 'Primaria', 'urbana', 'Locumba'],
  ['I.E. Coronel Gregorio Albarracín', 'Secundaria', 'urbana', 'Locumba'],
  ['I.E. N.° 42210 Sitana', 'Primaria', 'rural', 'Locumba'],
  ['I.E.I. N.° 405 Sitana', 'Inicial', 'rural', 'Locumba'],
  ['I.E. N.° 42212 Chipe', 'Primaria', 'rural', 'Locumba'],
  ['I.E. Señor de Locumba', 'Secundaria', 'rural', 'Locumba'],
  ['I.E.I. N.° 388 Ilabaya', 'Inicial', 'urbana', 'Ilabaya'],
  ['I.E. N.° 42220 Ilabaya', 'Primaria', 'urbana', 'Ilabaya'],
  ['I.E. Mariscal Ramón Castilla', 'Secundaria', 'urbana', 'Ilabaya'],
  ['I.E. N.° 42222 Mirave', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. N.° 42224 Cambaya', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. N.° 42226 Borogueña', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. N.° 42228 Vilalaca', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. Camilaca', 'Secundaria', 'rural', 'Ilabaya'],
  ['I.E.I. N.° 412 Toquepala', 'Inicial', 'rural', 'Ilabaya'],
  ['I.E. N.° 42230 Chejaya', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. Túpac Amaru de Cambaya', 'Secundaria', 'rural', 'Ilabaya'],
  ['I.E.I. N.° 360 Ite', 'Inicial', 'urbana', 'Ite'],
  ['I.E. N.° 42240 Ite', 'Primaria', 'urbana', 'Ite'],
  ['I.E. José Carlos Mariátegui', 'Secundaria', 'urbana', 'Ite'],
  ['I.E. N.° 42242 Pampa Baja', 'Primaria', 'rural', 'Ite'],
  ['I.E. N.° 42244 Alto Camiara', 'Primaria', 'rural', 'Ite'],
  ['I.E.I. N.° 421 Pampa Baja', 'Inicial', 'rural', 'Ite'],
  ['I.E. Las Palmeras', 'Secundaria', 'rural', 'Ite'],
  // Three schools no ally has reached yet, so the share of schools benefited is not 100 %.
  ['I.E. N.° 42232 Oconchay', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E.I. N.° 430 Chipe', 'Inicial', 'rural', 'Locumba'],
  ['I.E. N.° 42246 Santa Rosa de Ite', 'Primaria', 'rural', 'Ite'],
];

/** How many schools of the catalog have commitments; the rest wait for an ally. */
export const BENEFITED_SCHOOLS = 25;

/** The schools of the catalog with unique 7-digit códigos modulares (text, so the leading zero stays). */
export function generateSchools(rnd: Random): School[] {
  const codes = new Set<string>();
  return SCHOOLS.map(([nombre, nivel, zona, distrito]) => {
    let codigo: string;
    do codigo = `${rnd.pick(['0', '0', '1'])}${String(rnd.int(200000, 999999))}`;
    while (codes.has(codigo));
    codes.add(codigo);
    return { codigo, nombre, nivel, zona, distrito };
  });
}

export const STRATEGIES = ['SOGESAM', 'MEDIAT', 'ESYA', 'Adopto una escuela', 'Redes locales multisectoriales', 'Educhasquis al rescate', 'Guardianes del COMUSET'] as const;
type Strategy = (typeof STRATEGIES)[number];

const TASKS: Record<Strategy, string[]> = {
  SOGESAM: ['Financiar la compra de 30 carpetas unipersonales', 'Donar una computadora portátil por aula', 'Cofinanciar el cerco perimétrico', 'Instalar paneles solares en la dirección'],
  MEDIAT: ['Abastecer de agua con camión cisterna dos veces por semana', 'Trasladar a los estudiantes de los anexos (entrada y salida)', 'Reparar el camino de acceso a la institución', 'Instalar un tanque elevado de 1 100 litros'],
  ESYA: ['Reparar los servicios higiénicos', 'Cambiar las calaminas del aula de inicial', 'Acondicionar el comedor escolar', 'Instalar lavamanos en el patio'],
  'Adopto una escuela': ['Mantenimiento de jardines y áreas verdes', 'Pintado de carpetas y paredes', 'Reparación de puertas y ventanas', 'Faena de limpieza del local escolar'],
  'Redes locales multisectoriales': ['Campaña de salud bucal y desparasitación', 'Taller para familias sobre prevención de la violencia', 'Tamizaje de anemia a los estudiantes'],
  'Educhasquis al rescate': ['Visitar en su domicilio a los estudiantes en riesgo de abandono', 'Acompañar el retorno de los estudiantes que dejaron de asistir', 'Llevar material de lectura a los anexos'],
  'Guardianes del COMUSET': ['Ronda de seguridad en el horario de salida', 'Charla de prevención del consumo de drogas', 'Verificar en la II.EE. el avance de los compromisos'],
};

interface Ally {
  nombre: string;
  sector: string;
  strategies: Strategy[];
  people: [string, string][];
}

/** Eight allies; Teófilo Cutipa's address lacks its domain ending, as it was typed in the acta. */
const ALLIES: Ally[] = [
  { nombre: 'Municipalidad Provincial Jorge Basadre', sector: 'público', strategies: ['SOGESAM', 'MEDIAT', 'Redes locales multisectoriales'], people: [['Ing. Walter Quispe Mamani', 'wquispe@munijorgebasadre.example'], ['Lic. Rosa Condori Ticona', 'rcondori@munijorgebasadre.example']] },
  { nombre: 'Municipalidad Distrital de Ilabaya', sector: 'público', strategies: ['ESYA', 'MEDIAT'], people: [['Arq. Julio Chambilla Flores', 'jchambilla@muniilabaya.example']] },
  { nombre: 'Ejército del Perú, Batallón de Ingeniería', sector: 'público', strategies: ['Adopto una escuela'], people: [['Cap. Renzo Salas Vargas', 'rsalas@ejercito.example']] },
  { nombre: 'Centro de Salud Locumba', sector: 'público', strategies: ['Redes locales multisectoriales', 'Guardianes del COMUSET'], people: [['Obst. Maritza Apaza Coaquira', 'mapaza@saludlocumba.example']] },
  { nombre: 'Minera Sur Andino S.A.', sector: 'privado', strategies: ['SOGESAM', 'ESYA'], people: [['Ing. Carlos Zegarra Núñez', 'czegarra@surandino.example'], ['Lic. Patricia Ordóñez Ríos', 'pordonez@surandino.example']] },
  { nombre: 'Comisaría PNP Locumba', sector: 'público', strategies: ['Guardianes del COMUSET'], people: [['SO1 Edwin Mamani Choque', 'emamani@pnp.example']] },
  { nombre: 'Asociación Aldea Solidaria', sector: 'social', strategies: ['Educhasquis al rescate', 'Redes locales multisectoriales'], people: [['Lic. Nelly Ccama Huanca', 'nccama@aldeasolidaria.example']] },
  { nombre: 'Junta de Usuarios de Riego Locumba', sector: 'social', strategies: ['MEDIAT', 'ESYA'], people: [['Sr. Teófilo Cutipa Ramos', 'tcutipa@riegolocumba']] },
];

/** The addresses in the demo that no mail server accepts: one missing its domain ending, one missing the @. */
export const INVALID_EMAILS = ['tcutipa@riegolocumba', 'rcondori.munijorgebasadre.example'];

/** A commitment as its row is written: one value per field of the Compromisos tracker. */
export type Commitment = { [F in CompromisoField]: F extends 'fechaLimite' | 'fechaCumplimiento' ? DateValue : string };

const OPEN_STATES: [string, number][] = [['Pendiente', 12], ['En proceso', 8], ['EN PROCESO', 1], ['pendiente', 1]];
const EVIDENCE = ['Acta de entrega firmada', 'Fotografías en la carpeta compartida', 'Informe N.° 014-2026-UGEL JB', 'Constancia de la dirección de la II.EE.'];

/** Days from the reference day that the reminder ladder (30, 15, 7, 1, 0) and the weekly overdue repeat must meet. */
export const LADDER_OFFSETS = [0, 0, 1, 1, 7, 7, 15, 15, 30, 30, -7, -14];

/**
 * Commitments of the eight allies to 25 schools of the catalog, with deadlines spread around `today`: overdue,
 * on each step of the reminder ladder, later; some fulfilled or cancelled, two without a date, one
 * impossible date, some dates typed as text.
 */
export function generateCommitments(count: number, schools: School[], today: Day, rnd: Random): Commitment[] {
  const year = partsOfDay(today).year;
  const noDate = new Set([count - 5, count - 9]);
  const badDateAt = Math.floor(count / 2);
  const benefited = schools.slice(0, BENEFITED_SCHOOLS);
  const records = Array.from({ length: count }, (_, i): Omit<Commitment, 'numero'> => {
    const school = i < benefited.length ? benefited[i] : rnd.pick(benefited);
    const ally = i < ALLIES.length ? ALLIES[i] : rnd.pick(ALLIES);
    const estrategia = rnd.pick(ally.strategies);
    const [responsable, correo] = rnd.pick(ally.people);
    const kind = i < LADDER_OFFSETS.length ? 'ladder' : rnd.weighted([['vencido', 12], ['proximo', 12], ['posterior', 34], ['cumplido', 36], ['cancelado', 5]] as const);
    let limit: Day;
    let estado = rnd.weighted(OPEN_STATES);
    let fechaCumplimiento: DateValue;
    let evidencia = '';
    switch (kind) {
      case 'ladder':
        limit = today + LADDER_OFFSETS[i];
        break;
      case 'vencido':
        limit = today - rnd.int(1, 120);
        break;
      case 'proximo':
        limit = today + rnd.int(0, 30);
        break;
      case 'posterior':
        limit = today + rnd.int(31, 300);
        break;
      case 'cumplido':
        limit = today + rnd.int(-200, 120);
        estado = rnd.chance(0.1) ? 'cumplido' : 'Cumplido';
        fechaCumplimiento = Math.min(today - rnd.int(0, 3), limit + rnd.int(-25, 10));
        evidencia = rnd.chance(0.4) ? driveLink(rnd) : rnd.pick(EVIDENCE);
        break;
      case 'cancelado':
        limit = today + rnd.int(-90, 90);
        estado = 'Cancelado';
        evidencia = 'El aliado retiró el compromiso en la mesa de seguimiento';
        break;
    }
    const fechaLimite: DateValue = noDate.has(i) ? undefined : i === badDateAt ? '30/02/2026' : rnd.chance(0.05) ? formatDay(limit) : limit;
    return {
      convenio: estrategia === 'MEDIAT' ? `Mesa de diálogo ${school.distrito}, acta N.° ${rnd.int(1, 6)}-${year}` : `Convenio N.° ${String(ALLIES.indexOf(ally) + 1).padStart(3, '0')}-${year - 1}-UGEL JB`,
      estrategia,
      aliado: ally.nombre,
      sector: ally.sector,
      iiee: school.nombre,
      compromiso: rnd.pick(TASKS[estrategia]),
      responsable,
      correo: correo === 'rcondori@munijorgebasadre.example' && i === count - 1 ? INVALID_EMAILS[1] : correo,
      fechaLimite,
      estado,
      fechaCumplimiento,
      evidencia,
    };
  });
  const rosa = records.findIndex((r, i) => i >= LADDER_OFFSETS.length && r.responsable === 'Lic. Rosa Condori Ticona');
  if (rosa >= 0) records[rosa].correo = INVALID_EMAILS[1];
  return rnd.shuffle(records).map((r, i) => ({ numero: `C-${String(i + 1).padStart(3, '0')}`, ...r }));
}

export const COMMITMENT_COLUMNS: Column<Commitment>[] = [
  { header: 'N.°', value: (c) => c.numero, width: 8 },
  { header: 'Convenio o mesa de diálogo', value: (c) => c.convenio, width: 36 },
  { header: 'Estrategia', value: (c) => c.estrategia, width: 26 },
  { header: 'Aliado', value: (c) => c.aliado, width: 36 },
  { header: 'Sector', value: (c) => c.sector },
  { header: 'II.EE. beneficiaria', value: (c) => c.iiee, width: 32 },
  { header: 'Compromiso', value: (c) => c.compromiso, width: 50 },
  { header: 'Responsable', value: (c) => c.responsable, width: 28 },
  { header: 'Correo', value: (c) => c.correo, width: 34 },
  { header: 'Fecha límite', value: (c) => dateValue(c.fechaLimite), format: DATE_FORMAT, width: 12 },
  { header: 'Estado', value: (c) => c.estado, width: 12 },
  { header: 'Fecha de cumplimiento', value: (c) => dateValue(c.fechaCumplimiento), format: DATE_FORMAT, width: 12 },
  { header: 'Evidencia', value: (c) => c.evidencia || null, width: 40 },
];

export const SCHOOL_COLUMNS: Column<School>[] = [
  { header: 'Código modular', value: (s) => s.codigo, width: 12 },
  { header: 'Nombre de la II.EE.', value: (s) => s.nombre, width: 34 },
  { header: 'Nivel', value: (s) => s.nivel },
  { header: 'Zona', value: (s) => s.zona },
  { header: 'Distrito', value: (s) => s.distrito },
];

// ---------------------------------------------------------------------------------------------
// The demo workbook

/** The reference day: the one given (aaaa-mm-dd or dd/mm/aaaa), or today in Mexico City. */
export function referenceDay(today?: string): Day {
  if (today === undefined) return dayOfDate(new Date(), DEMO_TIME_ZONE);
  const day = parseDate(today, DEMO_TIME_ZONE);
  if (!day.ok) throw new RangeError(`La fecha de referencia «${today}» no es válida: se esperaba aaaa-mm-dd o dd/mm/aaaa.`);
  return day.value;
}

/** Sheets Alumnos, Convenios, Compromisos and II.EE.; each sheet draws from its own stream, so more students leave the commitments as they were. */
export function buildDemoWorkbook(options: DemoOptions = {}): ExcelJS.Workbook {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = referenceDay(options.today);
  const students = generateStudents(options.students ?? DEFAULT_STUDENTS, today, seededRandom(seed));
  const convenios = generateConvenios(today, seededRandom(seed + 1));
  const schools = generateSchools(seededRandom(seed + 2));
  const commitments = generateCommitments(DEFAULT_COMMITMENTS, schools, today, seededRandom(seed + 3));
  const workbook = newWorkbook(`Datos inventados para la demostración. Semilla ${seed}; fechas relativas al ${isoDay(today)}.`, today);
  workbook.title = 'Escuela de demostración';
  addSheet(workbook, tableSheet('Alumnos', students, STUDENT_COLUMNS));
  addSheet(workbook, tableSheet('Convenios', convenios, CONVENIO_COLUMNS));
  addSheet(workbook, tableSheet('Compromisos', commitments, COMMITMENT_COLUMNS));
  addSheet(workbook, tableSheet('II.EE.', schools, SCHOOL_COLUMNS));
  return workbook;
}

/** Writes the demo workbook to `path`; the same options give the same bytes. */
export async function generateDemo(path: string, options?: DemoOptions): Promise<void> {
  await writeWorkbook(buildDemoWorkbook(options), path);
}
