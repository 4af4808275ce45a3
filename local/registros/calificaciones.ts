// Grade registers: concentrados by partial, several groups in one sheet, a teacher's one-subject list, the
// Peruvian vigesimal acta, a trimester concentrado, a plantel with many sheets, a control-escolar export.
import ExcelJS from 'exceljs';
import { PERCENT_FORMAT } from '../workbook';
import { Sheet, Value, signatures, workbookOf } from './grid';

// ---------------------------------------------------------------------------------------------
// 1. CBTIS concentrado semestral: a subject over P1 · P2 · P3 · Final, split names, Mat. adeudadas

type CbtisLine = [paterno: string, materno: string, nombre: string, mat: Value[], fis: Value[], ing: Value[], adeudadas: Value];

const CBTIS_4A: CbtisLine[] = [
  ['Aguilar', 'Morales', 'Brenda Itzel', [8, 9, 8, 8], [7, 8, 8, 8], [9, 9, 10, 9], 0],
  ['Bautista', 'Cruz', 'José Manuel', [5, 6, 5, 5], [6, 7, 6, 6], [7, 7, 8, 7], 0],
  ['Castañeda', 'Ríos', 'Luis Ángel', [6, 5, 5, 'NP'], [5, 5, 6, 5], [6, 5, 5, 5], 1],
  ['Domínguez', 'Salas', 'Mariana', [9, 10, 9, '9,5'], [9, 9, 9, 9], [10, 10, 10, 10], 0],
  ['Escobar', 'Luna', 'Diego Armando', [7, 6, 7, 7], [6, 6, 5, 6], [8, 8, 8, 8], 2],
  ['Flores', 'Hernández', 'Ximena', [8, 8, 7, 8], [8, 7, 7, 7], [9, 9, null, null], 0],
  ['García', 'Pacheco', 'Kevin Osvaldo', [5, 5, 5, 5], [5, 6, 5, 5], [6, 6, 6, 6], 1],
  ['Hernández', 'Vargas', 'Alondra', [7, 8, 8, 8], [8, 8, 9, 8], [9, 8, 9, 9], null],
  ['Jiménez', 'Ortiz', 'Cristian', [6, 6, 7, 6], [5, 5, 5, 'SD'], [5, 6, 5, 5], 0],
  ['López', 'Medina', 'Valeria Guadalupe', [10, 10, 10, 10], [9, 10, 9, 10], [10, 9, 10, 10], 0],
];

