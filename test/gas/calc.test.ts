// npm run calc on a workbook not written for the add-on: other sheet names, a title above short headers, decimal commas as text.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../local/args';
import { calc, parseArgs } from '../../local/calc';
import { openRuntime } from '../../local/runtime';

const FIXTURE = join(__dirname, '../fixtures/otra-escuela-comas-decimales.xlsx');
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** What the two group sheets lack, said under each: the optional columns assumed, the results not computed. */
const ASSUMED = [
  '    sin columna de adeudo de colegiatura: se supone que no debe colegiatura',
  '    sin columna de horas de servicio becario: no se revisan las horas de servicio',
  '    sin calificación final: no se calcula calificación final',
  '    sin sesiones del curso: no se calculan faltas restantes',
  // Attendance is there but no colegiatura debt: the right to evaluation (Cap. IX, Art. 2 II) needs it.
  '    sin adeudo de colegiatura: no se calcula derecho a evaluación',
];

describe('npm run calc', () => {
  test('computes every student sheet as values, reports what it found, and leaves the notes alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const output = join(dir, 'calculado.xlsx');
    const before = hash(FIXTURE);
    const lines: string[] = [];
    await calc({ book: FIXTURE, output, mode: 'valores', replace: false }, (l) => lines.push(l));
    expect(hash(FIXTURE)).toBe(before);
    expect(lines).toEqual([
      'Libro: otra-escuela-comas-decimales.xlsx',
      expect.stringMatching(/^  · hoja «3A Vespertino»: 8 alumnos; columnas: Nombre \(B\), Plan de beca \(O\), Promedio \(K\).*; materias: Matemáticas III \(C\)/),
      ...ASSUMED,
      '    hoja «3A Vespertino»: valores de Beca %, Motivo de beca, Renovación de beca, Asistencia %, Derecho a examen, Materias reprobadas, Estatus de promoción para 8 alumnos',
      expect.stringMatching(/^  · hoja «5B Vespertino»: 6 alumnos/),
      ...ASSUMED,
      '    hoja «5B Vespertino»: valores de Beca %, Motivo de beca, Renovación de beca, Asistencia %, Derecho a examen, Materias reprobadas, Estatus de promoción para 6 alumnos',
      '  · hoja «Notas»: no se tocó: no tiene una columna de nombres ni de matrículas de alumnos',
      `Guardado en ${output} (2 hojas calculadas).`,
      expect.stringMatching(/^En Hojas de cálculo de Google serían \d+ viajes de ida y vuelta a los servidores\.$/),
    ]);
    const rt = await openRuntime(output);
    const rows = rt.sheetValues('3A Vespertino');
    const header = rows[3];
    const at = (name: string, row: number) => rows[row][header.indexOf(name)];
    expect(at('Alumno(a)', 4)).toBe('Acosta Bravo Luis Fernando');
    expect(at('Beca % (calculado)', 4)).toBe(0.1);
    expect(at('Estatus de promoción (calculado)', 4)).toBe('Regular');
    expect(at('Alumno(a)', 11)).toBe('Gallegos Ordóñez Martín');
    expect(at('Derecho a examen (calculado)', 11)).toBe('Sin derecho');
    expect(at('Estatus de promoción (calculado)', 11)).toBe('Baja por adeudo');
    expect(rt.sheetValues('Notas')).toEqual([['Pendientes de la dirección'], ['Entregar boletas el viernes 30 de enero'], ['Revisar las becas de parentesco con administración']]);
  });

  test('saves in place when no --salida is given, and a second run updates the same columns', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const book = join(dir, 'libro.xlsx');
    copyFileSync(FIXTURE, book);
    await calc({ book, mode: 'valores', replace: false }, () => undefined);
    const first = (await openRuntime(book)).sheetValues('5B Vespertino');
    await calc({ book, mode: 'valores', replace: false }, () => undefined);
    expect((await openRuntime(book)).sheetValues('5B Vespertino')).toEqual(first);
  });

  test('leaves a sheet whose computed column was edited by hand untouched, says which column, and replaces it only with --reemplazar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const book = join(dir, 'libro.xlsx');
    copyFileSync(FIXTURE, book);
    await calc({ book, mode: 'valores', replace: false }, () => undefined);
    const edited = await openRuntime(book);
    const column = edited.sheetValues('5B Vespertino')[3].indexOf('Beca % (calculado)');
    expect(column).toBe(17 /* R */);
    edited.spreadsheet.getSheetByName('5B Vespertino').getRange('R6').setValue('beca manual');
    await edited.save(book);
    const before = edited.sheetValues('5B Vespertino');

    const lines: string[] = [];
    await calc({ book, mode: 'valores', replace: false }, (l) => lines.push(l));
    expect(lines).toContain(
      '    la columna R («Beca % (calculado)») tiene cambios hechos a mano desde el último cálculo: 1 celda tiene otro dato que el que se calcula ahora (por ejemplo R6: «beca manual»); se reemplazarían',
    );
    expect(lines).toContain('    hoja «5B Vespertino»: no se tocó, para no reemplazar esos datos');
    expect(lines[lines.length - 1]).toBe('Algunas hojas tienen datos donde irían los resultados: revíselos, o repita con --reemplazar.');
    expect((await openRuntime(book)).sheetValues('5B Vespertino')).toEqual(before);

    await calc({ book, mode: 'valores', replace: true }, () => undefined);
    expect((await openRuntime(book)).sheetValues('5B Vespertino')[5][column]).toBe(0.35);
  });

  test.each([
    [['libro.xlsx'], { book: 'libro.xlsx', output: undefined, mode: 'valores', replace: false }],
    [['libro.xlsx', '--salida', 'otro.xlsx', '--formulas'], { book: 'libro.xlsx', output: 'otro.xlsx', mode: 'formulas', replace: false }],
    [['--reemplazar', 'libro.xlsx'], { book: 'libro.xlsx', output: undefined, mode: 'valores', replace: true }],
    [['--ayuda'], undefined],
  ])('reads the arguments %p', (argv, want) => expect(parseArgs(argv)).toEqual(want));

  test.each([
    [['libro.xlsx', '--salida'], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida otro.xlsx.'],
    [['libro.xlsx', '--salida', '--formulas'], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida otro.xlsx.'],
    [['libro.xlsx', '--rapido'], 'La opción --rapido no existe.'],
    [['libro.xlsx', '--formulas=si'], 'La opción --formulas no lleva valor (recibí «si»).'],
    [[], 'Falta el libro que calcular.'],
  ])('refuses the slip %p in Spanish', (argv, message) => expect(() => parseArgs(argv)).toThrow(new UsageError(message)));
});

