// `npx tsx local/registros.ts`: writes the office registers of issue 9 (test/fixtures/registros/), each shaped like a real school's workbook.
import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDay } from './demo';
import { MONEY_FORMAT, PERCENT_FORMAT, newWorkbook, writeWorkbook } from './workbook';

/** A cell as written: null leaves it empty (also every cell of a merge but its top-left one). */
type Value = string | number | null;

interface Grid {
  name: string;
  /** Row 1 first; an empty array is a blank row. */
  rows: Value[][];
  merges: string[];
  /** Rows drawn as a title (bold, larger) and as headers (bold, filled, wrapped). */
  titleRows: number[];
  headerRows: number[];
  widths: number[];
  /** Number formats by column letter, for the rows after the last header row. */
  formats: Record<string, string>;
}

/** Builds a sheet row by row, as a secretary lays it out: titles, headers, blocks, footers. */
class Sheet {
  readonly grid: Grid;
  constructor(name: string, widths: number[] = []) {
    this.grid = { name, rows: [], merges: [], titleRows: [], headerRows: [], widths, formats: {} };
  }
  /** Adds a row of values from column A and returns its number. */
  row(...values: Value[]): number {
    this.grid.rows.push(values);
    return this.grid.rows.length;
  }
  blank(): number {
    return this.row();
  }
  merge(...ranges: string[]): this {
    this.grid.merges.push(...ranges);
    return this;
  }
  /** A title line merged across the columns A..last, the way school letterheads are. */
  title(text: string, last: string): number {
    const r = this.row(text);
    this.grid.titleRows.push(r);
    this.merge(`A${r}:${last}${r}`);
    return r;
  }
  header(...values: Value[]): number {
    const r = this.row(...values);
    this.grid.headerRows.push(r);
    return r;
  }
  format(columns: string, numFmt: string): this {
    for (const c of columns.split(',')) this.grid.formats[c] = numFmt;
    return this;
  }
}

const letterIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** The cells of a merge other than its top-left one: Sheets keeps them empty, so the grid must too. */
function checkMerges(grid: Grid): void {
  for (const range of grid.merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) throw new Error(`${grid.name}: merge ${range} is not A1:B2`);
    const [c1, r1, c2, r2] = [letterIndex(m[1]), Number(m[2]), letterIndex(m[3]), Number(m[4])];
    for (let r = r1; r <= r2; r++) {
      for (let c = c1; c <= c2; c++) {
        if ((r !== r1 || c !== c1) && (grid.rows[r - 1]?.[c - 1] ?? null) !== null) throw new Error(`${grid.name}: ${range} covers a value at row ${r}, column ${c}`);
      }
    }
  }
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };

function addGrid(workbook: ExcelJS.Workbook, grid: Grid): void {
  checkMerges(grid);
  const ws = workbook.addWorksheet(grid.name);
  const lastHeader = Math.max(0, ...grid.headerRows);
  grid.rows.forEach((values, i) => {
    values.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(i + 1, c + 1);
      cell.value = v;
      const letter = ws.getColumn(c + 1).letter;
      if (i + 1 > lastHeader && grid.formats[letter] && typeof v === 'number') cell.numFmt = grid.formats[letter];
    });
  });
  for (const r of grid.titleRows) ws.getRow(r).font = { bold: true, size: r === grid.titleRows[0] ? 13 : 11 };
  for (const r of grid.headerRows) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    const width = Math.max(...grid.rows.map((x) => x.length));
    for (let c = 1; c <= width; c++) ws.getCell(r, c).fill = HEADER_FILL;
  }
  grid.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const range of grid.merges) ws.mergeCells(range);
}

/** Fixed document properties, so the same content gives the same bytes. */
function workbookOf(description: string, sheets: Sheet[]): ExcelJS.Workbook {
  const workbook = newWorkbook(description, referenceDay('2026-03-16'));
  for (const s of sheets) addGrid(workbook, s.grid);
  return workbook;
}

/** A signature block: a line, the role, and the person's name below it. */
function signatures(s: Sheet, people: [col: number, role: string, name: string][]): void {
  const line: Value[] = [];
  const roles: Value[] = [];
  const names: Value[] = [];
  for (const [col, role, name] of people) {
    line[col] = '______________________________';
    roles[col] = role;
    names[col] = name;
  }
  const fill = (xs: Value[]) => Array.from(xs, (x) => x ?? null);
  s.row(...fill(line));
  s.row(...fill(roles));
  s.row(...fill(names));
}

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
// 5. Becas dictamen: one criterion column per plan, «Sin beca» and «Ninguna» as plans

type DictamenLine = [matricula: string, nombre: string, plan: Value, promedio: Value, criterio: Partial<Record<'nivel' | 'lugar' | 'comite' | 'anos' | 'parentesco', Value>>, dictamen: string];