export function cbtisConcentradoParciales(): ExcelJS.Workbook {
  const s = new Sheet('4° A', [5, 14, 14, 18, ...Array(12).fill(6), 11]);
  s.title('SECRETARÍA DE EDUCACIÓN PÚBLICA · DGETI', 'Q');
  s.title('CENTRO DE BACHILLERATO TECNOLÓGICO INDUSTRIAL Y DE SERVICIOS No. 89', 'Q');
  s.title('CONCENTRADO DE CALIFICACIONES · CICLO ESCOLAR 2025-2026 · SEMESTRE FEBRERO–JULIO 2026', 'Q');
  const info = s.row('Semestre: 4°', null, null, null, 'Grupo: A', null, null, null, 'Turno: Matutino', null, null, null, 'Especialidad: Programación');
  s.merge(`A${info}:D${info}`, `E${info}:H${info}`, `I${info}:L${info}`, `M${info}:Q${info}`);
  const h1 = s.header('No.', 'Apellido\npaterno', 'Apellido materno', 'Nombre(s)', 'MATEMÁTICAS IV', null, null, null, 'FÍSICA I', null, null, null, 'INGLÉS IV', null, null, null, 'Mat.\nadeudadas');
  s.header(null, null, null, null, 'P1', 'P2', 'P3', 'Final', '1er P.', '2do P.', '3er P.', 'FINAL', 'P1', 'P2', 'P3', 'Final', null);
  s.merge(...['A', 'B', 'C', 'D', 'Q'].map((c) => `${c}${h1}:${c}${h1 + 1}`), `E${h1}:H${h1}`, `I${h1}:L${h1}`, `M${h1}:P${h1}`);
  CBTIS_4A.forEach(([p, m, n, mat, fis, ing, adeudadas], i) => s.row(i + 1, p, m, n, ...mat, ...fis, ...ing, adeudadas));
  s.blank();
  const avg = s.row(null, 'PROMEDIO DEL GRUPO', null, null, null, null, null, 7.3, null, null, null, 7.1, null, null, null, 7.9);
  s.merge(`B${avg}:D${avg}`);
  s.row(null, 'Total de alumnos: 10');
  s.blank();
  signatures(s, [
    [1, 'Vo. Bo. Director', 'Ing. Ramiro Téllez Ochoa'],
    [8, 'Jefe de Servicios Escolares', 'Lic. Norma Alicia Bravo Reyes'],
  ]);

  const d = new Sheet('Docentes', [34, 38, 8, 12]);
  d.title('PLANTILLA DOCENTE DEL GRUPO 4° A · FEBRERO–JULIO 2026', 'D');
  d.header('Nombre', 'Asignatura', 'Horas', 'Grupo');
  const teachers: [string, string, number][] = [
    ['Ing. Marco Antonio Reyes Soto', 'Matemáticas IV', 5],
    ['Fís. Rogelio Mendoza Paz', 'Física I', 6],
    ['Lic. Patricia Olvera Durán', 'Inglés IV', 5],
    ['Ing. Sandra Luz Nava Ortega', 'Módulo II: Aplica metodologías de desarrollo de software', 8],
    ['Lic. Hugo Ceballos Ruiz', 'Ciencia, Tecnología, Sociedad y Valores', 7],
    ['Mtra. Irma Delia Sosa Gil', 'Tutoría', 6],
  ];
  for (const [n, a, h] of teachers) d.row(n, a, h, '4° A');
  return workbookOf('CBTIS: concentrado semestral con parciales por asignatura (datos inventados).', [s, d]);
}

// ---------------------------------------------------------------------------------------------
// 2. Preparatoria oficial: several groups in one sheet, a spacer column, line breaks in headers

type GradeLine = [nombre: string, grades: Value[], promedio: Value, observaciones?: string];

const PREPA_3A: GradeLine[] = [
  ['Acevedo Ramírez Juan Pablo', [8, 7, 9, 9, 8, 8], 8.2],
  ['Becerra Soto Andrea', [6, 6, 7, 8, 7, 6], 6.7],
  ['Cervantes Mejía Óscar Iván', [5, 5, 6, 7, 6, 5], 5.7],
  ['Delgado Fuentes Karla Paola', [9, 9, 10, 10, 9, 10], 9.5],
  ['Espinosa Trejo Rodrigo', ['NP', 5, 5, 6, 5, 'NP'], 5.3],
  ['Gómez Arriaga Daniela', [7, '8,5', 8, 9, 8, 7], 7.9],
  ['Ibarra Luna Héctor', [6, 5, 6, 7, 7, 6], 6.2, 'Adeuda Química II y Biología II de 5° semestre'],
  ['Morales Nieto Fernanda', [8, 8, 9, 9, null, 8], 8.4, 'Ecología: acta pendiente'],
  ['Rangel Pineda Sebastián', ['SD', 'SD', 5, 6, 6, 5], 5.5],
];

const PREPA_3B: GradeLine[] = [
  ['Arellano Vega Sofía', [9, 9, 9, 10, 10, 9], 9.3],
  ['Cabrera Gil Emmanuel', [6, 7, 6, 6, 6, 7], 6.3],
  ['Durán Esquivel Natalia', [5, 6, 6, 6, 7, 6], 6],
  ['Franco Lara Jesús Alberto', [7, 7, 8, 5, 5, 6], 6.3],
  ['Hidalgo Ponce Regina', [10, 10, 10, 10, 10, 10], 10],
  ['Maldonado Cortés Uriel', [5, 5, 5, 'NP', 6, 6], 5.4],
  ['Navarro Quintero Paola', [8, 7, 7, 8, 9, 8], 7.8],
  ['Salinas Ochoa Iker', [6, '6', 7, 7, 6, 6], 6.3],
];

