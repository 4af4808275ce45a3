// Four more registers built by a second outside tester (issue 9), kinds the first seventeen do not have: a Peruvian
// registro auxiliar with competencias in letters (AD/A/B/C) beside a numeric attendance block, a control-escolar
// export with two blank leading columns, the header at row 9, a GPO column and a BAJA row, a colegio's renewal list
// whose bare «Adeudo» holds amounts and dashes, and a directory of parents beside a grades sheet with a blank subject
// and a student who is NP in everything.
import ExcelJS from 'exceljs';
import { Sheet, Value, signatures, workbookOf } from './grid';

// ---------------------------------------------------------------------------------------------
// 18. Perú, registro auxiliar: competencias C1…C4 graded AD/A/B/C under merged áreas, attendance in numbers

type AuxLine = [codigo: string, nombre: string, mat: Value[], com: Value[], dias: Value, asist: Value, just: Value, tard: Value];

const AUX_2B: AuxLine[] = [
  ['07020715300145', 'ALVA QUISPE, Rosa Elena', ['A', 'A', 'AD', 'A'], ['A', 'B', 'A'], 40, 38, 0, 1],
  ['07020715300146', 'BENITES HUAMÁN, Jorge Luis', ['B', 'B', 'C', 'B'], ['B', 'C', 'B'], 40, 30, 2, 3],
  ['07020715300147', 'CCAHUANA MAMANI, Flor de María', ['AD', 'AD', 'AD', 'A'], ['AD', 'A', 'AD'], 40, 40, 0, 0],
  ['07020715300148', 'DÍAZ ROJAS, Kevin Jhon', ['C', 'C', 'C', 'C'], ['C', 'C', 'B'], 40, 28, 0, 5],
  ['07020715300149', 'ESPINOZA TORRES, Milagros', ['A', 'A', 'A', 'A'], ['A', 'A', 'A'], 40, 32, 0, 0],
  ['07020715300150', 'FLORES CHÁVEZ, Piero Alonso', ['B', 'A', 'B', 'B'], ['A', 'B', 'B'], 40, 31, 0, 2],
  ['07020715300151', 'GUTIÉRREZ LEÓN, Ana Lucía', ['A', 'AD', 'A', 'A'], ['A', 'A', 'AD'], 40, '36', null, 0],
  ['07020715300152', 'HUAMANÍ SOTO, Brayan', ['C', 'B', 'C', 'C'], ['B', 'C', 'C'], 40, 20, 4, 1],
  ['07020715300153', 'LÓPEZ VARGAS, Camila', ['A', 'A', 'B', 'A'], ['B', 'A', 'A'], 40, 39, 1, 0],
  ['07020715300154', 'MENDOZA RAMOS, Luis Ángel', ['B', 'B', 'B', null], ['B', 'B', 'B'], 35, 30, 0, 0],
];

export function peruRegistroAuxiliarLetras(): ExcelJS.Workbook {
  const s = new Sheet('2° B', [5, 17, 34, 5, 5, 5, 5, 5, 5, 5, 8, 8, 8, 8]);
  s.title('INSTITUCIÓN EDUCATIVA N° 2071 «CÉSAR VALLEJO» · UGEL 02 RÍMAC', 'N');
  s.title('REGISTRO AUXILIAR DE EVALUACIÓN · SECUNDARIA · 2° GRADO «B» · I BIMESTRE 2026', 'N');
  s.blank();
  const top = s.header('N°', 'Código del estudiante', 'Apellidos y nombres', 'MATEMÁTICA', null, null, null, 'COMUNICACIÓN', null, null, 'ASISTENCIA', null, null, null);
  const sub = s.header(null, null, null, 'C1', 'C2', 'C3', 'C4', 'C1', 'C2', 'C3', 'Días hábiles', 'Asistencias', 'Faltas justif.', 'Tardanzas');
  s.merge(`A${top}:A${sub}`, `B${top}:B${sub}`, `C${top}:C${sub}`, `D${top}:G${top}`, `H${top}:J${top}`, `K${top}:N${top}`);
  AUX_2B.forEach(([c, n, m, k, d, a, j, t], i) => s.row(i + 1, c, n, ...m, ...k, d, a, j, t));
  s.blank();
  signatures(s, [[2, 'Docente del área', 'Lic. Carmen Salazar Paredes']]);

  const e = new Sheet('Escala', [14, 60]);
  e.header('Calificación', 'Descripción');
  e.row('AD', 'Logro destacado: evidencia un nivel superior a lo esperado');
  e.row('A', 'Logro esperado: evidencia el nivel esperado');
  e.row('B', 'En proceso: está próximo al nivel esperado');
  e.row('C', 'En inicio: muestra un progreso mínimo');
  return workbookOf('Perú: registro auxiliar con competencias en letras (AD, A, B, C) y asistencia en números (datos inventados).', [s, e]);
}

