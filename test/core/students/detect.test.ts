// The pieces of a register's reading, at their edges: abbreviations, group rows with and without merges, who is a student, which sheet is a list, the formulas per block.
import { DEFAULT_RULES } from '../../../src/core/config';
import { detectStudentColumns } from '../../../src/core/students/detect';
import { detectStudentSheet } from '../../../src/core/students/evidence';
import { inputOf, outputSpec } from '../../../src/core/students/fields';
import { formulaFor, valueArguments } from '../../../src/core/students/formulas';
import { headerWords, headersAt, isGroupRow, wordScore } from '../../../src/core/students/headers';
import { planRows } from '../../../src/core/students/rows';

const score = (header: string, synonym: string) => wordScore(headerWords(header), headerWords(synonym));

describe('header words', () => {
  test.each([
    ['Nombre(s)', ['nombres']],
    ['Alumno(a)', ['alumno']],
    ['No.', ['no']],
    ['No. de control', ['control']],
    ['  Ses.\ndel   curso ', ['ses', 'curso']],
    ['% beca comité', ['%', 'beca', 'comite']],
  ])('%p → %p', (header, words) => expect(headerWords(header)).toEqual(words));

  test.each([
    ['Tipo beca', 'tipo de beca', 3],
    ['Ses. del curso', 'sesiones del curso', 2.5],
    ['Mat. adeudadas', 'materias adeudadas', 2.5],
    ['F. justif.', 'f justificadas', 2.5],
    ['Horas serv. becario', 'horas de servicio becario', 2.5],
    ['Nombre del alumno', 'nombre', 2],
    ['Promedio del grupo final', 'final', 1],
    // Two letters abbreviate nothing, and a longer header word is no abbreviation of a shorter synonym.
    ['Se', 'sesiones', 0],
    ['Alumnos inscritos', 'alumno', 0],
  ])('%p against %p scores %p', (header, synonym, want) => expect(score(header, synonym)).toBe(want));
});

describe('a group row over the headers', () => {
  const rows = [
    ['No.', 'Nombre', 'ASISTENCIA', '', '', 'Observaciones'],
    ['', '', 'Ses.', 'Asist.', 'F. justif.', ''],
    [1, 'Ana López Ruiz', 30, 28, 1, ''],
  ];
  const merges = [
    { r1: 0, c1: 0, r2: 1, c2: 0 },
    { r1: 0, c1: 1, r2: 1, c2: 1 },
    { r1: 0, c1: 2, r2: 0, c2: 4 },
    { r1: 0, c1: 5, r2: 1, c2: 5 },
  ];
  const texts = ['No.', 'Nombre', 'ASISTENCIA · Ses.', 'ASISTENCIA · Asist.', 'ASISTENCIA · F. justif.', 'Observaciones'];

  test('is read over its sub-headers with the merges Sheets reports', () => {
    expect(isGroupRow(rows, 0, merges)).toBe(true);
    expect(headersAt(rows, 1, true, merges).map((h) => h.text)).toEqual(texts);
  });

  test('and without merges, a group runs right over blank cells whose sub-header is filled', () => {
    expect(isGroupRow(rows, 0, undefined)).toBe(true);
    expect(headersAt(rows, 1, true, undefined).map((h) => h.text)).toEqual(texts);
  });

  test('a title row over full headers is no group row', () => {
    expect(isGroupRow([['Semestre 4°', '', 'Grupo A'], ['Nombre', 'Asist.', 'Ses.']], 0, [{ r1: 0, c1: 0, r2: 0, c2: 1 }])).toBe(false);
  });

  test('the columns come from the sub-headers, the group only when they say nothing', () => {
    expect(detectStudentColumns(rows, DEFAULT_RULES, merges)).toEqual({
      headerRow: 1,
      headerRows: 2,
      columns: { numeroLista: 0, nombre: 1, sesiones: 2, asistencias: 3, justificadas: 4 },
      subjects: [],
    });
  });
});

