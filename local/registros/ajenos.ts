// Four registers built by an outside tester, each a kind the first thirteen do not have: a DGB acta exported
// in capitals with a merged signature block, a CONALEP monthly attendance whose group header is not merged,
// a prepa's becas list with a bare «Beca» of plan names, and a UdeG concentrado on the 0–100 scale.
import ExcelJS from 'exceljs';
import { PERCENT_FORMAT } from '../workbook';
import { Sheet, Value, signatures, workbookOf } from './grid';

// ---------------------------------------------------------------------------------------------
// 14. DGB acta de calificaciones: ALL-CAPS headers, CLAVE, subjects abbreviated, ADEUDOS, spacer, merged signatures

type ActaLine = [clave: string, nombre: string, grades: Value[], promedio: Value, adeudos: Value];

const ACTA_501: ActaLine[] = [
  ['2315062001', 'ALVARADO GÓMEZ ANA SOFÍA', [9, 8, 9, 10, 9, 8], 8.8, 0],
  ['2315062002', 'BARRAGÁN LUNA CARLOS EDUARDO', [5, 7, 6, 8, 7, 6], 6.5, 0],
  ['2315062003', 'CEDILLO RAMOS DIANA LAURA', [6, 6, 7, 7, 8, 6], 6.7, 1],
  ['2315062004', 'DURÁN PÉREZ EMILIO', [5, 5, 6, 5, 7, 6], 5.7, 1],
  ['2315062005', 'ESQUIVEL MORA FERNANDA', ['NP', 6, 7, 8, 'SD', 7], 5.9, 2],
  ['2315062006', 'FIGUEROA SÁNCHEZ GERARDO', [8, 9, 8, 9, 8, 9], 8.5, null],
  ['2315062007', 'GALLEGOS TREJO HANNIA', [6, 5, 5, 6, 6, 7], 5.8, 0],
  ['2315062008', 'HERRERA OCHOA IVÁN', [7, 7, 8, 6, 7, 7], 7, 3],
  ['2315062009', 'IBARRA CRUZ JIMENA', [5, 5, 5, 6, 7, 8], 6, 0],
  ['2315062010', 'JUÁREZ VEGA KEVIN', [10, 10, 9, 10, 10, 9], 9.7, 0],
  ['2315062011', 'LÓPEZ NAVA LESLIE', [6, '7.5', 6, 7, 6, 6], 6.4, 0],
  ['2315062012', 'MÉNDEZ ORTIZ MARIO', [5, 6, null, 6, 5, 6], 5.6, 1],
];

export function dgbActaCalificaciones(): ExcelJS.Workbook {
  const s = new Sheet('ACTA 501', [5, 13, 36, 8, 8, 8, 9, 8, 9, 2, 7, 9]);
  s.title('SECRETARÍA DE EDUCACIÓN PÚBLICA · DIRECCIÓN GENERAL DEL BACHILLERATO', 'L');
  s.title('CENTRO DE ESTUDIOS DE BACHILLERATO 6/2 «LIC. JESÚS REYES HEROLES» · ACTA DE CALIFICACIONES FINALES', 'L');
  const info = s.row('SEMESTRE: QUINTO', null, 'GRUPO: 501', null, null, 'TURNO: MATUTINO', null, null, null, 'PERIODO: 2025-B');
  s.merge(`A${info}:B${info}`, `C${info}:E${info}`, `F${info}:I${info}`, `J${info}:L${info}`);
  s.blank();
  s.header('NO.', 'CLAVE', 'NOMBRE DEL ESTUDIANTE', 'CÁLC. DIF.', 'GEOG.', 'HIST. UNIV. CONT.', 'ING. V', 'T. S. FÍS. I', 'ECOL. Y M. A.', null, 'PROM.', 'ADEUDOS');
  ACTA_501.forEach(([c, n, g, p, a], i) => s.row(i + 1, c, n, ...g, null, p, a));
  s.row(null, null, 'TOTAL DE ESTUDIANTES: 12');
  s.blank();
  // The signature block as the system prints it: each line, role and name merged across its columns.
  const line = s.row(null, '______________________________', null, null, null, null, '______________________________');
  const role = s.row(null, 'DIRECTOR(A) DEL PLANTEL', null, null, null, null, 'JEFE(A) DE CONTROL ESCOLAR');
  const name = s.row(null, 'MTRA. ROSALBA QUINTERO ALANÍS', null, null, null, null, 'LIC. OMAR FUENTES BRISEÑO');
  for (const r of [line, role, name]) s.merge(`B${r}:D${r}`, `G${r}:K${r}`);
  return workbookOf('DGB: acta de calificaciones finales exportada, en mayúsculas, con firmas combinadas (datos inventados).', [s]);
}

// ---------------------------------------------------------------------------------------------
// 15. CONALEP monthly attendance: «ASISTENCIA» typed once over Ses. · Asist. · Just., not merged; a teachers' sheet

type MonthLine = [matricula: string, nombre: string, ses: Value, asist: Value, just: Value, observaciones?: string];