// ---------------------------------------------------------------------------------------------
// 19. Control-escolar export: columns A and B blank, header at row 9, ALL CAPS names, GPO on every row, a BAJA

type ExportLine = [matricula: string, nombre: string, gpo: number, grades: Value[], prom: Value, obs?: string];

const EXPORT_2S: ExportLine[] = [
  ['24211401001', 'AGUILAR BONILLA ANDREA', 201, [8, 7, 9, 8, 9], 8.2],
  ['24211401002', 'BAEZ CORTES JOSE ANTONIO', 201, [5, 6, 7, 6, 8], 6.4],
  ['24211401003', 'CARMONA DIAZ LUIS FERNANDO', 201, [5, 5, 6, 5, 7], 5.6],
  ['24211401004', 'DOMINGUEZ ESPINOSA MARIA FERNANDA', 201, [10, 9, 10, 9, 10], 9.6],
  ['24211401005', 'ESCAMILLA FLORES BRANDON', 201, ['NP', 'NP', 5, 6, 5], 5],
  ['24211401006', 'GARCIA HERNANDEZ DULCE MARIA', 201, [7, 8, '6', 7, 8], 7.2],
  ['24211401007', 'HERNANDEZ ISLAS JOSUE', 201, [null, null, null, null, null], null, 'BAJA'],
  ['24211401008', 'JUAREZ LOPEZ ITZEL', 201, [6, 6, 6, 6, 6], 6],
  ['24211402001', 'LARA MENDEZ OSCAR', 202, [9, 8, 8, 9, 7], 8.2],
  ['24211402002', 'MARTINEZ NAVA KARLA', 202, [5, 9, 8, 'SD', 9], 7.8],
  ['24211402003', 'NUÑEZ ORTEGA EMILIANO', 202, [7, 6, 5, 8, 7], 6.6],
  ['24211402004', 'OLVERA PEREZ XIMENA', 202, [8, 9, 9, 10, 9], 9],
  ['24211402005', 'PEREZ QUIROZ ALAN', 202, [5, 5, 5, 5, 6], 5.2],
  ['24211402006', 'RAMOS SALAZAR VALERIA', 202, [9, null, 8, 9, 9], 8.8],
  ['24211402007', 'SANCHEZ TAPIA DIEGO', 202, [6, 7, 5, 6, 5], 5.8],
];

export function cecyteExportacionGpo(): ExcelJS.Workbook {
  const s = new Sheet('Reporte', [2, 2, 5, 13, 38, 6, 10, 10, 12, 9, 9, 7, 10]);
  const line = (text: string) => {
    const r = s.row(null, null, text);
    s.grid.titleRows.push(r);
    s.merge(`C${r}:M${r}`);
  };
  line('COLEGIO DE ESTUDIOS CIENTIFICOS Y TECNOLOGICOS DEL ESTADO DE PUEBLA');
  line('PLANTEL 14 SAN MARTIN TEXMELUCAN · CLAVE 21ETC0014K');
  line('SISTEMA INTEGRAL DE CONTROL ESCOLAR · REPORTE DE CALIFICACIONES FINALES POR GRUPO');
  line('CICLO ESCOLAR: 2025-2026 · SEMESTRE: SEGUNDO · TURNO: MATUTINO');
  line('CARRERA: TECNICO EN PROGRAMACION · GRUPOS: 201, 202');
  line('FECHA DE IMPRESION: 13/03/2026 10:42 · USUARIO: CONTROL.ESCOLAR');
  s.blank();
  s.blank();
  s.header(null, null, 'NO', 'MATRICULA', 'NOMBRE', 'GPO', 'MATEMATICAS II', 'QUIMICA II', 'LECTURA Y REDACCION II', 'INGLES II', 'TIC II', 'PROM', 'OBS');
  EXPORT_2S.forEach(([m, n, g, gr, p, o], i) => s.row(null, null, i + 1, m, n, g, ...gr, p, o ?? null));
  s.row(null, null, '*** FIN DEL REPORTE ***');
  return workbookOf('CECyTE: exportación del sistema de control escolar con columnas vacías a la izquierda, dos grupos y una baja (datos inventados).', [s]);
}