export function prepaVariosGrupos(): ExcelJS.Workbook {
  const s = new Sheet('Sexto semestre', [7, 34, 10, 8, 8, 10, 14, 14, 2, 7, 36]);
  s.title('ESCUELA PREPARATORIA OFICIAL No. 123 «LIC. BENITO JUÁREZ»', 'K');
  s.title('CONCENTRADO DE CALIFICACIONES FINALES — SEXTO SEMESTRE — CICLO ESCOLAR 2025-2026', 'K');
  s.title('Turno: Vespertino', 'K');
  s.blank();
  s.header('No.\nLista', 'Nombre del alumno', 'Cálculo\nIntegral', 'Física\nII', 'Inglés VI', 'Filosofía', 'Ecología y Medio\nAmbiente', 'Temas selectos de  Química', null, 'Prom.', 'Observaciones');
  const block = (heading: string, lines: GradeLine[]) => {
    const r = s.row(heading);
    s.merge(`A${r}:K${r}`);
    lines.forEach(([n, g, p, o], i) => s.row(i + 1, n, ...g, null, p, o ?? null));
    s.row(null, `Total de alumnos: ${lines.length}`);
  };
  block('GRUPO 3° A', PREPA_3A);
  s.blank();
  block('GRUPO 3° B', PREPA_3B);
  s.blank();
  s.row(null, 'PROMEDIO GENERAL DEL SEMESTRE', null, null, null, null, null, null, null, 7.1);
  s.blank();
  signatures(s, [
    [1, 'Vo. Bo. Director', 'Mtro. Arturo Villegas Cuevas'],
    [6, 'Orientadora', 'Lic. Gloria Esthela Ramos Yáñez'],
  ]);

  const n = new Sheet('Notas', [90]);
  n.row('Pendientes para el cierre del semestre');
  n.row('Entrega de actas de calificaciones a Control Escolar: 3 de julio.');
  n.row('Los alumnos con NP presentan extraordinario el 10 de julio (cuota de 250 pesos).');
  n.row('Recabar la firma de la orientadora en el concentrado del 3° B.');
  return workbookOf('Preparatoria oficial: concentrado de calificaciones finales con dos grupos en una hoja (datos inventados).', [s, n]);
}

// ---------------------------------------------------------------------------------------------
// 4. A teacher's one-subject register: 1er/2do/3er parcial, Calif. final, Asist., Ses., F. justif.

type TeacherLine = [matricula: string, nombre: string, parciales: Value[], final: Value, asist: Value, ses: Value, justif: Value];

const QUIMICA_2C: TeacherLine[] = [
  ['25070101', 'Aguirre Zamora Luis Enrique', [8, 7, 8], 8, 48, 50, 0],
  ['25070102', 'Barajas Tello Melissa', [9, 9, 10], 9, 45, 50, 2],
  ['25070103', 'Cano Villalobos Jorge', [5, 6, 5], 5, 38, 50, 0],
  ['25070104', 'Dávila Serrano Abril', [7, 8, 7], '7,5', 39, 50, 0],
  ['25070105', 'Espinoza Rubio Tania', [6, 6, 7], 6, 40, 50, 0],
  ['25070106', 'Figueroa Nava Alan', [8, 'NP', null], 'NP', 37, 50, 3],
  ['25070107', 'Galván Ochoa Renata', [9, 10, 10], 10, 50, 50, 0],
  ['25070108', 'Ibáñez Rosas Marco Antonio', [7, 6, null], null, 42, 50, 0],
  ['25070109', 'Luna Cárdenas Pamela', [6, 5, 5], 5, 44, 50, 0],
  ['25070110', 'Montiel Pardo Ricardo', ['SD', 'SD', 'SD'], 'SD', 20, 50, 0],
  ['25070111', 'Quiroz Beltrán Sofía', [8, 9, 9], 9, '41', 50, null],
];

