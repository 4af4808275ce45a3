// The Tablero de convenios and the UGEL consolidation, run in the local runtime.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFormula } from '../../local/formulas';
import { openRuntime } from '../../local/runtime';
import { cellsHolding, recordWrittenTexts, sheet } from './factories';

const open = (sheets: Record<string, unknown[][]>) => openRuntime({ sheets }, { outbox: join(mkdtempSync(join(tmpdir(), 'tablero-')), 'correo') });
type Answer = { ok: boolean; data?: any; error?: string };

const convenios = [
  ['Número', 'Objeto', 'Sector', 'Tipo de apoyo', 'Etapa', 'Producto de la etapa', 'Fecha de firma', 'Fecha de fin'],
  ['CV-1', 'Prácticas', 'Privado', 'Prácticas profesionales', 'Seguimiento', 'https://x', '2025-05-10', '2027-05-10'],
  ['CV-2', 'Transporte escolar', 'Público', 'Transporte', 'Ejecución', '', '2026-01-20', 'indefinida'],
];
const compromisos = sheet([
  { aliado: 'Ejército', iiee: 'IE 1', fecha: '2026-02-01', estado: 'Cumplido' },
  { aliado: 'Ejército', iiee: 'IE 2', fecha: '2026-02-10' },
  { aliado: 'Municipalidad', iiee: 'IE 3', fecha: '2026-04-01' },
]);
const iiee = [['Código modular', 'Nombre'], ['0001', 'IE 1'], ['0002', 'IE 2'], ['0003', 'IE 3'], ['0004', 'IE 4']];

describe('crearTableroConvenios', () => {
  test('writes the tallies as of the day, with charts, and refuses a Tablero the user made', async () => {
    const rt = await open({ Convenios: convenios, Compromisos: compromisos, 'II.EE.': iiee });
    expect((rt.run('crearTableroConvenios', '2026-03-01') as Answer).data).toEqual({ sheet: 'Tablero de convenios', commitments: 3, convenios: 2 });
    const grid = rt.sheetValues('Tablero de convenios');
    const after = (title: string) => grid[grid.findIndex((r) => String(r[0]).startsWith(title)) + 2];
    expect(grid[0].slice(0, 3)).toEqual(['Tablero de convenios y compromisos', '', 'Actualizado el 01/03/2026']);
    expect(after('Convenios firmados por año').slice(0, 2)).toEqual([2025, 1]); // Sheets reads the text "2025" as a number
    expect(after('Compromisos por aliado').slice(0, 7)).toEqual(['Ejército', 2, 1, 1, 1, 0, 0.5]);
    expect(after('II.EE. beneficiadas por estrategia (catálogo de 4 II.EE.)').slice(0, 3)).toEqual(['MEDIAT', 1, 0.25]);
    const charts = rt.spreadsheet.getSheetByName('Tablero de convenios').getCharts();
    expect(charts.length).toBe(5);
    // Each chart draws its table's header and groups: never the Total row, and coverage as one series.
    const rowOf = (title: string) => grid.findIndex((r) => String(r[0]).startsWith(title)) + 2;
    const ranges = charts.map((c: any) => c.getRanges().map((r: any) => r.getA1Notation()).join(','));
    expect(ranges.slice(2)).toEqual([
      `A${rowOf('Compromisos por aliado')}:E${rowOf('Compromisos por aliado') + 2}`,
      `A${rowOf('Compromisos por estrategia')}:E${rowOf('Compromisos por estrategia') + 1}`,
      `A${rowOf('II.EE. beneficiadas por estrategia')}:B${rowOf('II.EE. beneficiadas por estrategia') + 1}`,
    ]);
    expect(grid[rowOf('Compromisos por aliado') + 2][0]).toBe('Total');
    rt.run('crearTableroConvenios', '2026-03-01');
    expect(rt.spreadsheet.getSheetByName('Tablero de convenios').getCharts().length).toBe(5);

    const other = await open({ Compromisos: compromisos, 'Tablero de convenios': [['mío']] });
    expect(other.run('crearTableroConvenios', '2026-03-01')).toEqual({ ok: false, error: expect.stringMatching(/no creó el complemento/) });
  });
});

