// Header synonyms: which column is which on sheets the add-on did not make.
import { detectColumns, findHeaderRow } from '../../src/core/table';
import { normalizeHeader } from '../../src/core/text';

const specs = [
  { field: 'promedio', label: 'Promedio', synonyms: ['promedio', 'prom gral', 'prom', 'promedio general'] },
  { field: 'asistencias', label: 'Asistencias', synonyms: ['asistencias', 'asist', 'asistencia'] },
  { field: 'justificadas', label: 'Faltas justificadas', synonyms: ['faltas justificadas', 'justificadas', 'just'] },
  { field: 'plan', label: 'Plan de beca', synonyms: ['plan de beca', 'plan', 'tipo de beca'] },
];

describe('normalizeHeader', () => {
  test.each([
    ['Prom. gral.', 'prom gral'],
    ['  ASIST. ', 'asist'],
    ['Calif. Final (1er parcial)', 'calif final 1er parcial'],
    ['Año', 'ano'],
  ])('%p → %p', (input, want) => expect(normalizeHeader(input)).toBe(want));
});

describe('detectColumns', () => {
  test('finds columns by synonyms whatever the spelling', () => {
    expect(detectColumns(['Nombre', 'Prom. Gral.', 'Asist.', 'Faltas justificadas', 'Plan de beca'], specs)).toEqual({
      promedio: 1,
      asistencias: 2,
      justificadas: 3,
      plan: 4,
    });
  });

  test('prefers an exact header over one that merely contains the word', () => {
    expect(detectColumns(['Plan de estudios', 'Plan'], specs).plan).toBe(1);
  });

  test('gives each column to one field only', () => {
    const m = detectColumns(['Asistencia', 'Asistencias'], specs);
    expect(m.asistencias).toBe(1);
    expect(Object.values(m)).toHaveLength(1);
  });

  test('leaves out fields without a header', () => {
    expect(detectColumns(['Nombre', 'Grupo'], specs)).toEqual({});
  });
});

describe('findHeaderRow', () => {
  test('skips a title row above the headers', () => {
    const rows = [['Escuela Benito Juárez, ciclo 2026', '', ''], ['Alumno', 'Promedio', 'Plan'], ['Ana', 8, 'I']];
    expect(findHeaderRow(rows, specs)).toBe(1);
  });
});