export function docenteUnaMateria(): ExcelJS.Workbook {
  const s = new Sheet('Química II 2°C', [6, 11, 32, 9, 9, 9, 9, 8, 7, 9]);
  s.title('COLEGIO DE BACHILLERES DEL ESTADO · PLANTEL 07 «EL ROSARIO»', 'J');
  const a = s.row('Asignatura: QUÍMICA II', null, null, null, null, 'Docente: Q.F.B. Leticia Arroyo Campos');
  s.merge(`A${a}:E${a}`, `F${a}:J${a}`);
  s.title('Grupo: 2° C     Turno: Matutino     Semestre 2026-A', 'J');
  s.blank();
  s.header('N.L.', 'Matrícula', 'Nombre del alumno', '1er\nparcial', '2do\nparcial', '3er\nparcial', 'Calif.\nfinal', 'Asist.', 'Ses.', 'F. justif.');
  QUIMICA_2C.forEach(([m, n, p, f, as, se, j], i) => s.row(i + 1, m, n, ...p, f, as, se, j));
  s.row(null, null, 'Total de alumnos: 11');
  s.blank();
  signatures(s, [[2, 'Nombre y firma del docente', 'Q.F.B. Leticia Arroyo Campos']]);

  const c = new Sheet('Criterios de evaluación', [36, 12]);
  c.header('Rubro', 'Porcentaje');
  c.row('Examen parcial', 0.5);
  c.row('Tareas', 0.2);
  c.row('Prácticas de laboratorio', 0.2);
  c.row('Participación', 0.1);
  c.format('B', PERCENT_FORMAT);
  return workbookOf('Registro de un docente: una sola asignatura con sus tres parciales (datos inventados).', [s, c]);
}

// ---------------------------------------------------------------------------------------------
// 6. Peru, secundaria: acta consolidada on the vigesimal scale (0–20), UGEL letterhead, nivel de logro

type PeruLine = [codigo: string, nombre: string, notas: Value[], promedio: Value, logro: string, situacion: string];

const PERU_3A: PeruLine[] = [
  ['70451236', 'ALANOCA MAMANI, Edith Rocío', [15, 14, 16, 15, 17, 16, 18], 15.9, 'A', 'Promovido'],
  ['70451237', 'CHAMBILLA FLORES, Jhon Alex', [11, 12, '09', 13, 12, 14, 15], 12.3, 'B', 'Promovido'],
  ['70451238', 'COAQUIRA APAZA, Milagros', [18, 17, 19, 18, 18, 19, 17], 18, 'AD', 'Promovido'],
  ['70451239', 'CONDORI TICONA, Brayan', [8, 10, 9, 11, 12, 10, 13], 10.4, 'C', 'Requiere recuperación'],
  ['70451240', 'HUANACUNI LAURA, Yesenia', [13, 14, 12, 15, 14, 13, 16], 13.9, 'B', 'Promovido'],
  ['70451241', 'MAMANI QUISPE, Luis Fernando', [7, 9, 8, 10, 9, 8, 11], 8.9, 'C', 'Permanece en el grado'],
  ['70451242', 'NINA CALIZAYA, Kiara', [16, 15, 17, 16, 18, 17, 16], 16.4, 'A', 'Promovido'],
  ['70451243', 'QUISPE CUTIPA, Renzo', [12, 10, 11, 13, 14, 12, 15], 12.4, 'B', 'Requiere recuperación'],
  ['70451244', 'TICONA VELÁSQUEZ, Nayely', [14, 16, 15, 14, 15, 16, 17], 15.3, 'A', 'Promovido'],
  ['70451245', 'VILCA CHOQUE, Anthony', [10, 9, 12, 11, 10, 13, 12], 11, 'B', 'Requiere recuperación'],
];

