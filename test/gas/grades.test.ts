// «Listas del periodo» and «Crear boletas» in the local runtime: new sheets from the period's grades, each student with the reason, never an office's own sheet.
import { openRuntime } from '../../local/runtime';

const HEADER = ['Matrícula', 'Alumno', 'Grupo', 'Materia', 'Parcial 1', 'Parcial 2', 'Parcial 3', 'Ordinario', 'Asistencias', 'Sesiones', 'Oportunidades usadas', 'Beca'];
const PERIOD = [
  ['Calificaciones del periodo agosto–diciembre'],
  HEADER,
  ['A-01', 'Ana López', '3A', 'Matemáticas', 9, 9, 10, '', 45, 50, '', 0.1],
  ['A-01', 'Ana López', '3A', 'Química', 8, 5, 9, 7, 45, 50, '', ''],
  ['A-02', 'Luis Pérez', '3A', 'Matemáticas', 6, 5, 7, 5, 44, 50, 2, ''],
  ['A-02', 'Luis Pérez', '3A', 'Química', 9, 9, 9, '', 35, 50, '', ''],
  ['A-03', 'Eva Ruiz', '3B', 'Matemáticas', 8, '', 9, '', 45, 50, '', ''],
  ['A-03', 'Eva Ruiz', '3B', 'Química', 'X', 8, 8, '', 45, 50, '', ''],
];

const open = () => openRuntime({ sheets: { 'Calificaciones del periodo': PERIOD } });
/** The non-blank rows of a sheet, trailing blanks cut, to compare what a secretary would read. */
const shown = (rows: unknown[][]) => rows.map((r) => { const c = [...r]; while (c.length && c[c.length - 1] === '') c.pop(); return c; }).filter((r) => r.length);

describe('Listas del periodo', () => {
  test('writes one sheet per list, by subject, each student with the reason and the article; bad rows at the end', async () => {
    const rt = await open();
    rt.run('listasPeriodoMenu');
    expect(rt.ui.alerts).toEqual(['Secretaría escolar\nListas del periodo: 1 en ordinario, 1 exentos, 2 a regularización; 1 pendiente (falta un parcial o el ordinario).']);
    expect(shown(rt.sheetValues('Lista de exentos'))).toEqual([
      ['Lista de exentos: hoja «Calificaciones del periodo»'],
      ['Matemáticas'],
      ['Grupo', 'Matrícula', 'Alumno', 'Motivo'],
      ['3A', 'A-01', 'Ana López', 'aprobó todos los parciales, promedio 9,3 (Cap. III, Art. 1 VIII)'],
      ['Filas con error (no están en ninguna lista)'],
      ['Fila', 'Problema'],
      [8, 'calificación «X» no válida: se esperaba un número de 5 a 10, NP o SD'],
    ]);
    expect(shown(rt.sheetValues('Lista de ordinario')).slice(1, 4)).toEqual([
      ['Química'],
      ['Grupo', 'Matrícula', 'Alumno', 'Motivo'],
      ['3A', 'A-01', 'Ana López', 'reprobó algún parcial (Cap. III, Art. 1 VIII)'],
    ]);
    expect(shown(rt.sheetValues('Lista de regularización')).slice(1, 7)).toEqual([
      ['Matemáticas'],
      ['Grupo', 'Matrícula', 'Alumno', 'Motivo'],
      ['3A', 'A-02', 'Luis Pérez', 'calificación final 5,0; con derecho, le queda 1 de 3 oportunidades (Cap. XII, Art. 1 V)'],
      ['Química'],
      ['Grupo', 'Matrícula', 'Alumno', 'Motivo'],
      ['3A', 'A-02', 'Luis Pérez', 'sin derecho a examen: asistencia 70 % < 80 % (Cap. XII, Art. 1 III); con derecho, le quedan 3 de 3 oportunidades (Cap. XII, Art. 1 V)'],
    ]);
    expect(rt.sheetValues('Calificaciones del periodo')).toEqual(PERIOD.map((r, i) => (i === 0 ? [r[0], ...new Array(HEADER.length - 1).fill('')] : r)));
  });

  test('a second run rewrites its own sheets in place', async () => {
    const rt = await open();
    rt.run('listasPeriodoMenu');
    rt.run('listasPeriodoMenu');
    expect(rt.ui.alerts[1]).toMatch(/^Secretaría escolar\nListas del periodo: 1 en ordinario/);
    expect(rt.spreadsheet.getSheets().map((s: { getName(): string }) => s.getName())).toEqual(['Calificaciones del periodo', 'Lista de ordinario', 'Lista de exentos', 'Lista de regularización']);
  });

  test('never overwrites an office’s own sheet of that name, and writes nothing else', async () => {
    const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIOD, 'Lista de exentos': [['mi lista']] } });
    rt.run('listasPeriodoMenu');
    expect(rt.ui.alerts).toEqual(['Secretaría escolar\nya existe una hoja «Lista de exentos» que no creó el complemento: cámbiele el nombre y vuelva a intentarlo']);
    expect(rt.sheetValues('Lista de exentos')).toEqual([['mi lista']]);
    expect(rt.spreadsheet.getSheetByName('Lista de ordinario')).toBeNull();
  });

  test('a bad Configuración value stops both actions before any sheet is written', async () => {
    const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIOD, Configuración: [['clave', 'valor'], ['redondeo_promedio', 'hacia arriba']] } });
    rt.run('listasPeriodoMenu');
    rt.run('crearBoletasMenu');
    expect(rt.ui.alerts).toHaveLength(2);
    for (const alert of rt.ui.alerts) expect(alert).toContain('no se escribió nada: Configuración, fila 2 (redondeo_promedio): el valor «hacia arriba» no sirve');
    expect(rt.spreadsheet.getSheets().map((s: { getName(): string }) => s.getName())).toEqual(['Calificaciones del periodo', 'Configuración']);
  });

  test('a book without a period grades sheet says what it needs', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: [['Nombre', 'Promedio'], ['Ana', 9]] } });
    rt.run('listasPeriodoMenu');
    expect(rt.ui.alerts[0]).toContain('la hoja «Alumnos» no tiene calificaciones del periodo: se necesita una fila de títulos con «Materia» y al menos un «Parcial»');
  });
});