// ---------------------------------------------------------------------------------------------
// 20. A colegio's renewal list: bare «Adeudo» with «$1,250.00», «—» and 0; «Plan» as «Plan I», «II - Excelencia», «Sin beca»

type RenewLine = [nombre: string, grupo: string, plan: Value, promedio: Value, horas: Value, adeudo: Value];

const RENOVACION: RenewLine[] = [
  ['Acevedo Bustos Regina', '4° A', 'Plan I', 8.4, null, '—'],
  ['Bermúdez Cano Santiago', '4° A', 'II - Excelencia', 9.7, 30, 0],
  ['Cisneros Dávila Paola', '4° B', 'II - Excelencia', 9.8, 20, '—'],
  ['Durán Echeverría Iván', '4° B', 'Plan I', 7.9, null, 0],
  ['Elizondo Farías Marcela', '5° A', 'Sin beca', 9.1, null, '—'],
  ['Franco Gallardo Emilio', '5° A', 'III - Académica', '9.5', 25, '—'],
  ['Garza Hinojosa Daniela', '5° B', 'Plan I', 9, null, '$1,250.00'],
  ['Hurtado Ibarra Mauricio', '5° B', 'IV - Parentesco', 8, 10, 0],
  ['Infante Jasso Lorena', '6° A', 'VI - Personal', '7.95', null, '—'],
  ['Jáuregui Kuri Andrés', '6° A', 'II - Excelencia', 9.6, 25, '$3,400.00'],
  ['Lozano Madero Fátima', '6° B', 'Sin beca', 7.2, null, '$850.50'],
  ['Montemayor Nieto Julio', '6° B', 'VI - Personal', 8.5, null, 0],
];

export function colegioRenovacionAdeudos(): ExcelJS.Workbook {
  const s = new Sheet('Renovación 2026', [5, 30, 8, 18, 10, 10, 12]);
  s.title('COLEGIO AMÉRICA DE MONTERREY, A.C. · BACHILLERATO INCORPORADO A LA UANL', 'G');
  s.title('ADMINISTRACIÓN · RENOVACIÓN DE BECAS Y ESTADO DE CUENTA · AGOSTO 2026', 'G');
  s.blank();
  s.header('No.', 'Alumno', 'Grupo', 'Plan', 'Promedio', 'Horas servicio', 'Adeudo');
  RENOVACION.forEach(([n, g, p, avg, h, a], i) => s.row(i + 1, n, g, p, avg, h, a));
  s.row(null, 'Total adeudado:', null, null, null, null, '$5,500.50');
  s.blank();
  signatures(s, [[1, 'Administración', 'C.P. Laura Ibarra Mejía']]);

  const c = new Sheet('Conceptos', [30, 14]);
  c.header('Concepto', 'Importe');
  c.row('Inscripción semestral', '$3,200.00');
  c.row('Colegiatura mensual', '$2,950.00');
  c.row('Recargo por pago tardío', '$150.00');
  c.row('Examen extraordinario', '$480.00');
  return workbookOf('Colegio particular: renovación de becas con el adeudo de colegiatura en importes y guiones (datos inventados).', [s, c]);
}