describe('a sheet that fails halfway', () => {
  test('is said and left as it was, and the other sheets are still computed', async () => {
    const { Range } = await import('../../local/services/spreadsheet');
    const group = (name: string) => [
      ['Nombre del alumno', 'Asist.', 'Ses.'],
      [`${name} Uno Ruiz`, 28, 30],
      [`${name} Dos Gil`, 20, 30],
    ];
    const rt = await openRuntime({ sheets: { '1A': group('Ana'), '1B': group('Luis') } });
    const before = rt.sheetValues('1A');
    const original = Range.prototype.setValues;
    let writes = 0;
    const spy = jest.spyOn(Range.prototype, 'setValues').mockImplementation(function (this: InstanceType<typeof Range>, values: unknown[][]) {
      if (++writes === 1) throw new Error('sin conexión');
      return original.call(this, values);
    });
    let reports: { sheet: string; computed: boolean; lines: string[] }[];
    try {
      reports = rt.context.calcularLibro_('valores', false);
    } finally {
      spy.mockRestore();
    }
    expect(reports.map((r) => [r.sheet, r.computed])).toEqual([
      ['1A', false],
      ['1B', true],
    ]);
    expect(reports[0].lines[reports[0].lines.length - 1]).toBe('hoja «1A»: no se calculó y quedó como estaba: ocurrió un problema inesperado (sin conexión); si se repite, avise a quien instaló el complemento');
    expect(rt.sheetValues('1A')).toEqual(before);
    expect(rt.sheetValues('1B')[1].slice(3)).toEqual([28 / 30, 'Con derecho']);
  });
});