export function peruActaVigesimal(): ExcelJS.Workbook {
  const s = new Sheet('3° Sec. A', [5, 12, 32, 11, 13, 8, 12, 10, 14, 13, 10, 9, 22]);
  s.title('MINISTERIO DE EDUCACIÓN · DRE TACNA · UGEL JORGE BASADRE', 'M');
  s.title('I.E. N.° 42222 «MIRAVE» · ACTA CONSOLIDADA DE EVALUACIÓN · AÑO ESCOLAR 2025', 'M');
  s.title('Nivel: Secundaria     Grado: 3°     Sección: A     Turno: Mañana     Código modular: 0234567', 'M');
  s.blank();
  const h = s.header('N.°', 'Código del estudiante', 'Apellidos y nombres', 'ÁREAS CURRICULARES', null, null, null, null, null, null, 'Promedio', 'Nivel de logro', 'Situación final');
  s.header(null, null, null, 'Matemática', 'Comunicación', 'Inglés', 'Ciencia y Tecnología', 'Ciencias Sociales', 'Desarrollo Personal, Ciudadanía y Cívica', 'Educación para el Trabajo', null, null, null);
  s.merge(...['A', 'B', 'C', 'K', 'L', 'M'].map((c) => `${c}${h}:${c}${h + 1}`), `D${h}:J${h}`);
  PERU_3A.forEach(([c, n, notas, p, l, sit], i) => s.row(i + 1, c, n, ...notas, p, l, sit));
  s.blank();
  s.row(null, null, 'Escala: 0 a 20 (vigesimal). Nota aprobatoria: 11.');
  s.blank();
  signatures(s, [
    [2, 'Director(a) de la I.E.', 'Lic. Teófilo Arias Coaquira'],
    [6, 'Tutor(a) de la sección', 'Prof. Nelly Choque Yucra'],
  ]);

  const d = new Sheet('Nómina de docentes', [34, 30, 13, 8]);
  d.header('Apellidos y nombres', 'Área curricular', 'Condición', 'Horas');
  d.row('ARIAS COAQUIRA, Teófilo', 'Dirección', 'Designado', 40);
  d.row('CHOQUE YUCRA, Nelly', 'Comunicación', 'Nombrada', 30);
  d.row('LAURA CHAMBE, Edwin', 'Matemática', 'Contratado', 24);
  d.row('POMA TICONA, Gladys', 'Ciencia y Tecnología', 'Nombrada', 30);
  d.row('YUCRA MAMANI, Julio César', 'Educación para el Trabajo', 'Contratado', 12);
  return workbookOf('Perú: acta consolidada de evaluación en escala vigesimal (datos inventados).', [s, d]);
}

// ---------------------------------------------------------------------------------------------
// 9. Secundaria general: trimester concentrado with CURP, Sexo, nine subjects, an «Inasist.» column

type SecundariaLine = [curp: string, nombre: string, sexo: string, grades: Value[], promedio: Value, inasist: Value];

const SECUNDARIA_2A: SecundariaLine[] = [
  ['AUBS110315MMCGNRA4', 'Aguilar Benítez Sara', 'M', [9, 8, 9, 8, 9, 10, 9, 10, 10], 9.1, 2],
  ['BECT110722HMCRSMA1', 'Bernal Castro Tomás', 'H', [6, 5, 7, 6, 7, 8, 8, 9, 8], 7.1, 7],
  ['CADE110130MMCMRLA9', 'Camacho Dorantes Elisa', 'M', [7.8, 6.5, '8,5', 7, 8, 9, 8, 9, 9], 8.1, 0],
  ['DIER101109HMCZSFA3', 'Díaz Escalante Rafael', 'H', [5, 5, 6, 5, 6, 7, 7, 8, 8], 6.3, 9],
  ['EEFL110402MMCCLCA6', 'Echeverría Flores Lucía', 'M', [10, 10, 10, 9.5, 10, 10, 10, 10, 10], 9.9, 1],
  ['FAGS101218HMCJRMA2', 'Fajardo Guerrero Samuel', 'H', [5, 5, 5, 5, 6, 6, 7, 7, 6], 5.8, 12],
  ['GAHM110827MMCLRXA0', 'Galindo Herrera Mía', 'M', [8, 7, 8, 8, null, 9, 9, 10, 9], 8.5, 3],
  ['HEIJ110611HMCRSQA8', 'Herrera Islas Joaquín', 'H', [6, 6, 6, 6, 6, 6, 6, 6, 6], 6, 5],
  ['IAJN110905MMCBRTA5', 'Ibarra Juárez Natalia', 'M', [5.9, 6, 7, 7, 8, 8, 8, 9, 9], 7.5, 6],
  ['JALM110117HMCSMRA7', 'Jasso Lemus Mauricio', 'H', ['NP', 6, 7, 6, 7, 7, 8, 8, 8], 7.1, 10],
];

