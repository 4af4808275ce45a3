// The user's .xlsx as a file: bad inputs get a Spanish message naming the file in every command, and saving never drops a chart or a protection silently.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readBook, writeBook } from '../../local/services/xlsx';
import { startLocalServer } from '../../local/server';
import { tempDir } from './factories';
import { writeWorkbookWith } from './xlsx-parts';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TZ = 'America/Mexico_City';

const FIX = 'ábralo en Excel o en Hojas de cálculo de Google y guárdelo como libro .xlsx';

/** Each bad input, written into `dir`, with the sentence every command must print for it. */
const BAD_INPUTS: [string, string, (path: string) => Promise<void> | void, string][] = [
  ['a .csv', 'alumnos.csv', (p) => writeFileSync(p, 'Nombre,Plan,Promedio\nAna,I,8.5\n'), `«alumnos.csv» es un archivo de texto (¿un .csv?), no un libro .xlsx: ${FIX}.`],
  ['an old .xls', 'viejo.xls', (p) => writeFileSync(p, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])), `«viejo.xls» es un libro de Excel antiguo (.xls) o protegido con contraseña: ${FIX}, sin contraseña.`],
  ['a zero-byte file', 'vacio.xlsx', (p) => writeFileSync(p, ''), '«vacio.xlsx» está vacío (0 bytes): no es un libro .xlsx. Quizá se cortó al copiarlo o descargarlo.'],
  ['a text file renamed .xlsx', 'nota.xlsx', (p) => writeFileSync(p, 'Reunión del lunes a las 10'), `«nota.xlsx» es un archivo de texto, no un libro .xlsx: ${FIX}.`],
  [
    'a cut-off .xlsx',
    'cortado.xlsx',
    async (p) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Alumnos').addRow(['Nombre']);
      const bytes = Buffer.from(await wb.xlsx.writeBuffer());
      writeFileSync(p, bytes.subarray(0, bytes.length / 2));
    },
    '«cortado.xlsx» está dañado: parece un libro .xlsx pero no se puede leer. Ábralo en Excel o en Hojas de cálculo de Google, que suelen repararlo, y guárdelo de nuevo.',
  ],
  [
    'a zip that is not a workbook',
    'documento.xlsx',
    async (p) => writeFileSync(p, await new JSZip().file('word/document.xml', '<w:document/>').generateAsync({ type: 'nodebuffer' })),
    `«documento.xlsx» es un archivo comprimido, pero no un libro .xlsx (¿un .ods, un .docx?): ${FIX}.`,
  ],
  ['a folder', 'carpeta.xlsx', (p) => mkdirSync(p), '«carpeta.xlsx» es una carpeta, no un libro .xlsx: indique el archivo que está dentro.'],
];

describe('a file that is not a readable .xlsx', () => {
  const dir = tempDir('entradas-');
  beforeAll(async () => {
    for (const [, name, write] of BAD_INPUTS) await write(join(dir, name));
  });

  test.each(BAD_INPUTS.map(([label, name, , message]) => [label, name, message]))('%s: readBook says what is wrong in Spanish', async (_label, name, message) => {
    await expect(readBook(join(dir, name), TZ)).rejects.toThrow(new Error(message));
  });

  test('a missing path names where it was looked for', async () => {
    const missing = join(dir, 'no-existe.xlsx');
    await expect(readBook(missing, TZ)).rejects.toThrow(new Error(`No encuentro el libro «no-existe.xlsx»: no existe ${missing}.`));
  });

  const commands: [string, string[], string][] = [
    ['npm run calc', ['local/calc.ts'], 'No se pudo calcular'],
    ['npm run avisos', ['local/avisos.ts'], 'Error'],
    ['npm run avisos -- --enviar', ['local/avisos.ts', '--enviar'], 'Error'],
    ['npm start', ['local/start.ts'], 'Error'],
  ];
  const cases = commands.flatMap(([command, args, prefix]) =>
    [BAD_INPUTS[0], BAD_INPUTS[2], BAD_INPUTS[6]].map(([label, name, , message]) => [command, label, args, name, `${prefix}: ${message}\n`] as const),
  );
  test.each(cases)('%s on %s prints only the Spanish sentence and exits 1', (_command, _label, [script, ...flags], name, printed) => {
    const run = spawnSync(TSX, [join(ROOT, script), join(dir, name), ...flags], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PORT: '0' } });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(printed);
  }, 30000);
});