describe('npm run calc on a sheet of the period grades (one row per student and subject)', () => {
  // Checked by hand: Ana attended 45 + 1 justified of 50 (92 %), Luis 35 + 0 of 50 (70 %, under the 80 %).
  const PERIODO = [
    ['Periodo', 'Matrícula', 'Alumno', 'Grupo', 'Materia', 'Parcial 1', 'Parcial 2', 'Parcial 3', 'Ordinario', 'Asistencias', 'Sesiones', 'Justificadas'],
    ['Febrero – julio 2026', 'A-1', 'Ana López', '1A', 'Matemáticas', 9, 9.5, 9, '', 45, 50, 1],
    ['Febrero – julio 2026', 'A-1', 'Ana López', '1A', 'Química', 5, 6, 5, 5, 45, 50, 1],
    ['Febrero – julio 2026', 'A-2', 'Luis Pérez', '1A', 'Matemáticas', 7, 7, 7, 7, 35, 50, 0],
  ];

  test('writes only each row\'s attendance and right to the exam, never a promotion status or failed subjects counted from one subject', async () => {
    const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIODO } });
    const [report] = rt.context.calcularLibro_('valores', false) as { sheet: string; computed: boolean; lines: string[] }[];
    expect(report.computed).toBe(true);
    expect(report.lines.filter((l) => l.startsWith('es una hoja de calificaciones del periodo (una fila por alumno y materia): por fila solo'))).toHaveLength(1);
    expect(report.lines[report.lines.length - 1]).toBe('hoja «Calificaciones del periodo»: valores de Asistencia %, Derecho a examen para 3 alumnos');
    const grid = rt.sheetValues('Calificaciones del periodo');
    expect(grid[0].slice(12)).toEqual(['Asistencia % (calculado)', 'Derecho a examen (calculado)']);
    expect(grid.slice(1).map((r) => r.slice(12))).toEqual([
      [0.92, 'Con derecho'],
      [0.92, 'Con derecho'],
      [0.7, 'Sin derecho'],
    ]);
    expect(grid[0].join('|')).not.toMatch(/Estatus de promoción|Materias reprobadas|Beca/);
  });

  test('the Alumnos panel on such a sheet offers and chooses only the per-subject results, and says why', async () => {
    const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIODO } });
    const answer = rt.run('detectarAlumnos') as { ok: boolean; data: { outputs: { id: string }[]; chosen: string[]; notes: string[]; period: boolean } };
    expect(answer.data.period).toBe(true);
    expect(answer.data.outputs.map((o) => o.id)).toEqual(['asistencia', 'derecho', 'faltasRestantes']);
    // No Sesiones del curso column: Faltas restantes is offered but not chosen.
    expect(answer.data.chosen).toEqual(['asistencia', 'derecho']);
    expect(answer.data.notes.filter((n) => n.startsWith('es una hoja de calificaciones del periodo'))).toHaveLength(1);
  });

  test('with no attendance to compute, the sheet is left alone and the line says where its results are', async () => {
    const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIODO.map((r) => r.slice(0, 9)) } });
    const [report] = rt.context.calcularLibro_('valores', false) as { computed: boolean; lines: string[] }[];
    expect(report).toEqual({
      sheet: 'Calificaciones del periodo',
      computed: false,
      lines: ['hoja «Calificaciones del periodo»: no se tocó: es una hoja de calificaciones del periodo (una fila por alumno y materia) sin asistencias que calcular por fila: sus resultados los dan «Listas del periodo» y las fórmulas EXENCION, CALIFICACION_MATERIA y REGULARIZACION de la plantilla'],
    });
    expect(rt.sheetValues('Calificaciones del periodo')[0]).toEqual(PERIODO[0].slice(0, 9));
  });
});
