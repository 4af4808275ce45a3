// Attendance registers: a secundaria's absences only, a CBTIS mid-semester count, a Peruvian summary by grade.
import ExcelJS from 'exceljs';
import { Sheet, Value, signatures, workbookOf } from './grid';

// ---------------------------------------------------------------------------------------------
// 3. Secundaria técnica: a register only of absences (Días hábiles, Inasistencias, Inasist. justificadas)

type AbsenceLine = [nombre: string, dias: Value, inasistencias: Value, justificadas: Value, observaciones?: string];

const SECUNDARIA_2B: AbsenceLine[] = [
  ['Alvarado Cruz Mateo', 60, 2, 0],
  ['Barrios Lima Camila', 60, 12, 0],
  ['Carrillo Díaz Santiago', 60, 14, 2, 'Justificante médico 22/09'],
  ['Chávez Ortega Renata', 60, 13, 0],
  ['Estrada Molina Leonardo', 60, 0, null],
  ['Fernández Paredes Valentina', 60, 20, 8, 'Incapacidad del IMSS, 8 días'],
  ['Guzmán Ibarra Emiliano', 60, 25, 3, 'Citatorio a padres'],
  ['Lozano Reyes Ximena', 50, 5, 0, 'Alta el 15/09/2025'],
  ['Orozco Vidal Fátima', 60, '3', null],
  ['Pérez Gallardo Axel', null, null, null, 'Baja definitiva el 10/10/2025'],
  ['Ruiz Espinoza Danna Sofía', 60, 15, 1],
  ['Vázquez Montes Iván', 60, 11, 0],
];

export function secundariaInasistencias(): ExcelJS.Workbook {
  const s = new Sheet('2° B', [5, 32, 9, 13, 13, 30]);
  s.title('ESCUELA SECUNDARIA TÉCNICA No. 118 «JOSÉ VASCONCELOS»', 'F');
  s.title('REGISTRO DE INASISTENCIAS — PRIMER TRIMESTRE · CICLO ESCOLAR 2025-2026', 'F');
  const info = s.row('Grado y grupo: 2° B', null, null, 'Turno: Vespertino', null, 'C.C.T. 15DST0118K');
  s.merge(`A${info}:C${info}`, `D${info}:E${info}`);
  s.blank();
  s.header('No.', 'Nombre del alumno', 'Días\nhábiles', 'Inasistencias', 'Inasist.  justificadas', 'Observaciones');
  SECUNDARIA_2B.forEach(([n, d, a, j, o], i) => s.row(i + 1, n, d, a, j, o ?? null));
  s.blank();
  s.row(null, 'Total de inasistencias del grupo:', null, 120, 14);
  s.blank();
  signatures(s, [
    [1, 'Prefecta', 'C. Rosa María Gallegos Pérez'],
    [3, 'Vo. Bo. Director', 'Profr. Ernesto Lira Campos'],
  ]);

  const c = new Sheet('Calendario', [14, 12]);
  c.header('Mes', 'Días hábiles');
  c.row('Septiembre', 21);
  c.row('Octubre', 22);
  c.row('Noviembre', 17);
  c.row('Total', 60);
  return workbookOf('Secundaria técnica: registro de inasistencias del trimestre (datos inventados).', [s, c]);
}

// ---------------------------------------------------------------------------------------------
// 7. CBTIS, mid-semester attendance: «ASISTENCIA» over Ses. · Asist. · F. justif. · Ses. del curso

type AttendanceLine = [paterno: string, materno: string, nombre: string, asist: Value, justif: Value, observaciones?: string];

const CBTIS_5B: AttendanceLine[] = [
  ['Arias', 'Gómez', 'Paulina', 30, 0],
  ['Benítez', 'Rosales', 'Marcos', 28, 1],
  ['Cortés', 'Aguilar', 'Yahir', 20, 0, 'Se le citó al tutor'],
  ['Díaz', 'Mendoza', 'Lizbeth', 24, 0],
  ['Escamilla', 'Ruiz', 'Omar', 10, 2, 'No se presenta desde el 2 de marzo'],
  ['Flores', 'Téllez', 'Alejandra', 25, 5, 'Justificante médico'],
  ['Gallardo', 'Pérez', 'Iván', 14, 0],
  ['Juárez', 'Nolasco', 'Diana', '27', null],
  ['Martínez', 'Bernal', 'Luis Fernando', 22, 1],
  ['Nava', 'Contreras', 'Brenda', 29, 0],
  ['Ortiz', 'Saavedra', 'Héctor', 18, 6, 'Selección estatal de atletismo'],
  ['Santos', 'Villa', 'Regina', 26, 0],
];

