// The demo workbook (examples/escuela-demo.xlsx): invented students, convenios, commitments and schools, the same for the same seed.
import ExcelJS from 'exceljs';
import { Day, dayOfDate, isoDay } from '../../src/core/dates';
import { parseDate } from '../../src/core/parse';
import { addSheet, newWorkbook, tableSheet, writeWorkbook } from '../workbook';
import { COMMITMENT_COLUMNS, generateCommitments } from './commitments';
import { CONVENIO_COLUMNS, generateConvenios } from './convenios';
import { generatePagos, pagosSheet } from './pagos';
import { generatePeriodRows, periodSheet } from './periodo';
import { seededRandom } from './random';
import { SCHOOL_COLUMNS, generateSchools } from './schools';
import { STUDENT_COLUMNS, generateStudents } from './students';

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

/** The reference day: the one given (aaaa-mm-dd or dd/mm/aaaa), or today in Mexico City. */
export function referenceDay(today?: string): Day {
  if (today === undefined) return dayOfDate(new Date(), DEMO_TIME_ZONE);
  const day = parseDate(today, DEMO_TIME_ZONE);
  if (!day.ok) throw new RangeError(`La fecha de referencia «${today}» no es válida: se esperaba aaaa-mm-dd o dd/mm/aaaa.`);
  return day.value;
}

/** Sheets Alumnos, Convenios, Compromisos, II.EE., Pagos and Calificaciones del periodo; each sheet draws from its own stream, so more students leave the commitments as they were. */
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
  addSheet(workbook, pagosSheet(generatePagos(students, today, seededRandom(seed + 4)), today));
  addSheet(workbook, periodSheet(generatePeriodRows(students, today, seededRandom(seed + 5))));
  return workbook;
}

/** Writes the demo workbook to `path`; the same options give the same bytes. */
export async function generateDemo(path: string, options?: DemoOptions): Promise<void> {
  await writeWorkbook(buildDemoWorkbook(options), path);
}
