// npm run boletas: its options, its page (one section per boleta, the office's text escaped), the message without Chromium, and the PDFs with it.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boletasPage } from '../../local/boletas-html';
import { missingChromium, parseArgs, pdfName, writeBoletas } from '../../local/boletas';
import { UsageError } from '../../local/args';
import { openRuntime } from '../../local/runtime';
import { describeInChromium } from '../browser/chromium';

const HEADER = ['Matrícula', 'Alumno', 'Grupo', 'Materia', 'Parcial 1', 'Parcial 2', 'Ordinario', 'Asistencias', 'Sesiones'];
const PERIOD = [
  HEADER,
  ['A-01', 'Ana López', '3A', 'Matemáticas', 9, 9, '', 45, 50],
  ['A-01', 'Ana López', '3A', 'Química', 8, 5, 7, 45, 50],
  ['A-02', 'Luis <b>Pérez</b>', '3A', 'Matemáticas', 6, 5, 5, 44, 50],
  ['A-03', 'Eva Ruiz', '3B', 'Matemáticas', 8, 9, '', 45, 50],
];

async function bookOnDisk(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'boletas-'));
  const path = join(dir, 'Bachillerato.xlsx');
  const rt = await openRuntime({ sheets: { 'Calificaciones del periodo': PERIOD } });
  await rt.save(path);
  return path;
}

describe('npm run boletas options', () => {
  test.each<[string, string[], unknown]>([
    ['a book', ['libro.xlsx'], { book: 'libro.xlsx', grupo: undefined, output: undefined, screenshot: undefined }],
    ['one group and a folder', ['libro.xlsx', '--grupo', '3A', '--salida=pdf'], { book: 'libro.xlsx', grupo: '3A', output: 'pdf', screenshot: undefined }],
    ['help', ['--ayuda'], undefined],
  ])('%s', (_l, argv, want) => {
    expect(parseArgs(argv)).toEqual(want);
  });

  test.each([[[]], [['a.xlsx', 'b.xlsx']], [['a.xlsx', '--grupo']]])('%p is a usage error', (argv) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
  });

  test('file names keep the group and lose what a file name cannot hold', () => {
    expect([pdfName('3A'), pdfName('3/B'), pdfName('')]).toEqual(['Boletas 3A.pdf', 'Boletas 3-B.pdf', 'Boletas sin grupo.pdf']);
  });
});

describe('the boletas page', () => {
  const rows = (name: string) => [
    ['Bachillerato', '', '', 'Periodo', '2026-2'],
    ['Boleta de calificaciones', '', '', 'Grupo', '3A'],
    ['Alumno', name, '', 'Matrícula', 'A-01'],
    [],
    ['Materia', 'Calificación', 'Asistencia', 'Derecho a examen', 'Situación'],
    ['Matemáticas', 9, '90 %', 'Con derecho', 'Exento'],
    [],
    ['Promedio final', 9.3],
    ['Estatus de promoción', 'Regular'],
    ['Beca', 'Sin beca'],
    [],
    ['Se entrega…'],
    ['Recibí: ____'],
  ];
  test('one section per boleta on letter pages, a page break after each, grades with a decimal comma, names escaped', () => {
    const html = boletasPage('3A', [rows('Ana'), rows('<b>Luis</b>')]);
    expect(html.match(/<section class="boleta">/g)).toHaveLength(2);
    expect(html).toContain('@page { size: letter;');
    expect(html).toContain('.boleta { break-after: page; }');
    expect(html).toContain('<td class="num">9,0</td>');
    expect(html).toContain('<tr><th>Promedio final</th><td>9,3</td></tr>');
    expect(html).toContain('&lt;b&gt;Luis&lt;/b&gt;');
    expect(html).not.toContain('<b>Luis');
  });
});

describe('without Chromium', () => {
  test('says how to install it and writes nothing', async () => {
    const book = await bookOnDisk();
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/no/existe/chromium';
    try {
      await expect(writeBoletas({ book }, () => undefined)).rejects.toThrow(missingChromium('/no/existe/chromium'));
      expect(missingChromium('/x')).toContain('sudo apt-get install chromium');
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
    expect(readdirSync(join(book, '..'))).toEqual(['Bachillerato.xlsx']);
  });
});

/** Pages of a PDF Chromium wrote: one /Type /Page object each (the /Pages tree is another type). */
const pages = (path: string) => (readFileSync(path, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describeInChromium('with Chromium', () => {
  test('one PDF per group, one letter page per student; --grupo prints only that group', async () => {
    const book = await bookOnDisk();
    const lines: string[] = [];
    const all = await writeBoletas({ book, output: join(book, '..', 'todas') }, (l) => lines.push(l));
    expect(all.map((p) => p.split('/').pop())).toEqual(['Boletas 3A.pdf', 'Boletas 3B.pdf']);
    expect(all.map(pages)).toEqual([2, 1]);
    expect(readFileSync(all[0], 'latin1').startsWith('%PDF-')).toBe(true);
    expect(lines[1]).toMatch(/Boletas 3A\.pdf: 2 boletas$/);
    const one = await writeBoletas({ book, grupo: '3b', output: join(book, '..', 'una') }, () => undefined);
    expect(one.map((p) => p.split('/').pop())).toEqual(['Boletas 3b.pdf']);
    expect(one.map(pages)).toEqual([1]);
  }, 60000);

  test('a group without students is named', async () => {
    const book = await bookOnDisk();
    await expect(writeBoletas({ book, grupo: '9Z' }, () => undefined)).rejects.toThrow('el grupo «9Z» no tiene alumnos en la hoja «Calificaciones del periodo»');
  });
});
