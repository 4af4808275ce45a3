// Test workbooks: small record factories, and the fixture files of offices whose sheets were not made for the add-on.
import ExcelJS from 'exceljs';
import { Day, formatDay } from '../src/core/dates';
import { Cell } from '../src/core/parse';
import { referenceDay } from './demo';
import { COMMITMENT_COLUMNS, Commitment } from './demo/commitments';
import { Student } from './demo/students';
import { Column, DATE_FORMAT, SheetSpec, addSheet, dateValue, newWorkbook, tableSheet } from './workbook';

/** The day the fixtures' dates are relative to: tests pass it as «hoy». */
export const FIXTURE_TODAY = '2026-03-16';
const TODAY: Day = referenceDay(FIXTURE_TODAY);

/** A workbook of the given sheets, with fixed document properties (same content, same bytes). */
export function workbookOf(sheets: SheetSpec[], description = 'Libro de prueba con datos inventados.'): ExcelJS.Workbook {
  const workbook = newWorkbook(description, TODAY);
  for (const sheet of sheets) addSheet(workbook, sheet);
  return workbook;
}

/** A student with ordinary values; tests override what they are about. */
export function student(overrides: Partial<Student> = {}): Student {
  return {
    matricula: '261001',
    nombre: 'Ana Sofía Hernández Peña',
    grupo: '1A',
    semestre: 1,
    planEstudios: 'Bachillerato General',
    inscripcion: TODAY - 60,
    grades: [8, 9, 7, 8, 9, 10, 8, 9],
    promedio: 8.5,
    asistencias: 60,
    sesiones: 64,
    sesionesSemestre: 80,
    justificadas: 0,
    planBeca: null,
    criterio: null,
    materiasAdeudadas: 0,
    adeudoColegiatura: 'No',
    horasServicio: null,
    colegiatura: 3150,
    formaPago: 'Mensual',
    ...overrides,
  };
}

/** A pending commitment due a week after FIXTURE_TODAY; tests override what they are about. */
export function commitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    numero: 'C-001',
    convenio: 'Mesa de diálogo Ilabaya, acta N.° 2-2026',
    estrategia: 'MEDIAT',
    aliado: 'Municipalidad Distrital de Ilabaya',
    sector: 'público',
    iiee: 'I.E. N.° 42222 Mirave',
    compromiso: 'Abastecer de agua con camión cisterna dos veces por semana',
    responsable: 'Arq. Julio Chambilla Flores',
    correo: 'jchambilla@muniilabaya.example',
    fechaLimite: TODAY + 7,
    estado: 'Pendiente',
    fechaCumplimiento: undefined,
    evidencia: '',
    ...overrides,
  };
}

/** A Compromisos sheet with the demo's headers, for tests that need a tracker of a few rows. */
export function commitmentsWorkbook(commitments: Commitment[], sheetName = 'Compromisos'): ExcelJS.Workbook {
  return workbookOf([tableSheet(sheetName, commitments, COMMITMENT_COLUMNS)]);
}

/** Blank rows between groups of `every` data rows, as offices leave them to separate blocks. */
export function withBlankRows(spec: SheetSpec, every: number): SheetSpec {
  const rows: Cell[][] = [];
  spec.rows.forEach((row, i) => {
    if (i > 0 && i % every === 0) rows.push([]);
    rows.push(row);
  });
  return { ...spec, rows };
}

// ---------------------------------------------------------------------------------------------
// otra-escuela-comas-decimales.xlsx: another school's grade book

/** A grade as that school's system exports it: text with a decimal comma ("8,5", "9"). */
const commaText = (v: Cell): Cell => (typeof v === 'number' ? String(v).replace('.', ',') : v);

const OTHER_SCHOOL_SUBJECTS = ['Matemáticas III', 'Química I', 'Inglés III', 'Física I', 'Biología I', 'Historia de México II', 'Literatura II', 'Informática III'];

const OTHER_SCHOOL_COLUMNS: Column<Student & { no: number }>[] = [
  { header: 'No.', value: (s) => s.no, width: 5 },
  { header: 'Alumno(a)', value: (s) => s.nombre, width: 32 },
  ...OTHER_SCHOOL_SUBJECTS.map((subject, i): Column<Student & { no: number }> => ({ header: subject, value: (s) => commaText(s.grades[i]) })),
  { header: 'Prom. gral.', value: (s) => commaText(s.promedio) },
  { header: 'Asist.', value: (s) => s.asistencias, width: 7 },
  { header: 'Ses.', value: (s) => s.sesiones, width: 6 },
  { header: 'Faltas just.', value: (s) => s.justificadas, width: 8 },
  { header: 'Tipo de beca', value: (s) => s.planBeca, width: 14 },
  { header: 'Crit.', value: (s) => s.criterio, width: 14 },
  { header: 'Adeudos', value: (s) => s.materiasAdeudadas, width: 8 },
];