export function secundariaConcentradoTrimestral(): ExcelJS.Workbook {
  const s = new Sheet('2° A', [5, 21, 30, 6, ...Array(9).fill(11), 10, 8]);
  s.title('ESCUELA SECUNDARIA GENERAL No. 45 «SOR JUANA INÉS DE LA CRUZ»', 'O');
  s.title('CONCENTRADO DE CALIFICACIONES · SEGUNDO TRIMESTRE · CICLO ESCOLAR 2025-2026', 'O');
  s.title('Grado: 2°   Grupo: A   Turno: Matutino', 'O');
  s.header('No.', 'CURP', 'Nombre del alumno', 'Sexo', 'ESPAÑOL', 'MATEMÁTICAS', 'INGLÉS', 'CIENCIAS II\n(FÍSICA)', 'HISTORIA', 'FORMACIÓN\nCÍVICA Y ÉTICA', 'TECNOLOGÍA', 'EDUCACIÓN\nFÍSICA', 'ARTES', 'Promedio', 'Inasist.');
  SECUNDARIA_2A.forEach(([c, n, sx, g, p, ina], i) => s.row(i + 1, c, n, sx, ...g, p, ina));
  s.row(null, null, 'PROMEDIO DEL GRUPO', null, 7.2, 6.9, 7.5, 7.3, 7.7, 8.1, 8.2, 8.6, 8.3, 7.5, 5.5);
  s.blank();
  signatures(s, [
    [2, 'Profra. asesora del grupo', 'Profra. Liliana Cruz Mondragón'],
    [7, 'Vo. Bo. Directora', 'Mtra. Guadalupe Serrano Vidal'],
  ]);
  return workbookOf('Secundaria general: concentrado trimestral de nueve asignaturas (datos inventados).', [s]);
}

// ---------------------------------------------------------------------------------------------
// 10. COBACH plantel: one student sheet among a teachers' list, a list of groups and notes

type CobachLine = [control: string, nombre: string, grades: Value[], dias: Value, asist: Value, justif: Value];

const COBACH_1C: CobachLine[] = [
  ['25307001', 'Acosta Ledesma Mariana', [8, 7, 9, 9, 10, 8], 90, 85, 0],
  ['25307002', 'Barrera Montes Erick', [6, 5, 7, 6, 8, 7], 90, 70, 2],
  ['25307003', 'Contreras Pulido Abigail', [9, 9, 9, 10, 10, 9], 90, 89, 1],
  ['25307004', 'Dueñas Real Axel Yael', [5, 5, 5, 6, 6, 5], 90, 60, 0],
  ['25307005', 'Esparza Toledo Jazmín', [7, 6, 8, 7, '8,5', 7], 90, 71, 0],
  ['25307006', 'Godínez Vera Alexis', ['NP', 6, 6, 7, 7, 6], 90, 80, null],
  ['25307007', 'Lara Zepeda Daniela', [8, 8, 7, 9, 9, 8], 90, 88, 0],
  ['25307008', 'Muñoz Cabello Rogelio', ['SD', 5, 'SD', 5, 6, 6], 90, 50, 0],
];

