// Student sheets as offices keep them: columns found by synonyms, subjects by their grades.
import { DEFAULT_RULES } from '../../src/core/config';
import { OUTPUTS, columnLetter, missingFields, outputOfHeader, outputSpec } from '../../src/core/students/fields';
import { detectStudentColumns } from '../../src/core/students/detect';
import { detectStudentSheet } from '../../src/core/students/evidence';
import { formulaFor } from '../../src/core/students/formulas';
import { asCellText } from '../../src/core/a1';

const sheet = (headers: unknown[], ...rows: unknown[][]) => [headers, ...rows];

describe('detectStudentColumns', () => {
  test('finds the usual headers in any spelling', () => {
    const rows = sheet(
      ['Nombre del alumno', 'Matrícula', 'Plan de beca', 'Prom. gral.', 'Criterio', 'Asist.', 'Sesiones', 'Faltas justificadas'],
      ['Ana', 'A1', 'I', '8,5', 'sí', 40, 50, 2],
    );
    expect(detectStudentColumns(rows, DEFAULT_RULES).columns).toEqual({
      nombre: 0, matricula: 1, plan: 2, promedio: 3, criterio: 4, asistencias: 5, sesiones: 6, justificadas: 7,
    });
  });

  test('skips a title row above the headers', () => {
    const rows = [['Colegio Benito Juárez, 2026-A'], ['Alumno', 'Promedio', 'Plan'], ['Ana', 9, 'II']];
    expect(detectStudentColumns(rows, DEFAULT_RULES).headerRow).toBe(1);
  });

  test.each([
    ['grades with decimal commas and NP/SD', ['8,5', 'NP', '10', 'sd', '6'], true],
    ['grades with NP and SD spelled as ESTATUS_PROMOCION reads them', ['N P', 'S/D', 'n.p.', 's.d.', 9], true],
    ['integers on the scale', [6, 7, 8, 9, 10], true],
    ['mostly text', ['bien', 'regular', 8, 'mal', 'bien'], false],
    ['numbers off the scale', [40, 45, 50, 38, 44], false],
  ])('a column of %s is a subject: %p', (_label, values, want) => {
    const rows = sheet(['Nombre', 'Química'], ...values.map((v, i) => [`Alumno ${i}`, v]));
    expect(detectStudentColumns(rows, DEFAULT_RULES).subjects).toEqual(want ? [1] : []);
  });

  test('does not take a semester column or a computed column for a subject', () => {
    const rows = sheet(['Nombre', 'Semestre', 'Estatus de promoción (calculado)', 'Física'], ['Ana', 5, 'Regular', 9], ['Luis', 6, 'Regular', 7]);
    expect(detectStudentColumns(rows, DEFAULT_RULES).subjects).toEqual([3]);
  });

  test.each([
    ['a bare "Beca" header holding percentages', ['Nombre', 'Beca', 'Promedio'], ['Ana', '10 %', 9], undefined],
    ['"Beca %" holding fractions', ['Nombre', 'Beca %', 'Promedio'], ['Ana', 0.25, 9], undefined],
    ['a "Plan" header holding percentages, beside "Tipo de beca"', ['Nombre', 'Plan', 'Tipo de beca'], ['Ana', 0.1, 'III'], 2],
    ['a "Plan" header holding plans', ['Nombre', 'Plan'], ['Ana', 'III'], 1],
    ['a "Plan" header holding plan numbers', ['Nombre', 'Plan'], ['Ana', 3], 1],
  ])('%s: the plan column is %p', (_l, headers, row, want) => {
    expect(detectStudentColumns(sheet(headers, row, row), DEFAULT_RULES).columns.plan).toBe(want);
  });

  test('never takes a column the add-on computed, even one from another version, as an input', () => {
    const rows = sheet(['Nombre', 'Promedio anterior (calculado)', 'Promedio', 'Química (calculado)'], ['Ana', 9, 8, 9], ['Luis', 7, 6, 8]);
    const mapping = detectStudentColumns(rows, DEFAULT_RULES);
    expect(mapping.columns.promedio).toBe(2);
    expect(mapping.subjects).toEqual([]);
  });

  test('does not take the add-on\'s "Beca % (calculado)" for the plan column', () => {
    const rows = sheet(['Nombre', 'Beca % (calculado)', 'Tipo de beca'], ['Ana', 0.1, 'I']);
    expect(detectStudentColumns(rows, DEFAULT_RULES).columns.plan).toBe(2);
  });
});

describe('what can be computed', () => {
  const mapping = { headerRow: 0, columns: { nombre: 0, asistencias: 1, sesiones: 2 }, subjects: [] };

  test('names the fields a result lacks', () => {
    expect(missingFields(outputSpec('derecho'), mapping)).toEqual([]);
    expect(missingFields(outputSpec('beca'), mapping)).toEqual(['Plan de beca']);
    expect(missingFields(outputSpec('estatus'), mapping)).toEqual(['materias']);
  });

  test('a sheet with names and one computable result is a student list; a list of names only is not', () => {
    expect(detectStudentSheet([['Nombre', 'Asistencias', 'Sesiones'], ['Ana López Ruiz', 20, 25]], DEFAULT_RULES).students).toBe(true);
    const names = detectStudentSheet([['Nombre'], ['Ana López Ruiz'], ['Luis Pérez Gil']], DEFAULT_RULES);
    expect([names.students, names.why]).toEqual([false, 'only_names']);
  });

  test.each(OUTPUTS.map((o) => [o.header, o.id]))('header %p is recognized as the computed %p', (header, id) => {
    expect(outputOfHeader(` ${header.toUpperCase()} `)).toBe(id);
  });
});

test.each([
  [0, 'A'],
  [25, 'Z'],
  [26, 'AA'],
  [701, 'ZZ'],
  [702, 'AAA'],
])('column %p is letter %p', (index, letter) => expect(columnLetter(index)).toBe(letter));

describe('asCellText', () => {
  test.each([
    ['=IMPORTRANGE("x")', "'=IMPORTRANGE(\"x\")"],
    ['+52 55 1234', "'+52 55 1234"],
    ['-', "'-"],
    ['@alumno', "'@alumno"],
    ['Regular', 'Regular'],
    [-0.5, -0.5],
  ])('%p is written as %p', (v, want) => expect(asCellText(v)).toBe(want));
});

describe('formulaFor', () => {
  test('passes "" for a missing optional column and the subject span as one range', () => {
    const mapping = { headerRow: 0, columns: { adeudosAnteriores: 11 }, subjects: [3, 4, 5] };
    expect(formulaFor(outputSpec('estatus'), mapping, 2, "'Configuración'!A:B")).toBe("=ESTATUS_PROMOCION(D2:F, L2:L, 'Configuración'!A:B)");
    expect(formulaFor(outputSpec('derecho'), { headerRow: 3, columns: { asistencias: 0, sesiones: 1 }, subjects: [] }, 5, 'C!A:B')).toBe('=DERECHO_EXAMEN(A5:A, B5:B, "", C!A:B)');
  });

  test.each([
    ['one column between them', [3, 5], '{D2:D, F2:F}'],
    ['runs side by side become one range each, in the order of the sheet', [9, 3, 4, 7, 8], '{D2:E, H2:J}'],
  ])('passes subjects apart as an array literal: %s', (_label, subjects, want) => {
    expect(formulaFor(outputSpec('estatus'), { headerRow: 0, columns: {}, subjects }, 2, 'C!A:B')).toBe(`=ESTATUS_PROMOCION(${want}, "", C!A:B)`);
  });
});