type GradeLine = [nombre: string, grades: string, promedio: number, asistencias: number, sesiones: number, justificadas: number, beca: Cell, criterio: Cell, adeudos: number];

/** Grades are written space-separated with decimal commas, NP and SD, as the school's export has them. */
const OTHER_SCHOOL: Record<string, GradeLine[]> = {
  '3A Vespertino': [
    ['Acosta Bravo Luis Fernando', '8 8,5 7 9 8 7,5 8 9', 8.1, 70, 72, 0, 'Continuidad', 'sí', 0],
    ['Beltrán Ortega Ximena', '9,5 10 9,5 10 9,5 9,5 10 9,5', 9.7, 71, 72, 1, 'Excelencia', 'Delfín', 0],
    ['Cárdenas Ruiz José Ángel', '5 6 NP 7 6 5 6,5 7', 5.9, 50, 72, 3, '', '', 1],
    ['Domínguez Peña Sofía', '7 7,5 8 6 7 8 7 7,5', 7.3, 58, 72, 0, 'Beca de parentesco', 'escolarizado', 0],
    ['Espinoza Núñez Iñaki', '6 5 5 6 7 5 6 6', 5.8, 55, 72, 2, '', '', 2],
    ['Fuentes Ibáñez Regina', '10 9 9,5 9 10 9 9,5 10', 9.5, 72, 72, 0, 'Académica', '2° lugar', 0],
    ['Gallegos Ordóñez Martín', 'SD SD 5 SD 6 SD 5 SD', 5.1, 40, 72, 4, '', '', 3],
    ['Herrera Zúñiga Paulina', '8,5 8 9 8,5 9 8 8,5 9', 8.6, 66, 72, 2, 'Plan VI', '7', 0],
  ],
  '5B Vespertino': [
    ['Ibarra Montaño Diego', '7 8 7,5 8 7 8 7,5 8', 7.6, 80, 85, 0, '', '', 0],
    ['Juárez Saldaña Valeria', '9 9,5 9 9 9,5 9 9 9,5', 9.2, 84, 85, 1, 'Deportiva', '35 %', 0],
    ['López Cañedo Emiliano', '6 6,5 5 6 7 6 6 5', 5.9, 68, 85, 0, '', '', 1],
    ['Martínez Yáñez Camila', '8 8 8,5 8 9 8 8 8,5', 8.3, 77, 85, 4, 'Protección y ayuda mutua', '25%', 0],
    ['Navarro Bermúdez Óscar', '5 5 6 NP 5 6 5 5', 5.3, 60, 85, 0, '', '', 2],
    ['Olvera Solís Fátima', '10 10 9,5 10 10 9,5 10 10', 9.9, 85, 85, 0, 'Excelencia', '1', 0],
  ],
};

const readGrade = (g: string): Cell => (g === 'NP' || g === 'SD' ? g : Number(g.replace(',', '.')));

/**
 * A grade book another school keeps: sheets named for the group, a title above the headers, short
 * headers ("Prom. gral.", "Asist.", "Ses.", "Faltas just.", "Tipo de beca", "Crit."), every grade
 * as text with a decimal comma, blank rows between blocks, and a sheet of notes with no table.
 */
export function otraEscuelaComasDecimales(): ExcelJS.Workbook {
  const sheets = Object.entries(OTHER_SCHOOL).map(([name, lines]) => {
    const students = lines.map(([nombre, grades, promedio, asistencias, sesiones, justificadas, planBeca, criterio, materiasAdeudadas], i) => ({
      ...student({ nombre, grades: grades.split(' ').map(readGrade), promedio, asistencias, sesiones, justificadas, planBeca, criterio, materiasAdeudadas }),
      no: i + 1,
    }));
    const titles = ['ESCUELA PREPARATORIA PARTICULAR «JUSTO SIERRA»', `Calificaciones finales, semestre agosto 2025 – enero 2026, grupo ${name}`, ''];
    return withBlankRows(tableSheet(name, students, OTHER_SCHOOL_COLUMNS, titles), 4);
  });
  const notes: SheetSpec = { name: 'Notas', headers: ['Pendientes de la dirección'], rows: [['Entregar boletas el viernes 30 de enero'], ['Revisar las becas de parentesco con administración']] };
  return workbookOf([...sheets, notes], 'Libro de otra escuela, no hecho para el complemento.');
}

// ---------------------------------------------------------------------------------------------
// compromisos-otros-encabezados.xlsx: a UGEL's matrix with its own headers