describe('Crear boletas', () => {
  test('one block per student, in group and name order: grades, attendance, right to exam, situation, promedio, promotion, beca', async () => {
    const rt = await open();
    rt.run('crearBoletasMenu');
    expect(rt.ui.alerts).toEqual(['Secretaría escolar\nhoja «Boletas»: 3 boletas, una por bloque de 30 filas']);
    const rows = rt.sheetValues('Boletas');
    const block = (i: number) => shown(rows.slice(i * 30, (i + 1) * 30));
    const school = rt.spreadsheet.getName();
    expect(block(0)).toEqual([
      [school, '', '', 'Periodo'],
      ['Boleta de calificaciones', '', '', 'Grupo', '3A'],
      ['Alumno', 'Ana López', '', 'Matrícula', 'A-01'],
      ['Materia', 'Calificación', 'Asistencia', 'Derecho a examen', 'Situación'],
      ['Matemáticas', 9.3, '90 %', 'Con derecho', 'Exento'],
      ['Química', 7, '90 %', 'Con derecho', 'Ordinario'],
      ['Promedio final', 8.1],
      ['Estatus de promoción', 'Regular'],
      ['Beca', '10 %'],
      ['Se entrega a la madre, el padre o el tutor en la fecha del calendario escolar (Cap. III, Art. 1 IV; Cap. VI, Art. 1 I; Cap. XVII IV).'],
      ['Recibí: ______________________________   Fecha: ____________'],
    ]);
    expect(block(1).slice(4, 9)).toEqual([
      ['Matemáticas', 5, '88 %', 'Con derecho', 'Con derecho a regularización (quedan 1)'],
      ['Química', 5, '70 %', 'Sin derecho', 'Sin derecho'],
      ['Promedio final', 5],
      ['Estatus de promoción', 'Promovido con adeudo'],
      ['Beca', 'Sin beca'],
    ]);
    expect(block(2).slice(2, 7)).toEqual([
      ['Alumno', 'Eva Ruiz', '', 'Matrícula', 'A-03'],
      ['Materia', 'Calificación', 'Asistencia', 'Derecho a examen', 'Situación'],
      ['Matemáticas', 'Pendiente', '90 %', 'Con derecho', 'Pendiente'],
      ['Promedio final', 'Pendiente'],
      ['Estatus de promoción', 'Pendiente'],
    ]);
    expect(rt.spreadsheet.getSheetByName('Boletas').getRange('A31').getFontWeight()).toBe('bold');
  });

  test('never overwrites an office’s own Boletas sheet', async () => {
    const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIOD, Boletas: [['las nuestras']] } });
    rt.run('crearBoletasMenu');
    expect(rt.ui.alerts[0]).toContain('ya existe una hoja «Boletas» que no creó el complemento');
    expect(rt.sheetValues('Boletas')).toEqual([['las nuestras']]);
  });

  test('boletasLibro_ gives each group its boletas, for npm run boletas', async () => {
    const rt = await open();
    const out = rt.context.boletasLibro_() as { sheet: string; groups: { grupo: string; boletas: unknown[][][] }[] };
    expect(out.sheet).toBe('Calificaciones del periodo');
    expect(out.groups.map((g) => [g.grupo, g.boletas.map((b) => b[2][1])])).toEqual([
      ['3A', ['Ana López', 'Luis Pérez']],
      ['3B', ['Eva Ruiz']],
    ]);
    expect((rt.context.boletasLibro_('3b') as { groups: { boletas: unknown[] }[] }).groups[0].boletas).toHaveLength(1);
  });
});

