// «Revisión de becas» flags each limit of Cap. XI, Art. 2 at its boundary, and only when the sheet has the column to check it.
import { ReviewFlag, detectReviewColumns, reviewBecas } from '../../src/core/becas-review';
import { reviewLine } from '../../src/core/es/becas-review';

const HEADER = ['Alumno', 'Plan de beca', 'Plan de estudios', 'Sistema', 'Semestre', 'Campus', 'Colaborador', 'Familia', 'Renovación de beca (calculado)', 'Fecha de dictamen'];
const row = (name: string, plan: string, o: Partial<Record<'carrera' | 'sistema' | 'semestre' | 'campus' | 'colaborador' | 'familia' | 'estado' | 'dictamen', unknown>> = {}) => [
  name,
  plan,
  o.carrera ?? 'Bachillerato',
  o.sistema ?? 'Escolarizado',
  o.semestre ?? 1,
  o.campus ?? 'Orizaba',
  o.colaborador ?? '',
  o.familia ?? '',
  o.estado ?? 'Renueva',
  o.dictamen ?? '10/08/2026',
];
const review = (rows: unknown[][], header = HEADER): ReviewFlag[] => {
  const all = [header, ...rows];
  const cols = detectReviewColumns(all);
  if (!cols) throw new Error('no columns');
  return reviewBecas(all, cols);
};

describe('reviewBecas', () => {
  test.each<[string, unknown[][], Partial<ReviewFlag>[]]>([
    ['one Plan II per carrera and sistema is fine', [row('Ana', 'II'), row('Luis', 'II', { sistema: 'Mixto' }), row('Eva', 'II', { carrera: 'Técnico' })], []],
    ['two in one carrera and sistema are flagged', [row('Ana', 'II'), row('Luis', 'Excelencia', { carrera: 'bachillerato' })], [{ code: 'excelencia_per_group', group: 'Bachillerato, Escolarizado', students: ['Ana', 'Luis'] }]],
    ['Plan III in the first semester is fine, in the second is flagged', [row('Ana', 'III'), row('Luis', 'III', { semestre: '2°' })], [{ code: 'academica_semester', students: ['Luis'] }]],
    ['three Plan III per campus are fine', [row('A', 'III'), row('B', 'III'), row('C', 'III'), row('D', 'III', { campus: 'Córdoba' })], []],
    ['four are flagged', [row('A', 'III'), row('B', 'III'), row('C', 'III'), row('D', 'III', { campus: 'orizaba' })], [{ code: 'academica_per_campus', group: 'Orizaba', students: ['A', 'B', 'C', 'D'] }]],
    ['two Plan VI per colaborador are fine', [row('A', 'VI', { colaborador: 'Mtra. Sosa' }), row('B', 'VI', { colaborador: 'Mtra. Sosa' })], []],
    ['three are flagged', [row('A', 'VI', { colaborador: 'Mtra. Sosa' }), row('B', 'VI', { colaborador: 'mtra. sosa' }), row('C', 'VI', { colaborador: 'Mtra. Sosa' })], [{ code: 'personal_per_colaborador', students: ['A', 'B', 'C'] }]],
    ['Plan IV relatives where one lost the beca', [row('A', 'IV', { familia: 'F-7', estado: 'Cancelada' }), row('B', 'IV', { familia: 'F-7' }), row('C', 'IV', { familia: 'F-8' })], [{ code: 'parentesco_lost', group: 'F-7', students: ['B'], lost: ['A'] }]],
    ['a beca without dictamen date; Plan III needs none', [row('A', 'I', { dictamen: '' }), row('B', 'III', { dictamen: '' }), row('C', '', { dictamen: '' })], [{ code: 'no_dictamen', students: ['A'] }]],
  ])('%s', (_l, rows, want) => {
    expect(review(rows)).toEqual(want.map((w) => expect.objectContaining(w)));
  });

  test('checks without their column are not made; a missing dictamen column is said once', () => {
    const header = ['Alumno', 'Plan'];
    expect(review([['Ana', 'II'], ['Luis', 'II'], ['Eva', 'VI']], header)).toEqual([{ code: 'no_dictamen_column', students: [] }]);
  });

  test('a sheet without a plan column has nothing to review', () => {
    expect(detectReviewColumns([['Alumno', 'Plan de estudios', 'Beca %']])).toBeUndefined();
  });
});

describe('reviewLine', () => {
  test.each<[ReviewFlag, [string, string, string]]>([
    [{ code: 'excelencia_per_group', group: 'Bachillerato, Escolarizado', students: ['Ana', 'Luis'] }, ['2 becas de excelencia en Bachillerato, Escolarizado: el reglamento da una por carrera y sistema', 'Ana, Luis', 'Cap. XI, Art. 2, Plan II a)']],
    [{ code: 'parentesco_lost', group: 'F-7', students: ['B'], lost: ['A'] }, ['Familia F-7: A perdió la beca; su porcentaje no se acumula al familiar', 'B', 'Cap. XI, Art. 2, Plan IV, III']],
    [{ code: 'no_dictamen', students: 'ABCDEFGHIJ'.split('') }, ['10 becas sin fecha de dictamen: la vigencia empieza en esa fecha', 'A, B, C, D, E, F, G, H y 2 más', 'Cap. XI, Art. 1 IX']],
  ])('%#', (flag, want) => {
    expect(reviewLine(flag)).toEqual(want);
  });
});