const DICTAMEN: DictamenLine[] = [
  ['B2601', 'Andrade Pérez Luisa Fernanda', 'Continuidad', 8.7, { nivel: 'Sí' }, 'Otorgada'],
  ['B2602', 'Bravo Solís Ernesto', 'Plan I', 7.9, { nivel: 'Sí' }, 'Negada'],
  ['B2603', 'Cházaro Luna Montserrat', 'Excelencia', 9.8, { lugar: 'Delfín' }, 'Otorgada'],
  ['B2604', 'Dorantes Mora Gael', 'II', 9.6, { lugar: 2 }, 'Negada'],
  ['B2605', 'Enríquez Tapia Aranza', 'Académica', null, { lugar: '1er lugar' }, 'Otorgada'],
  ['B2606', 'Fuentes Malpica Rubén', 'III', null, { lugar: '3°' }, 'Otorgada'],
  ['B2607', 'Gutiérrez Cano Itzel', 'Parentesco', 8.2, { parentesco: 'Mismo sistema' }, 'Otorgada'],
  ['B2608', 'Hernández Solano Óscar', 'IV', 8, { parentesco: 'No escolarizado' }, 'Otorgada'],
  ['B2609', 'Landa Ruiz Mariel', 'Protección y ayuda mutua', 7.5, { comite: '35 %' }, 'Otorgada'],
  ['B2610', 'Mendoza Prieto Axel', 'Deportiva', 8, { comite: '50%' }, 'Otorgada'],
  ['B2611', 'Ortega Rivas Camila', 'Personal', 8.9, { anos: '5 años' }, 'Otorgada'],
  ['B2612', 'Pacheco Uribe Damián', 'VI', 9, { anos: '2 años de servicio' }, 'Negada'],
  ['B2613', 'Ramírez Ávila Jimena', 'Sin beca', 9.1, {}, '—'],
  ['B2614', 'Sánchez Meza Joaquín', 'Ninguna', 6.8, {}, '—'],
  ['B2615', 'Trujillo Vera Aurora', 'Continuidad', '8,5', { nivel: 'si' }, 'Otorgada'],
  ['B2616', 'Valdés Olmos Bruno', 'Plan VI', 8.1, { anos: '3 años de servicio' }, 'Otorgada'],
  ['B2617', 'Zárate Leal Marisol', 'I y IV', 8.9, { nivel: 'Sí', parentesco: 'Mismo sistema' }, 'En revisión'],
];