describe('the Tablero with the period’s grades', () => {
  test('adds the best promedio per group and the cuadro de honor (Cap. XVI)', async () => {
    const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIOD, Configuración: [['clave', 'valor'], ['promedio_cuadro_honor', 8]] } });
    rt.run('crearTablero');
    const rows = shown(rt.sheetValues('Tablero'));
    const after = (title: string, n: number) => rows.slice(rows.findIndex((r) => r[0] === title) + 1, rows.findIndex((r) => r[0] === title) + 1 + n);
    expect(after('Mejor promedio por grupo (Cap. XVI c)), hoja «Calificaciones del periodo»', 2)).toEqual([
      ['Grupo', 'Alumno', 'Promedio'],
      ['3A', 'Ana López', 8.1],
    ]);
    expect(after('Cuadro de honor: promedio de al menos 8,0 sin materias reprobadas (Cap. XVI a))', 2)).toEqual([
      ['Grupo', 'Alumno', 'Promedio'],
      ['3A', 'Ana López', 8.1],
    ]);
  });

  test('with the default minimum of 9 the cuadro de honor says nobody yet', async () => {
    const rt = await open();
    rt.run('crearTablero');
    const rows = shown(rt.sheetValues('Tablero'));
    const at = rows.findIndex((r) => r[0] === 'Cuadro de honor: promedio de al menos 9,0 sin materias reprobadas (Cap. XVI a))');
    expect(rows[at + 2]).toEqual(['Nadie todavía.']);
  });
});

describe('the «Calificaciones del periodo» template', () => {
  test('Crear plantillas makes it with live EXENCION, CALIFICACION_MATERIA and REGULARIZACION, and the lists read it', async () => {
    const { call } = await import('../../local/call');
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } });
    expect(call(rt, 'crearPlantillas')).toContain('hoja «Calificaciones del periodo» creada');
    const [header, example] = rt.sheetValues('Calificaciones del periodo');
    expect(header.slice(-4)).toEqual(['Exención (calculado)', 'Calificación de la materia (calculado)', 'Regularización (calculado)', 'Oportunidades que quedan (calculado)']);
    expect(example.slice(-4)).toEqual(['Exento', 8, 'Aprobada', '']);
    const sheet = rt.spreadsheet.getSheetByName('Calificaciones del periodo');
    expect(sheet.getRange('N2').getFormula()).toBe("=EXENCION(E2:G, 'Configuración'!A:B)");
    expect(sheet.getRange('P2').getFormula()).toBe("=REGULARIZACION(O2:O, L2:L, , M2:M, 'Configuración'!A:B)");
    rt.spreadsheet.setActiveSheet(sheet);
    rt.run('listasPeriodoMenu');
    expect(rt.ui.alerts[0]).toBe('Secretaría escolar\nListas del periodo: 0 en ordinario, 1 exentos, 0 a regularización.');
  });
});