const MARZO_404: MonthLine[] = [
  ['212200301', 'Acosta Bernal Itzel', 20, 20, 0],
  ['212200302', 'Bravo Cisneros Ángel', 20, 16, 0],
  ['212200303', 'Cervantes Dorado Karen', 20, 15, 1, 'Justificante médico 12/03'],
  ['212200304', 'Domínguez Enciso Raúl', 20, 15, 0],
  ['212200305', 'Estrada Fonseca Lizeth', 20, 18, 2],
  ['212200306', 'Fierro Garza Eduardo', 20, '17', null],
  ['212200307', 'Guerra Hinojosa Melanie', 20, 10, 3, 'Citatorio a tutor'],
  ['212200308', 'Hurtado Islas Brandon', 12, 10, 0, 'Alta por cambio de plantel el 11/03'],
  ['212200309', 'Leyva Jiménez Dulce', 20, 19, 0],
  ['212200310', 'Morales Ketz Óscar', 20, 14, 1],
  ['212200311', 'Nájera López Paola', 20, 3, 0, 'No se presenta desde el 5/03'],
  ['212200312', 'Ortega Medina Saúl', 20, 17, 2],
];

export function conalepAsistenciaMensual(): ExcelJS.Workbook {
  const s = new Sheet('Marzo 2026', [5, 12, 32, 7, 7, 7, 34]);
  s.title('CONALEP PLANTEL TLALNEPANTLA II · CONCENTRADO MENSUAL DE ASISTENCIA', 'G');
  s.title('Grupo 404 · Técnico en Informática · Mes: MARZO 2026', 'G');
  s.blank();
  // Typed, not merged: «ASISTENCIA» only in D, and nothing under No., Matrícula, Nombre in the second row.
  s.header('No.', 'Matrícula', 'Nombre del alumno', 'ASISTENCIA', null, null, 'Observaciones');
  s.header(null, null, null, 'Ses.', 'Asist.', 'Just.', null);
  MARZO_404.forEach(([m, n, se, a, j, o], i) => s.row(i + 1, m, n, se, a, j, o ?? null));
  s.row(null, null, 'TOTALES', 232, 174, 9);
  s.blank();
  signatures(s, [[2, 'Orientador(a) del grupo', 'Lic. Mayra Olvera Castañeda']]);

  const d = new Sheet('Docentes', [12, 32, 40, 10]);
  d.header('No. empleado', 'Nombre', 'Módulo', 'Hrs./sem.');
  d.row('E-10432', 'Ing. Rubén Camacho Salas', 'Programación de videojuegos', 6);
  d.row('E-10877', 'Lic. Teresa Villanueva Orta', 'Inglés técnico', 4);
  d.row('E-11203', 'Ing. Alfredo Ramírez Peña', 'Administración de bases de datos', 8);
  d.row('E-09951', 'Mtra. Gabriela Ponce Luján', 'Análisis derivativo de funciones', 5);
  d.row('E-12040', 'Lic. Jaime Ortiz Barrón', 'Interpretación de normas de convivencia', 3);
  return workbookOf('CONALEP: concentrado mensual de asistencia con el grupo del encabezado sin combinar (datos inventados).', [s, d]);
}

// ---------------------------------------------------------------------------------------------
// 16. A prepa's becas list: «Beca» holds the plan names, «% Beca» the percentages, «Promedio» as «8,6» text

type BecaLine = [matricula: string, nombre: string, grupo: string, beca: Value, pct: Value, promedio: Value, criterio: Value];

const BECAS_2026A: BecaLine[] = [
  ['P24-0101', 'Arriaga Benítez Mónica', '2° A', 'Continuidad', 0.1, '8,6', 'Sí'],
  ['P24-0102', 'Barrios Cano Esteban', '2° A', 'Excelencia', 0.7, '9,7', 'Delfín'],
  ['P24-0103', 'Carmona Díaz Renata', '2° B', 'Excelencia', 0.7, '9,4', 1],
  ['P23-0204', 'Delgadillo Esparza Tomás', '4° A', 'Académica', 0.6, '9,1', '1er lugar'],
  ['P23-0205', 'Escobedo Frías Alma', '4° A', 'Parentesco', 0.25, '8,3', 'Mismo sistema'],
  ['P23-0206', 'Fuentes Galván Iker', '4° B', 'Ninguna', 0, '7,8', null],
  ['P22-0307', 'Garduño Haro Valeria', '6° A', 'Personal', 0.4, '8,9', '3 años'],
  ['P22-0308', 'Huerta Ibáñez Rodrigo', '6° A', 'Deportiva', 0.3, '8,0', '30 %'],
  ['P22-0309', 'Izquierdo Juárez Elena', '6° B', 'No aplica', 0, '9,0', null],
  ['P24-0110', 'Jaramillo Kuri Andrés', '2° B', 'Continuidad', 0.1, '8,0', 'Sí'],
  ['P23-0211', 'Lemus Mata Paulina', '4° B', 'Protección y ayuda mutua', 0.5, '7,2', '20 %'],
  ['P24-0112', 'Mireles Nava Ulises', '2° A', 'Continuidad', 0.1, '7,95', 'Sí'],
];