const OTHER_HEADERS_COLUMNS: Column<Commitment>[] = [
  { header: 'N°', value: (c) => c.numero, width: 5 },
  { header: 'Mesa de diálogo', value: (c) => c.convenio, width: 32 },
  { header: 'Estrategia COMUSET', value: (c) => c.estrategia, width: 22 },
  { header: 'Aliado estratégico', value: (c) => c.aliado, width: 34 },
  { header: 'Sector', value: (c) => c.sector },
  { header: 'Institución educativa', value: (c) => c.iiee, width: 30 },
  { header: 'Compromiso asumido', value: (c) => c.compromiso, width: 46 },
  { header: 'Encargado', value: (c) => c.responsable, width: 28 },
  { header: 'Responsable (correo)', value: (c) => c.correo, width: 32 },
  { header: 'Fecha compromiso', value: (c) => dateValue(c.fechaLimite), format: DATE_FORMAT, width: 12 },
  { header: 'Situación', value: (c) => c.estado, width: 12 },
  { header: 'Fecha de ejecución', value: (c) => dateValue(c.fechaCumplimiento), format: DATE_FORMAT, width: 12 },
  { header: 'Medio de verificación', value: (c) => c.evidencia || null, width: 30 },
];

const WALTER: Partial<Commitment> = { aliado: 'Municipalidad Provincial Jorge Basadre', responsable: 'Ing. Walter Quispe Mamani', correo: 'wquispe@munijorgebasadre.example' };
const MARITZA: Partial<Commitment> = {
  aliado: 'Centro de Salud Locumba',
  responsable: 'Obst. Maritza Apaza Coaquira',
  correo: 'mapaza@saludlocumba.example',
  estrategia: 'Redes locales multisectoriales',
  compromiso: 'Campaña de salud bucal y desparasitación',
};

/**
 * The commitments of fixture compromisos-otros-encabezados.xlsx, relative to FIXTURE_TODAY: overdue
 * by 30, 7 and 1 days; due in 0, 1, 3 (typed as text), 5, 7, 15, 30 and 45 days; one fulfilled, one
 * cancelled, one without a date; one address without its domain ending.
 */
export const OTHER_HEADERS_COMMITMENTS: Commitment[] = [
  commitment({ numero: '1', fechaLimite: TODAY - 30, ...WALTER, compromiso: 'Reparar el camino de acceso a la institución' }),
  commitment({ numero: '2', fechaLimite: TODAY - 7, estado: 'En proceso' }),
  commitment({ numero: '3', fechaLimite: TODAY - 1, ...MARITZA, compromiso: 'Tamizaje de anemia a los estudiantes' }),
  commitment({ numero: '4', fechaLimite: TODAY, iiee: 'I.E. N.° 42224 Cambaya', compromiso: 'Instalar un tanque elevado de 1 100 litros' }),
  commitment({ numero: '5', fechaLimite: TODAY + 1, estado: 'en proceso', ...WALTER }),
  commitment({ numero: '6', fechaLimite: TODAY + 7, ...MARITZA, iiee: 'I.E. Señor de Locumba' }),
  commitment({ numero: '7', fechaLimite: TODAY + 15, iiee: 'I.E. N.° 42226 Borogueña' }),
  commitment({ numero: '8', fechaLimite: TODAY + 30, ...WALTER, estrategia: 'SOGESAM', compromiso: 'Cofinanciar el cerco perimétrico' }),
  commitment({ numero: '9', fechaLimite: TODAY + 45, iiee: 'I.E. Camilaca', compromiso: 'Reparar los servicios higiénicos', estrategia: 'ESYA' }),
  commitment({ numero: '10', fechaLimite: TODAY - 20, estado: 'Cumplido', fechaCumplimiento: TODAY - 22, evidencia: 'Acta de entrega firmada' }),
  commitment({ numero: '11', fechaLimite: TODAY + 10, estado: 'Cancelado', evidencia: 'El aliado retiró el compromiso' }),
  commitment({ numero: '12', fechaLimite: undefined, ...MARITZA, iiee: 'I.E. N.° 42210 Sitana' }),
  commitment({ numero: '13', fechaLimite: TODAY + 5, responsable: 'Prof. Juan Quispe Laura', correo: 'jquispe@ilabaya', aliado: 'Junta de Usuarios de Riego Locumba', sector: 'social', compromiso: 'Limpiar el canal que abastece a la escuela' }),
  commitment({ numero: '14', fechaLimite: formatDay(TODAY + 3), ...WALTER }),
];

/**
 * Another UGEL's commitments matrix: its own sheet name and headers ("Fecha compromiso",
 * "Responsable (correo)", "Situación", "Institución educativa"), a title above, blank rows.
 */
export function compromisosOtrosEncabezados(): ExcelJS.Workbook {
  const titles = ['UGEL Jorge Basadre: matriz de seguimiento de compromisos 2026', `Actualizado al ${formatDay(TODAY)}`, ''];
  return workbookOf([withBlankRows(tableSheet('Seguimiento 2026', OTHER_HEADERS_COMMITMENTS, OTHER_HEADERS_COLUMNS, titles), 5)], 'Matriz de compromisos de otra UGEL.');
}

/** Every fixture file under test/fixtures/, by name; `npm run fixtures` writes them. */
export const FIXTURES: Record<string, () => ExcelJS.Workbook> = {
  'otra-escuela-comas-decimales.xlsx': otraEscuelaComasDecimales,
  'compromisos-otros-encabezados.xlsx': compromisosOtrosEncabezados,
};