describe('a workbook with a chart and protections', () => {
  let dir: string;
  let book: string;
  const LOST = '«escuela.xlsx» tiene 1 gráfico, 1 rango protegido y la protección de la estructura del libro, que este programa no sabe conservar: guardar encima del libro los borraría.';
  beforeEach(async () => {
    dir = tempDir('partes-');
    book = join(dir, 'escuela.xlsx');
    await writeWorkbookWith(book, { chart: true, protectedRange: true, workbookProtection: true });
  });

  test('is read with what saving would drop named, and is never saved over', async () => {
    const parsed = await readBook(book, TZ);
    expect(parsed.unkept).toEqual(['1 gráfico', '1 rango protegido', 'la protección de la estructura del libro']);
    const before = readFileSync(book);
    await expect(writeBook(parsed, book)).rejects.toThrow(`${LOST} Guarde en otro archivo.`);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test('the list is honest: a copy really lacks those parts, and keeps the sheet protection and the drop-down exceljs can write', async () => {
    const copy = join(dir, 'copia.xlsx');
    await writeBook(await readBook(book, TZ), copy);
    expect((await readBook(copy, TZ)).unkept).toEqual([]);
    const zip = await JSZip.loadAsync(readFileSync(copy));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('xl/charts/'))).toEqual([]);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<sheetProtection sheet="1"/);
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="B2"/);
  });

  test('a workbook with only a protected sheet, a drop-down and an image is saved over itself, all three kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Alumnos');
    ws.addRow(['Nombre', 'Plan']);
    await ws.protect('clave', {});
    ws.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"I,II"'] };
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'D2:E4');
    const plain = join(dir, 'sencillo.xlsx');
    await wb.xlsx.writeFile(plain);
    const parsed = await readBook(plain, TZ);
    expect(parsed.unkept).toEqual([]);
    await writeBook(parsed, plain);
    const zip = await JSZip.loadAsync(readFileSync(plain));
    expect(Object.keys(zip.files).filter((f) => /^xl\/media\/./.test(f))).toEqual(['xl/media/image1.png']);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<sheetProtection sheet="1"/);
    expect(sheet).toMatch(/<dataValidation type="list"[^>]*sqref="B2"/);
  });

  test('npm run calc refuses to save over it and asks for --salida; with --salida it saves the copy and says what the copy lacks', () => {
    const before = readFileSync(book);
    const over = spawnSync(TSX, [join(ROOT, 'local/calc.ts'), book], { cwd: ROOT, encoding: 'utf8' });
    expect(over.status).toBe(1);
    expect(over.stderr).toBe(`No se pudo calcular: ${LOST} Guarde el resultado en otro archivo: --salida otro.xlsx.\n`);
    expect(readFileSync(book).equals(before)).toBe(true);

    const copy = join(dir, 'calculado.xlsx');
    const aside = spawnSync(TSX, [join(ROOT, 'local/calc.ts'), book, '--salida', copy], { cwd: ROOT, encoding: 'utf8' });
    expect(aside.status).toBe(0);
    expect(aside.stdout).toContain(`Guardado en ${copy} (1 hoja calculada). La copia no tiene 1 gráfico, 1 rango protegido, la protección de la estructura del libro: siguen en escuela.xlsx.`);
    expect(readFileSync(book).equals(before)).toBe(true);
  }, 60000);

  test('npm run avisos --enviar refuses it before any email', () => {
    const outbox = join(dir, 'correo');
    const run = spawnSync(TSX, [join(ROOT, 'local/avisos.ts'), book, '--salida', outbox, '--enviar'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`Error: ${LOST} Los avisos anotan su Bitácora en el libro: use una copia sin eso, o envíe los avisos desde Hojas de cálculo de Google.\n`);
    expect(existsSync(outbox) ? readdirSync(outbox) : []).toEqual([]);
  }, 60000);

  test('npm start refuses to open it saving over itself; with a copy to save to, the page says so', async () => {
    await expect(startLocalServer({ workbook: book, port: 0 })).rejects.toThrow(`${LOST} Ábralo con --salida otro.xlsx: los cambios se guardarán en esa copia.`);
    const server = await startLocalServer({ workbook: book, port: 0, save: join(dir, 'copia.xlsx') });
    try {
      const state = await (await fetch(`${server.url}/api/state`, { headers: { 'x-clave-sesion': server.token } })).json();
      expect(state.saveNote).toBe(
        'Los cambios se guardan en «copia.xlsx»; «escuela.xlsx» no se modifica. La copia no tendrá lo que este programa no sabe conservar: 1 gráfico, 1 rango protegido, la protección de la estructura del libro.',
      );
    } finally {
      await server.close();
    }
  });
});