export function becasDictamenComite(): ExcelJS.Workbook {
  const s = new Sheet('Dictamen 2026-1', [5, 9, 32, 24, 7, 13, 11, 11, 15, 16, 12]);
  s.title('UNIVERSIDAD DEL GOLFO DE MÉXICO · BACHILLERATO CAMPUS ORIZABA', 'K');
  s.title('COMISIÓN DICTAMINADORA DE BECAS · DICTAMEN DEL PERIODO 2026-1', 'K');
  s.title('Fecha del dictamen: 12/01/2026', 'K');
  s.blank();
  const h = s.header('No.', 'Matrícula', 'Nombre del alumno', 'Tipo beca', 'Prom.', 'CRITERIO SEGÚN EL PLAN', null, null, null, null, 'Dictamen');
  s.header(null, null, null, null, null, 'Nivel anterior en el sistema', 'Lugar', '% beca comité', 'Años serv. padre', 'Parentesco', null);
  s.merge(...['A', 'B', 'C', 'D', 'E', 'K'].map((c) => `${c}${h}:${c}${h + 1}`), `F${h}:J${h}`);
  DICTAMEN.forEach(([m, n, p, avg, c, d], i) => s.row(i + 1, m, n, p, avg, c.nivel ?? null, c.lugar ?? null, c.comite ?? null, c.anos ?? null, c.parentesco ?? null, d));
  s.blank();
  signatures(s, [
    [2, 'Presidente de la Comisión Dictaminadora de Becas', 'Mtro. Joel Ávalos Ferrer'],
    [7, 'Secretaria', 'Lic. Adriana Pozos Lagunes'],
  ]);

  const c = new Sheet('Catálogo de becas', [6, 30, 16, 48, 44]);
  c.header('Plan', 'Nombre', 'Porcentaje', 'Criterio', 'Para renovar');
  c.row('I', 'Continuidad', '10 %', 'Cursó completo el nivel anterior en el sistema', 'Promedio de 8');
  c.row('II', 'Excelencia', '70 %', 'Primer lugar de su carrera y sistema, o Delfín', 'Promedio de 9,5 en ordinario y 25 horas de servicio');
  c.row('III', 'Académica', '60 %, 50 %, 40 %', 'Lugar en el examen (1°, 2°, 3°)', 'Promedio de 9,5 en ordinario');
  c.row('IV', 'Parentesco', '25 %, 20 %, 10 %', 'Mismo sistema, escolarizado o no escolarizado', 'Promedio de 8 en ordinario');
  c.row('V', 'Protección y ayuda mutua', '25 % a 50 %', 'Porcentaje que fija el comité', 'Alumno regular con promedio aprobatorio');
  c.row('VI', 'Personal', '40 %', 'Tres años de servicio del padre o la madre', 'Promedio de 8');
  c.row('VII', 'Deportiva', '25 % a 50 %', 'Porcentaje que fija el comité deportivo', 'No adeudar materias');
  c.row('VIII', 'Empresas complementarias', 'Según convenio', 'Convenio con la empresa', 'Estar al corriente en colegiaturas');
  return workbookOf('Dictamen de becas: una columna de criterio por plan (datos inventados).', [s, c]);
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
// 8. Bachillerato particular: renewal of becas, a bare «Beca» holding plan names, Nombre(s) before Apellidos

type RenewalLine = [matricula: string, nombre: string, apellidos: string, beca: Value, pct: Value, promedio: Value, adeudadas: Value, adeudo: Value, horas: Value, colegiatura: Value, pago: string];

const RENOVACION: RenewalLine[] = [
  ['250101', 'Ana Karen', 'Solís Ibarra', 'I Continuidad', 0.1, 8.4, 0, 'No', null, 3150, 'Mensual'],
  ['250102', 'Bruno', 'Lagos Ferrer', 'Excelencia', 0.7, 9.7, 0, 'No', 30, 3150, 'Pago anticipado'],
  ['250103', 'Carla', 'Méndez Ugalde', 'II', 0.7, 9.6, 0, 'No', 20, 3150, 'Mensual'],
  ['250104', 'Daniel', 'Nieves Parra', 'Académica', 0.5, 9.4, 0, 'No', 25, 3150, 'Pronto pago'],
  ['250105', 'Elena', 'Olmedo Cruz', 'Parentesco', 0.25, 8.5, 1, 'No', 10, 3150, 'Mensual'],
  ['250106', 'Fabián', 'Peralta Gómez', 'Plan IV', 0.2, 8, 0, 'No', null, 3150, 'Mensual'],
  ['250107', 'Gabriela', 'Quintana Ríos', 'Continuidad', 0.1, 9.1, 0, '$1,575.00', null, 3150, 'Mensual'],
  ['250108', 'Hugo', 'Rivera Lozano', 'Personal', 0.4, 7.8, 0, 'No', null, 3150, 'Mensual'],
  ['250109', 'Irene', 'Sosa Valle', 'Deportiva', 0.3, 7, 1, 'no', null, 3150, 'Mensual'],
  ['250110', 'Jorge', 'Tovar Ayala', 'Protección y ayuda mutua', 0.35, 6.4, 0, 'No', null, 3150, 'Pago anticipado'],
  ['250111', 'Karla', 'Uribe Núñez', 'Sin beca', 0, 8.8, 0, 'No', null, '$3,150.00', 'Mensual'],
  ['250112', 'Luis', 'Vega Ortiz', 'Académica', 0.6, 9.8, null, 'Sí', 40, 3150, 'Mensual'],
];

export function particularRenovacionBecas(): ExcelJS.Workbook {
  const s = new Sheet('Renovación', [10, 14, 18, 24, 10, 10, 10, 12, 10, 13, 16]);
  s.title('INSTITUTO CULTURAL TEPEYAC · BACHILLERATO INCORPORADO A LA SEP', 'K');
  s.title('SOLICITUDES DE RENOVACIÓN DE BECA · PERIODO FEBRERO–JULIO 2026', 'K');
  s.blank();
  s.header('Matrícula', 'Nombre(s)', 'Apellidos', 'Beca', '% otorgado', 'Prom.\nordinario', 'Mat. adeudadas', 'Adeudo colegiatura', 'Horas serv.\nbecario', 'Colegiatura', 'Forma de pago');
  for (const line of RENOVACION) s.row(...line);
  s.format('E', PERCENT_FORMAT).format('J', MONEY_FORMAT);
  s.blank();
  s.row('Total de solicitudes: 12');

  const p = new Sheet('Calendario de pagos', [14, 16, 12]);
  p.header('Mes', 'Fecha límite', 'Importe');
  for (const [m, f] of [['Febrero', '10/02/2026'], ['Marzo', '10/03/2026'], ['Abril', '10/04/2026'], ['Mayo', '11/05/2026'], ['Junio', '10/06/2026'], ['Julio', '10/07/2026']]) p.row(m, f, 3150);
  p.format('C', MONEY_FORMAT);
  return workbookOf('Bachillerato particular: renovación de becas con la colegiatura y la forma de pago (datos inventados).', [s, p]);
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

// ---------------------------------------------------------------------------------------------
// 13. Private school's «Relación de becarios» for the SEP: «Programa de beca» holds the plan, a bare «Beca» the percentage

type BecarioLine = [curp: string, nombre: string, grupo: string, programa: Value, beca: Value, promedio: Value, criterio: Value];

const BECARIOS: BecarioLine[] = [
  ['AARD090612HVZLZGA3', 'Alcántara Ruiz Diego', '4° A', 'I', 0.1, 8.6, 'Sí'],
  ['BOSF090330MVZNNRA8', 'Bonilla Sáenz Frida', '4° A', 'Continuidad', 0.1, 7.9, 'Sí'],
  ['CALP081117HVZRGBA1', 'Cárdenas Lugo Pablo', '4° B', 'No aplica', 0, 9, null],
  ['DEOM090205MVZLCXA6', 'Delgado Ochoa Mía', '4° B', 'Excelencia', 0.7, 9.5, 1],
  ['EIPI100103HVZLZNA0', 'Elizondo Paz Ian', '2° A', 'III', 0.5, null, 'segundo lugar'],
  ['FAIL091024MVZRBXA2', 'Franco Ibarra Lía', '4° A', 'Parentesco', 0.2, 8, 'escolarizado'],
  ['GITS090818MVZLRRA5', 'Gil Treviño Sara', '6° A', 'Deportiva', 0.25, 8.2, '25 %'],
  ['HIVR080729HVZNLLA9', 'Hinojosa Vela Raúl', '6° A', 'Protección y ayuda mutua', 0.5, 7.1, '60 %'],
  ['IAQA090409MVZSRNA4', 'Islas Quiroga Ana', '4° B', 'Personal', 0.4, 9, '4 años'],
  ['JUML081201HVZRNNA7', 'Juárez Montes Leo', '6° A', 'Empresas complementarias', 0.3, 8, null],
];

export function particularRelacionBecarios(): ExcelJS.Workbook {
  const s = new Sheet('Relación de becarios', [5, 21, 28, 9, 24, 8, 9, 16]);
  s.title('COLEGIO AMÉRICA DE XALAPA, A.C. · BACHILLERATO GENERAL INCORPORADO', 'H');
  s.title('RELACIÓN DE ALUMNOS BECADOS · CICLO ESCOLAR 2025-2026 (mínimo 5 % de la matrícula)', 'H');
  s.blank();
  s.header('No.', 'CURP', 'Nombre del alumno', 'Grado y grupo', 'Programa de beca', 'Beca', 'Promedio', 'Criterio');
  BECARIOS.forEach(([c, n, g, pr, b, avg, cr], i) => s.row(i + 1, c, n, g, pr, b, avg, cr));
  s.format('F', PERCENT_FORMAT);
  s.row(null, null, 'Total de becarios: 10');
  s.blank();
  signatures(s, [[2, 'Director técnico', 'Mtro. Everardo Lagunes Pozos']]);

  const r = new Sheet('Resumen', [34, 12]);
  r.row('Alumnos inscritos', 184);
  r.row('Alumnos becados', 10);
  r.row('Porcentaje de becados', 0.054);
  r.format('B', '0.0 %');
  return workbookOf('Bachillerato particular: relación de becarios que se entrega a la SEP (datos inventados).', [s, r]);
}

/** Every register of test/fixtures/registros/, by scenario name. */
export const REGISTROS: Record<string, () => ExcelJS.Workbook> = {
  'cbtis-concentrado-parciales': cbtisConcentradoParciales,
  'prepa-varios-grupos': prepaVariosGrupos,
  'secundaria-inasistencias': secundariaInasistencias,
  'docente-una-materia': docenteUnaMateria,
  'becas-dictamen-comite': becasDictamenComite,
  'peru-acta-vigesimal': peruActaVigesimal,
  'cbtis-asistencia-parcial': cbtisAsistenciaParcial,
  'particular-renovacion-becas': particularRenovacionBecas,
  'secundaria-concentrado-trimestral': secundariaConcentradoTrimestral,
  'cobach-plantel-varias-hojas': cobachPlantelVariasHojas,
  'cetis-exportacion-sistema': cetisExportacionSistema,
  'peru-asistencia-por-grado': peruAsistenciaPorGrado,
  'particular-relacion-becarios': particularRelacionBecarios,
};

export const REGISTROS_DIR = join(__dirname, '../test/fixtures/registros');

async function main(): Promise<void> {
  for (const [name, build] of Object.entries(REGISTROS)) {
    const path = join(REGISTROS_DIR, `${name}.xlsx`);
    await writeWorkbook(build(), path);
    console.log(`test/fixtures/registros/${name}.xlsx: ${(statSync(path).size / 1024).toFixed(1)} KB`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