export function cbtisAsistenciaParcial(): ExcelJS.Workbook {
  const s = new Sheet('5° B Asistencia', [5, 14, 14, 16, 7, 7, 9, 10, 34]);
  s.title('CBTIS No. 89 · CONTROL DE ASISTENCIA AL CORTE DEL SEGUNDO PARCIAL', 'I');
  s.title('Módulo III: Desarrolla aplicaciones web · Grupo 5° B · Turno vespertino · Ciclo 2025-2026', 'I');
  s.blank();
  const h = s.header('No.', 'Apellido paterno', 'Apellido materno', 'Nombre(s)', 'ASISTENCIA', null, null, null, 'Observaciones');
  s.header(null, null, null, null, 'Ses.', 'Asist.', 'F. justif.', 'Ses. del curso', null);
  s.merge(...['A', 'B', 'C', 'D', 'I'].map((c) => `${c}${h}:${c}${h + 1}`), `E${h}:H${h}`);
  CBTIS_5B.forEach(([p, m, n, a, j, o], i) => s.row(i + 1, p, m, n, 30, a, j, 80, o ?? null));
  s.row(null, 'Total de alumnos: 12');
  s.blank();
  signatures(s, [[1, 'Nombre y firma del docente', 'Ing. Sandra Luz Nava Ortega']]);
  return workbookOf('CBTIS: control de asistencia a mitad del semestre (datos inventados).', [s]);
}

// ---------------------------------------------------------------------------------------------
// 12. Peru: an attendance summary by grade in one sheet, with a Configuración at 70 %

type PeruAttendanceLine = [nombre: string, inasistencias: Value, justificadas: Value, tardanzas: Value, observacion?: string];

const PERU_1A: PeruAttendanceLine[] = [
  ['APAZA CONDORI, Luz Marina', 4, 0, 2],
  ['CALIZAYA MAMANI, Jhon Edwin', 30, 0, 5],
  ['CHOQUE TICONA, Rosa Elena', 35, 4, 0, 'Trabaja en la chacra en cosecha'],
  ['FLORES QUISPE, Yoel', 40, 12, 1, 'Constancia del puesto de salud'],
  ['HUANCA VILCA, Maribel', 0, 0, 0],
  ['LAURA CHAMBILLA, Franco', 31, 0, 3],
  ['MAMANI COPA, Nayeli', 12, 2, null],
];

const PERU_2A: PeruAttendanceLine[] = [
  ['AROCUTIPA RAMOS, Kevin', 8, 1, 0],
  ['CUTIPA LAYME, Sheyla', 25, 10, 0],
  ['GUTIÉRREZ NINA, Piero', 45, 14, 2, 'Visita domiciliaria de la tutora'],
  ['LIMACHI POMA, Ruth', 2, null, 0],
  ['QUISPE CCAMA, Anthony', 33, 3, 0],
  ['TICONA ARIAS, Dayana', '18', 0, 1],
  ['VILCA HUARACHI, Brayan', 60, 0, 0, 'Traslado en trámite'],
];

export function peruAsistenciaPorGrado(): ExcelJS.Workbook {
  const s = new Sheet('Asistencia 2025', [5, 34, 9, 13, 12, 10, 2, 34]);
  s.title('I.E. N.° 42226 «BOROGUEÑA» · UGEL JORGE BASADRE', 'H');
  s.title('RESUMEN DE ASISTENCIA · PRIMER SEMESTRE 2025 · NIVEL SECUNDARIA', 'H');
  s.blank();
  s.header('N.°', 'Apellidos y nombres', 'Días\nhábiles', 'Inasistencias', 'Inasist. justif.', 'Tardanzas', null, 'Observación');
  const block = (heading: string, lines: PeruAttendanceLine[]) => {
    const r = s.row(heading);
    s.merge(`A${r}:H${r}`);
    lines.forEach(([n, ina, j, t, o], i) => s.row(i + 1, n, 100, ina, j, t, null, o ?? null));
  };
  block('1° GRADO «A»', PERU_1A);
  s.blank();
  block('2° GRADO «A»', PERU_2A);
  s.blank();
  s.row(null, 'Total de estudiantes: 14');
  s.blank();
  signatures(s, [[1, 'Director(a) de la I.E.', 'Prof. Hernán Vilca Machaca']]);

  const c = new Sheet('Configuración', [28, 12]);
  c.header('clave', 'valor');
  c.row('asistencia_minima', '70 %');
  return workbookOf('Perú: resumen de asistencia por grado, con la asistencia mínima de la I.E. (datos inventados).', [s, c]);
}