describe('who is a student', () => {
  const mapping = { headerRow: 0, columns: { nombre: 1, asistencias: 2, sesiones: 3 }, subjects: [] };
  const rows = [
    ['GRUPO 3° A', '', '', ''],
    [1, 'Ana López Ruiz', 28, 30],
    [2, 'Luis Pérez Gil', 25, 30],
    ['', '', '', ''],
    [3, 'Eva Ruiz Sol', '', ''],
    [4, 'Sol Díaz Paz', 30, 30],
    ['', 'PROMEDIO DEL GRUPO', 27.7, 30],
    ['', 'Total de alumnos: 4', '', ''],
    ['', '______________________', '', ''],
    ['', 'Mtra. Rosa Gil Peña', 'Vo. Bo.', ''],
  ];

  test('a name and an input; totals, averages, headings, signatures and rows without data are skipped and named', () => {
    const plan = planRows(rows, mapping);
    expect(plan.students).toEqual([1, 2, 5]);
    expect(plan.skipped).toEqual([
      { index: 0, text: 'GRUPO 3° A', kind: 'encabezado de grupo' },
      { index: 4, text: 'Eva Ruiz Sol', kind: 'sin datos' },
      { index: 6, text: 'PROMEDIO DEL GRUPO', kind: 'promedio' },
      { index: 7, text: 'Total de alumnos: 4', kind: 'total' },
      { index: 8, text: '______________________', kind: 'firma' },
      { index: 9, text: 'Mtra. Rosa Gil Peña', kind: 'firma' },
    ]);
    expect(plan.blocks).toEqual([
      { first: 1, last: 2 },
      { first: 5, last: 5 },
    ]);
  });
});

describe('which sheet is a student list', () => {
  test.each([
    ['a plan catalog', [['Plan', 'Nombre', 'Criterio'], ['I', 'Continuidad', 'promedio 8'], ['II', 'Excelencia', 'promedio 9,5']], 'names_are_plans'],
    ['a teachers list with hours', [['Nombre', 'Asignatura', 'Horas'], ['Ing. Ramiro Téllez', 'Física', 6], ['Lic. Ana Gil', 'Inglés', 5]], 'names_are_staff'],
    ['names only', [['Nombre del alumno'], ['Ana López Ruiz'], ['Luis Pérez Gil']], 'only_names'],
    ['no names', [['Mes', 'Días hábiles'], ['Enero', 20], ['Total', 20]], 'no_name'],
  ])('%s is not', (_label, rows, why) => {
    const d = detectStudentSheet(rows, DEFAULT_RULES);
    expect([d.students, d.why]).toEqual([false, why]);
  });

  test('grades of 0 to 20 on the default 5–10 scale: not computed, and the scale seen is said', () => {
    const rows = [
      ['Apellidos y nombres', 'Matemática', 'Comunicación', 'Inglés'],
      ['APAZA, Luz', 14, 16, 12],
      ['QUISPE, Juan', 9, 11, 18],
    ];
    const d = detectStudentSheet(rows, DEFAULT_RULES);
    expect([d.students, d.why, d.scale]).toEqual([false, 'wrong_scale', { min: 0, max: 20 }]);
    const vigesimal = { ...DEFAULT_RULES, gradeMin: 0, gradeMax: 20, passingGrade: 11 };
    expect(detectStudentSheet(rows, vigesimal).mapping.subjects).toEqual([1, 2, 3]);
  });
});

describe('the formulas of a block', () => {
  const absences = { headerRow: 4, columns: { nombre: 1, diasHabiles: 2, inasistencias: 3, justificadas: 4 }, subjects: [] };

  test('asistencias derived from días hábiles − inasistencias: "" in their place, the inasistencias after the configuration', () => {
    expect(inputOf(absences, 'asistencias')).toEqual({ derived: 'asistencias', sesiones: 2, inasistencias: 3 });
    expect(formulaFor(outputSpec('derecho'), absences, { first: 6, last: 14 }, 'C!A:B')).toBe('=DERECHO_EXAMEN("", C6:C14, E6:E14, C!A:B, D6:D14)');
  });

  test('criteria per plan: their columns as one argument, and a row naming the plans of each', () => {
    const mapping = {
      headerRow: 5,
      columns: { plan: 3, promedio: 4, criterio: 5 },
      subjects: [],
      criteria: [
        { column: 5, plans: ['I'] },
        { column: 6, plans: ['II', 'III'] },
        { column: 8, plans: ['VI'] },
      ],
    };
    expect(formulaFor(outputSpec('beca'), mapping, { first: 7 }, 'C!A:B')).toBe('=BECA(D7:D, E7:E, {F7:G, I7:I}, C!A:B, {"I", "II, III", "VI"})');
    const { args, after } = valueArguments(outputSpec('beca'), mapping, [['', '', '', 'II', 9.6, 'Sí', 1, '', 4]]);
    expect(args).toEqual([[['II']], [[9.6]], [['Sí', 1, 4]]]);
    expect(after).toEqual([[['I', 'II, III', 'VI']]]);
  });
});