describe('text from the sheets that looks like a formula is written back as text', () => {
  const link = '=HYPERLINK("http://x","clic")';
  test.each([
    ['an aliado', 3, link],
    ['an estrategia', 2, '=1+1'],
    ['an II.EE.', 5, '=A1'],
    ['an aliado starting with +', 3, '+SUMA(1,2)'],
    ['an estrategia starting with @', 2, '@MEDIAT'],
    ['an II.EE. starting with -', 5, '-IE 1'],
  ])('%s in the Tablero de convenios', async (_l, column, text) => {
    const rows = sheet([{ aliado: 'Municipalidad', fecha: '2026-04-01' }]);
    rows[1][column] = `'${text}`; // typed as text, as the apostrophe does in Sheets
    const rt = await open({ Compromisos: rows });
    const writes = recordWrittenTexts();
    try {
      expect((rt.run('crearTableroConvenios', '2026-03-01') as Answer).ok).toBe(true);
    } finally {
      writes.restore();
    }
    // In its own table (and the estrategia in the coverage table too): text, never a live formula.
    const cells = column === 2 ? 2 : 1;
    expect(cellsHolding(rt, 'Tablero de convenios', text)).toEqual(new Array(cells).fill(''));
    expect(writes.texts().filter((v) => v.endsWith(text))).toEqual(new Array(cells).fill(`'${text}`));
  });

  test('names, responsables and compromisos from a school reach Compromisos consolidados as text', async () => {
    const key = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefgh';
    const texts = { name: link, aliado: '@Ejército', iiee: '-IE 1', compromiso: '+SUMA(1,2)', responsable: '=A1' };
    const apostrophe = (v: string) => `'${v}`;
    const school = sheet([{ aliado: apostrophe(texts.aliado), iiee: apostrophe(texts.iiee), compromiso: apostrophe(texts.compromiso), responsable: apostrophe(texts.responsable), fecha: '2026-04-01' }]);
    const rt = await open({ Fuentes: [['Nombre', 'URL'], [apostrophe(texts.name), key]], Importación: school });
    rt.run('consolidarFuentes');
    // What Google's IMPORTRANGE would bring into A1 once access is granted; the rest of the block is the school's sheet.
    rt.book.sheet('Importación')!.set(0, 0, school[0][0] as string);
    const writes = recordWrittenTexts();
    try {
      expect((rt.run('consolidarFuentes') as Answer).data.map((v: any) => [v.state, v.rows])).toEqual([['OK', 1]]);
    } finally {
      writes.restore();
    }
    for (const [field, text] of Object.entries(texts)) {
      // The school's name also heads its row of the RESUMEN_COMPROMISOS beside the table.
      expect(cellsHolding(rt, 'Compromisos consolidados', text)).toEqual(field === 'name' ? ['', ''] : ['']);
      expect(writes.texts().filter((v) => v.endsWith(text))).toEqual([`'${text}`]);
    }
  });

  test('Fuentes cells of rows that are no source keep their text as text and their formulas', async () => {
    const rt = await open({ Fuentes: [['Nombre', 'URL', 'Detalle'], ['IE 1', 'mi hoja', ''], ['Nota', '', `'${link}`], ['Suma', '', '=1+1']] });
    rt.run('consolidarFuentes');
    expect(cellsHolding(rt, 'Fuentes', link)).toEqual(['']);
    expect(rt.spreadsheet.getSheetByName('Fuentes').getRange('C4').getFormula()).toBe('=1+1');
  });
});

describe('IMPORTRANGE arguments from Fuentes are string literals', () => {
  const key = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefgh'; // 44 characters, as Google's keys
  test.each([
    ['a quote in the URL', `https://docs.google.com/spreadsheets/d/${key}/edit"),HYPERLINK("http://evil`, 'Compromisos', "'Compromisos'!A1:Z"],
    ['quotes in the sheet name', `https://docs.google.com/spreadsheets/d/${key}/edit`, `Hoja "1"),HYPERLINK("x`, `'Hoja "1"),HYPERLINK("x'!A1:Z`],
    ["an apostrophe in the sheet name", key, "Compromisos d'Ite", "'Compromisos d''Ite'!A1:Z"],
  ])('%s: one IMPORTRANGE call whose arguments are the literal texts', async (_l, url, hoja, range) => {
    const rt = await open({ Fuentes: [['Nombre', 'URL', 'Hoja'], ['IE 1', url, hoja]] });
    expect((rt.run('consolidarFuentes') as Answer).ok).toBe(true);
    const formula = rt.spreadsheet.getSheetByName('Importación').getRange(1, 1).getFormula();
    expect(parseFormula(formula)).toEqual({ name: 'IMPORTRANGE', args: [{ kind: 'value', value: url }, { kind: 'value', value: range }] });
  });

  test('a URL that is no spreadsheet of Google gets no formula and its row says why', async () => {
    const hostile = 'https://x"),HYPERLINK("http://evil';
    const rt = await open({ Fuentes: [['Nombre', 'URL', 'Hoja', 'Estado', 'Filas', 'Detalle'], ['IE 1', hostile, '', '', '', '']] });
    expect((rt.run('consolidarFuentes') as Answer).ok).toBe(true);
    expect(rt.spreadsheet.getSheetByName('Importación').getRange(1, 1).getFormula()).toBe('');
    expect(rt.sheetValues('Fuentes')[1].slice(3)).toEqual(['Dirección no válida', 0, `«${hostile}» no es la dirección de una hoja de cálculo de Google`]);
  });
});