export function prepaListaBecas(): ExcelJS.Workbook {
  const s = new Sheet('Becas 2026-A', [5, 11, 30, 8, 24, 8, 10, 16]);
  s.title('PREPARATORIA «JUSTO SIERRA» · INCORPORADA A LA UAEMéx', 'H');
  s.title('LISTA DE ALUMNOS CON BECA · PERIODO 2026-A', 'H');
  s.blank();
  s.header('No.', 'Matrícula', 'Alumno(a)', 'Grupo', 'Beca', '% Beca', 'Promedio', 'Criterio');
  BECAS_2026A.forEach(([m, n, g, b, p, avg, c], i) => s.row(i + 1, m, n, g, b, p, avg, c));
  s.format('F', PERCENT_FORMAT);
  s.row(null, null, 'Total de becarios: 10');
  s.blank();
  signatures(s, [[2, 'Coordinación de becas', 'Lic. Norma Estrada Vilchis']]);

  const r = new Sheet('Resumen por beca', [26, 10, 18]);
  r.header('Beca', 'Alumnos', '% de la matrícula');
  r.row('Continuidad', 3, 0.014);
  r.row('Excelencia', 2, 0.009);
  r.row('Académica', 1, 0.005);
  r.row('Parentesco', 1, 0.005);
  r.row('Personal', 1, 0.005);
  r.row('Deportiva', 1, 0.005);
  r.row('Protección y ayuda mutua', 1, 0.005);
  r.row('Total', 10, 0.046);
  r.format('C', '0.0 %');
  return workbookOf('Preparatoria incorporada: lista de becarios con el plan bajo «Beca» y el porcentaje bajo «% Beca» (datos inventados).', [s, r]);
}

// ---------------------------------------------------------------------------------------------
// 17. UdeG (SEMS) concentrado on the 0–100 scale: «Apellidos» and «Nombres» apart, a Configuración with the scale

type CienLine = [apellidos: string, nombres: string, grades: Value[], promedio: Value];

const SEMS_5B: CienLine[] = [
  ['ÁVILA CORONA', 'María José', [85, 90, 78, 92, 88, 80], 85.5],
  ['BECERRA DÍAZ', 'Luis Ángel', [59, 72, 65, 70, 61, 68], 65.8],
  ['CASTILLO RUIZ', 'Andrea', [60, 60, 60, 60, 60, 60], 60],
  ['DELGADO NUÑO', 'Jorge', [45, 55, 58, 62, 50, 70], 56.7],
  ['ESPARZA LUNA', 'Valeria', ['NP', 75, 80, 'SD', 90, 85], 82.5],
  ['FLORES HARO', 'Diego', ['95', '88', '91', '100', '97', '93'], 94],
  ['GÓMEZ PADILLA', 'Ximena', [70, 65, null, 72, 68, 74], 69.8],
  ['HERNÁNDEZ VERA', 'Ricardo', [52, 58, 59, 61, 64, 66], 60],
  ['IBARRA SOLÍS', 'Fernanda', [0, 62, 67, 70, 73, 75], 57.8],
  ['JIMÉNEZ ROJAS', 'Emilio', [80, '75,5', 83, 77, 79, 81], 79.3],
  ['LÓPEZ MACÍAS', 'Sofía', [61, 59.5, 70, 66, 64, 63], 63.9],
];

export function semsEscalaCien(): ExcelJS.Workbook {
  const s = new Sheet('5° B', [5, 22, 20, 11, 9, 11, 9, 12, 11, 10]);
  s.title('UNIVERSIDAD DE GUADALAJARA · SISTEMA DE EDUCACIÓN MEDIA SUPERIOR', 'J');
  s.title('PREPARATORIA REGIONAL DE TEPATITLÁN · CONCENTRADO DE CALIFICACIONES · CALENDARIO 2025 B', 'J');
  s.blank();
  s.header('No.', 'Apellidos', 'Nombres', 'Matemática avanzada', 'Física II', 'Literatura II', 'Inglés V', 'Historia de México', 'Ética y ciudadanía', 'Promedio');
  SEMS_5B.forEach(([a, n, g, p], i) => s.row(i + 1, a, n, ...g, p));
  s.blank();
  s.row(null, 'PROMEDIO DEL GRUPO', null, 64.3, 67.4, 72.6, 74.2, 72.9, 73.1, 70.8);
  s.blank();
  signatures(s, [[1, 'Secretario(a) de la escuela', 'Mtro. Abel Navarro Gutiérrez']]);

  const c = new Sheet('Configuración', [28, 12]);
  c.header('clave', 'valor');
  c.row('escala_minima', 0);
  c.row('escala_maxima', 100);
  c.row('calificacion_aprobatoria', 60);
  return workbookOf('UdeG (SEMS): concentrado de calificaciones en escala de 0 a 100 con su Configuración (datos inventados).', [s, c]);
}