// ---------------------------------------------------------------------------------------------
// 21. Secundaria: a directory of parents («Parentesco»: Madre/Padre) and a grades sheet with Educación Física blank

type PadreLine = [nombre: string, parentesco: string, telefono: string, ocupacion: string];

const PADRES: PadreLine[] = [
  ['María Elena Beltrán Soto', 'Madre', '2221456780', 'Comerciante'],
  ['José Luis Barrera Campos', 'Padre', '2223349012', 'Chofer'],
  ['Guadalupe Delgado Rivas', 'Madre', '2225567341', 'Hogar'],
  ['Ramón Durán Osorio', 'Padre', '2227781125', 'Albañil'],
  ['Patricia Fuentes Lara', 'Madre', '2221093378', 'Enfermera'],
  ['Rosa Galindo Mora', 'Abuela', '2224410967', 'Hogar'],
  ['Alberto Gómez Peña', 'Padre', '2226638254', 'Empleado'],
  ['Silvia Ibarra Torres', 'Madre', '2228812403', 'Maestra'],
  ['Juan Carlos Islas Vega', 'Tutor', '2229905516', 'Mecánico'],
  ['Adriana Luna Cázares', 'Madre', '2222276649', 'Costurera'],
];

type BoletaLine = [nombre: string, grades: Value[]];

const PRIMERO_C: BoletaLine[] = [
  ['Alcántara Beltrán Sofía', [9, 8, 9, 10, 9, null, 10, 9]],
  ['Barrera Cruz Emiliano', [6, 5, 7, 6, 6, null, 8, 7]],
  ['Cortés Delgado Renata', ['NP', 'NP', 'NP', 'NP', 'NP', null, 'NP', 'NP']],
  ['Durán Esquivel Mateo', [5, 5, 6, 5, 7, null, 8, 6]],
  ['Estrada Fuentes Valentina', [10, 10, 9, 10, 10, null, 10, 10]],
  ['Flores Galindo Santiago', [7, 6, 'SD', 7, 6, null, 8, 7]],
  ['Gómez Herrera Ximena', [6, 6, 6, 6, 6, null, 6, 6]],
  ['Hernández Ibarra Diego', [5, 5, 5, 5, 6, null, 7, 8]],
  ['Islas Juárez Camila', [8, 7, '9', 8, 7, null, 9, 8]],
  ['Jiménez Luna Leonardo', [7, 8, 7, 6, 8, null, 9, null]],
];

export function secundariaPadresCalificaciones(): ExcelJS.Workbook {
  const p = new Sheet('Padres de familia', [5, 32, 11, 13, 14]);
  p.title('ESC. SEC. TÉCNICA No. 45 · TRABAJO SOCIAL · DIRECTORIO DE PADRES DE FAMILIA 1° C', 'E');
  p.blank();
  p.header('No.', 'Nombre del padre o tutor', 'Parentesco', 'Teléfono', 'Ocupación');
  PADRES.forEach(([n, k, t, o], i) => p.row(i + 1, n, k, t, o));

  const s = new Sheet('1° C', [5, 30, 9, 12, 8, 10, 11, 11, 8, 11]);
  s.title('ESC. SEC. TÉCNICA No. 45 «GRAL. IGNACIO ZARAGOZA» · CONCENTRADO DEL 2° TRIMESTRE · 1° C', 'J');
  s.title('CICLO ESCOLAR 2025-2026 · TURNO MATUTINO', 'J');
  s.blank();
  s.header('No.', 'Nombre del alumno', 'Español', 'Matemáticas', 'Inglés', 'Ciencias I (Biología)', 'Geografía', 'Educación Física', 'Artes', 'Tecnología');
  PRIMERO_C.forEach(([n, g], i) => s.row(i + 1, n, ...g));
  s.row(null, 'Total de alumnos: 10');
  s.blank();
  signatures(s, [[1, 'Asesor(a) del grupo', 'Profra. Martha Ruiz Olvera']]);
  return workbookOf('Secundaria técnica: directorio de padres de familia y concentrado trimestral con una materia sin capturar (datos inventados).', [p, s]);
}