describe('the Tablero and RESUMEN_COMPROMISOS agree', () => {
  test('a commitment with an impossible fecha límite is counted nowhere and shown as a «Filas con error» row', async () => {
    const rows = sheet([
      { aliado: 'Municipalidad', fecha: '2026-04-01' },
      { aliado: 'Municipalidad', fecha: '31/02/2026' },
      { aliado: 'Municipalidad', fecha: '2026-02-01', estado: 'Cumplido' },
    ]);
    const rt = await open({ Compromisos: rows });
    rt.run('crearTableroConvenios', '2026-03-01');
    const grid = rt.sheetValues('Tablero de convenios');
    const start = grid.findIndex((r) => r[0] === 'Compromisos por aliado') + 2;
    expect(grid[start].slice(0, 7)).toEqual(['Municipalidad', 2, 1, 1, 0, 0, 0.5]);
    expect(grid[start + 1].slice(0, 2)).toEqual(['Total', 2]);
    expect(grid[start + 2].slice(0, 2)).toEqual(['Filas con error', 1]);
    expect(String(grid[start + 2][2])).toMatch(/^Error: .*«31\/02\/2026» no es una fecha que exista/);
    const formula = rt.context.RESUMEN_COMPROMISOS(rows.slice(1).map((r) => [r[3]]), rows.slice(1).map((r) => [r[10]]), rows.slice(1).map((r) => [r[9]]), '2026-03-01');
    expect(formula.map((r: unknown[]) => r.slice(0, 2))).toEqual([['Grupo', 'Total'], ['Municipalidad', 2], ['Total', 2], ['Filas con error', 1]]);
  });
});

describe('consolidarFuentes', () => {
  test('writes one IMPORTRANGE per source and gives each source its state', async () => {
    const url = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';
    const rt = await open({ Fuentes: [['Nombre', 'URL', 'Hoja', 'Estado', 'Filas', 'Detalle'], ['IE 42015', url, '', '', '', ''], ['IE 42200', 'mi hoja', '', '', '', '']] });
    const answer = rt.run('consolidarFuentes') as Answer;
    expect(answer.data.map((s: any) => [s.name, s.state, s.rows])).toEqual([['IE 42015', 'Sin acceso', 0], ['IE 42200', 'Dirección no válida', 0]]);
    const imports = rt.spreadsheet.getSheetByName('Importación');
    expect(imports.getRange(1, 1).getFormula()).toBe(`=IMPORTRANGE("${url}","'Compromisos'!A1:Z")`);
    expect(imports.getRange(1, 27).getFormula()).toBe('');
    expect(rt.sheetValues('Fuentes').slice(1).map((r) => r.slice(3))).toEqual([
      ['Sin acceso', 0, 'sin acceso: en la hoja Importación, celda A1, pulse «Permitir acceso»; si no aparece, pida a la escuela que comparta su hoja con usted'],
      ['Dirección no válida', 0, '«mi hoja» no es la dirección de una hoja de cálculo de Google'],
    ]);
    const consolidated = rt.spreadsheet.getSheetByName('Compromisos consolidados');
    expect(consolidated.getRange(1, 1).getValue()).toBe('Fuente');
    expect(consolidated.getRange('P1').getFormula()).toBe('=RESUMEN_COMPROMISOS(A2:A,L2:L,K2:K)');
    expect(rt.sheetValues('Compromisos consolidados')[0].slice(15, 18)).toEqual(['Grupo', 'Total', 'Cumplidos']);
  });

  test('a source removed from Fuentes leaves no IMPORTRANGE behind in Importación', async () => {
    const url = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit`;
    const rt = await open({ Fuentes: [['Nombre', 'URL'], ['IE 1', url('1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')], ['IE 2', url('1BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB')]] });
    rt.run('consolidarFuentes');
    const imports = rt.spreadsheet.getSheetByName('Importación');
    expect(imports.getRange(1, 27).getFormula()).toMatch(/^=IMPORTRANGE\("https:\/\/docs.google.com\/spreadsheets\/d\/1BBB/);
    rt.spreadsheet.getSheetByName('Fuentes').getRange(3, 1, 1, 2).setValues([['', '']]);
    expect((rt.run('consolidarFuentes') as Answer).data.map((s: any) => s.name)).toEqual(['IE 1']);
    expect(imports.getRange(1, 1).getFormula()).toMatch(/1AAA/);
    expect(imports.getRange(1, 27).getFormula()).toBe('');
    expect(imports.getLastColumn()).toBeLessThanOrEqual(26);
  });

  test('without sources it creates Fuentes and says what to write there', async () => {
    const rt = await open({ Hoja: [['x']] });
    expect(rt.run('consolidarFuentes')).toEqual({ ok: false, error: expect.stringMatching(/^escriba en la hoja «Fuentes»/) });
    expect(rt.sheetValues('Fuentes')[0]).toEqual(['Nombre', 'URL', 'Hoja', 'Estado', 'Filas', 'Detalle']);
  });
});