export function cobachPlantelVariasHojas(): ExcelJS.Workbook {
  const g = new Sheet('Grupos', [8, 12, 32, 12]);
  g.header('Grupo', 'Turno', 'Tutor', 'Alumnos inscritos');
  g.row('1° A', 'Matutino', 'Mtra. Araceli Bustamante Ríos', 42);
  g.row('1° B', 'Matutino', 'Mtro. Froylán Cedillo Mora', 40);
  g.row('1° C', 'Vespertino', 'Mtra. Olga Patricia Ruelas Gil', 8);

  const s = new Sheet('1° C Calificaciones', [12, 30, 7, 7, 7, 7, 7, 7, 9, 7, 9]);
  s.title('COLEGIO DE BACHILLERES DE CHIHUAHUA · PLANTEL 12 · ACTA DE EVALUACIÓN ORDINARIA', 'K');
  s.title('Primer semestre · Grupo 1° C · Vespertino · Agosto 2025 – enero 2026', 'K');
  s.header('No. de control', 'Nombre', 'MAT-I', 'QUI-I', 'ETI-I', 'TLR-I', 'INF-I', 'ING-I', 'Días de clase', 'Asist.', 'Faltas justif.');
  for (const [c, n, gr, d, a, j] of COBACH_1C) s.row(c, n, ...gr, d, a, j);

  const t = new Sheet('Plantilla docente', [34, 36, 8, 8]);
  t.header('Nombre', 'Asignatura', 'Horas', 'Grupo');
  t.row('Mtro. Froylán Cedillo Mora', 'Matemáticas I', 5, '1° C');
  t.row('Q. Leonor Ibarra Salcido', 'Química I', 5, '1° C');
  t.row('Lic. Mauricio Enríquez Paz', 'Ética I', 6, '1° C');
  t.row('Mtra. Olga Patricia Ruelas Gil', 'Taller de Lectura y Redacción I', 8, '1° C');
  t.row('Ing. Ramón Ochoa Villa', 'Informática I', 7, '1° C');
  t.row('Lic. Karen Holguín Soto', 'Inglés I', 6, '1° C');

  const n = new Sheet('Notas', [80]);
  n.row('Acuerdos de la reunión de academia (12/12/2025)');
  n.row('1. Las calificaciones ordinarias se capturan en el sistema antes del 16 de enero.');
  n.row('2. Alumnos con NP o SD: aviso a padres por escrito.');
  n.row('3. Faltas justificadas: solo con constancia médica de institución pública (24 horas).');
  return workbookOf('COBACH: un acta de evaluación entre hojas que no son listas de alumnos (datos inventados).', [g, s, t, n]);
}

// ---------------------------------------------------------------------------------------------
// 11. An export from a control escolar system: capitals, «APELLIDOS, NOMBRE», grades as «08», stray spaces

type ExportLine = [nombre: string, grades: Value[], adeudadas: Value, asist: Value, justif: Value];

const EXPORT_5A: ExportLine[] = [
  ['ALCÁNTARA BUSTOS, DIANA LAURA', ['08', '09', '08', '07', '09'], '0', 76, 0],
  ['BELTRÁN CASTILLO, JOSÉ EDUARDO', ['05', '06', '06', '05', '07'], '1', 66, 0],
  ['CORONA DELGADO, ANDREA', ['10', '10', '09', '10', '10'], '0', 80, 0],
  ['DE LA CRUZ ESTRADA, MIGUEL ÁNGEL', ['NP', '05', '05', '06', 'SD'], '0', 50, 4],
  ['ESPINO FARÍAS, KARINA', ['07', '07', '08', '06', '08'], '2', 70, 0],
  ['GARZA HINOJOSA, PATRICIO', ['06', '06', '05', '06', '06'], '3', 64, 0],
  ['HUERTA ÍÑIGUEZ, VANESSA', ['09', '08', '09', '09', '10'], '', 62, 2],
  ['LEÓN MÁRQUEZ, ALDO', ['06', '07', '05', '05', '06'], '0', 63, 0],
  ['MORA NÚÑEZ, ITZEL ALEJANDRA', ['8.5', '08', '07', '09', '09'], '0', 79, 1],
];

export function cetisExportacionSistema(): ExcelJS.Workbook {
  const s = new Sheet('REPORTE', [12, 36, 10, 10, 10, 12, 14, 10, 8, 10, 10]);
  s.row('CETIS No. 52 · CONTROL ESCOLAR · REPORTE DE CALIFICACIONES FINALES · GRUPO 5AMPR · PERIODO 2025-2');
  s.header(' MATRÍCULA', 'NOMBRE DEL ALUMNO ', 'TEMAS DE  FÍSICA', 'CÁLCULO INTEGRAL', 'INGLÉS V', 'PROBABILIDAD Y ESTADÍSTICA', 'MÓDULO V:\nDESARROLLA APLICACIONES WEB', ' MAT. ADEUDADAS ', '  ASIST. ', 'SES.\nTOTALES', 'F.  JUSTIF.');
  EXPORT_5A.forEach(([n, g, ad, a, j], i) => s.row(`2202${String(i + 1).padStart(4, '0')}`, n, ...g, ad, a, 80, j));
  s.row('TOTAL DE ALUMNOS: 9');
  s.row('Generado por el sistema de control escolar el 03/07/2026 a las 12:41');
  return workbookOf('CETIS: reporte exportado del sistema de control escolar (datos inventados).', [s]);
}
