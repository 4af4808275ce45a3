// `npm run calc -- libro.xlsx --informe salida.html`: one self-contained page for carta paper with both Tableros' tables and charts, values as in the tables, the workbook untouched.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { parseArgs } from '../../local/calc';
import { UsageError } from '../../local/args';
import { generateDemo } from '../../local/demo';
import { writeReport } from '../../local/report';
import { describeInChromium, launchChromium } from '../browser/chromium';
import { sheetRuntime, tempDir } from './factories';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const NOW = () => new Date('2026-03-02T16:00:00Z');

describe('the --informe option', () => {
  test('names the report; nothing is calculated', () => {
    expect(parseArgs(['libro.xlsx', '--informe', 'salida.html'])).toMatchObject({ book: 'libro.xlsx', report: 'salida.html' });
    expect(parseArgs(['libro.xlsx'])).not.toHaveProperty('report');
  });

  test.each([
    ['without its file', ['libro.xlsx', '--informe'], 'Falta el valor de --informe: escríbalo después, por ejemplo --informe informe.html.'],
    ['with --salida', ['libro.xlsx', '--informe', 'a.html', '--salida', 'b.xlsx'], 'La opción --informe no se combina con --salida: el informe no calcula ni guarda el libro.'],
    ['with --formulas', ['libro.xlsx', '--formulas', '--informe', 'a.html'], 'La opción --informe no se combina con --formulas: el informe no calcula ni guarda el libro.'],
    ['to a file that is not HTML', ['libro.xlsx', '--informe', 'informe.pdf'], 'El informe es una página HTML: indique un archivo que termine en .html, no «informe.pdf».'],
  ])('refuses it %s', (_label, argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

/** The report's marks (value, cell, shown text) and its table cells by A1, read from the HTML. */
function readReport(html: string) {
  const sections = html.split('<section class="tablero">').slice(1);
  return sections.map((section) => {
    const cells = new Map([...section.matchAll(/<t[hd] data-cell="([A-Z]+\d+)"[^>]*>([^<]*)<\/t[hd]>/g)].map(([, cell, text]) => [cell, text]));
    return {
      title: /<h2>([^<]*)<\/h2>/.exec(section)?.[1],
      charts: [...section.matchAll(/<svg [^>]*data-type="(\w+)"/g)].map((m) => m[1]),
      marks: [...section.matchAll(/<g class="punto" data-value="([^"]*)" data-text="([^"]*)" data-cell="([^"]*)"/g)].map(([, value, text, cell]) => ({ value: Number(value), text, cell, table: cells.get(cell) })),
    };
  });
}

describe('the report of the demo workbook', () => {
  let dir: string;
  let book: string;
  let html: string;
  let lines: string[];

  beforeAll(async () => {
    dir = tempDir('informe-');
    book = join(dir, 'escuela-demo.xlsx');
    await generateDemo(book, { today: '2026-03-02' });
    lines = [];
    await writeReport(book, join(dir, 'informe.html'), (l) => lines.push(l), { now: NOW });
    html = readFileSync(join(dir, 'informe.html'), 'utf8');
  });

  test('holds both Tableros with every chart the add-on inserts: 3 in the Tablero (the debt per group of the Pagos sheet the third), 5 in the Tablero de convenios', () => {
    expect(readReport(html).map(({ title, charts }) => ({ title, charts }))).toEqual([
      { title: 'Tablero', charts: ['BAR', 'PIE', 'COLUMN'] },
      { title: 'Tablero de convenios', charts: ['COLUMN', 'BAR', 'BAR', 'BAR', 'BAR'] },
    ]);
    expect(lines).toEqual([
      'Libro: escuela-demo.xlsx',
      '  · «Tablero»: 11 tablas, 3 gráficos',
      '  · «Tablero de convenios»: 8 tablas, 5 gráficos',
      `Informe guardado en ${join(dir, 'informe.html')}; el libro no se modificó.`,
    ]);
  });

  test('each bar and slice shows the text of the table cell it names, and its value is that number', () => {
    const marks = readReport(html).flatMap((s) => s.marks);
    expect(marks.length).toBeGreaterThan(50);
    for (const m of marks) {
      expect([m.cell, m.text]).toEqual([m.cell, m.table]);
      // A percentage, a count, or pesos («$16,380.00»).
      const shown = m.text.endsWith('%') ? Number(m.text.slice(0, -1)) / 100 : Number(m.text.replace(/^\$/, '').replace(/,/g, ''));
      expect([m.cell, Math.abs(m.value - shown) < (m.text.endsWith('%') ? 0.0005 : 1e-9)]).toEqual([m.cell, true]);
    }
    // The pie of statuses counts the demo's 320 students.
    const [tablero] = readReport(html);
    const pie = tablero.marks.filter((m) => /^B2\d$/.test(m.cell));
    expect(pie.reduce((sum, m) => sum + m.value, 0)).toBe(320);
  });

  test('is self-contained: no script, no link, no image file, no http(s) address', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(/i);
  });

  test('prints on carta paper, a chart never split across pages', () => {
    expect(html).toContain('@page { size: letter;');
    expect(html).toContain('figure { margin: 6px 0 12px; break-inside: avoid; }');
  });

  test('dates the report in the spreadsheet\'s zone', () => {
    expect(html).toContain('hecho el 02/03/2026, 10:00');
  });
});

test('a Tablero the workbook cannot make is said in its place; none at all is an error', async () => {
  const dir = tempDir('informe-');
  const rt = await sheetRuntime([['Nombre', 'Plan de beca', 'Promedio'], ['Ana', 'I', 9]], 'Alumnos');
  await rt.save(join(dir, 'alumnos.xlsx'));
  const lines: string[] = [];
  await writeReport(join(dir, 'alumnos.xlsx'), join(dir, 'a.html'), (l) => lines.push(l), { now: NOW });
  expect(lines[2]).toMatch(/^ {2}· «Tablero de convenios»: no se pudo crear: /);
  expect(readFileSync(join(dir, 'a.html'), 'utf8')).toMatch(/<h2>Tablero de convenios<\/h2><p class="error">No se pudo crear: /);
  const empty = await sheetRuntime([['Nota'], ['nada']], 'Hoja 1');
  await empty.save(join(dir, 'vacio.xlsx'));
  await expect(writeReport(join(dir, 'vacio.xlsx'), join(dir, 'b.html'), () => undefined, { now: NOW })).rejects.toThrow(/^ningún Tablero se pudo crear: «Tablero»: /);
  expect(existsSync(join(dir, 'b.html'))).toBe(false);
});

test.each([
  ['into a folder that does not exist', (dir: string) => join(dir, 'no-existe', 'informe.html'), (dir: string) => `la carpeta «${join(dir, 'no-existe')}» del informe no existe: créela o indique otra.`],
  ['over a folder', (dir: string) => join(dir, 'carpeta.html'), (dir: string) => `no se pudo escribir el informe en «${join(dir, 'carpeta.html')}» (EISDIR).`],
])('refuses to write the report %s, in Spanish', async (_label, output, message) => {
  const dir = tempDir('informe-');
  mkdirSync(join(dir, 'carpeta.html'));
  const rt = await sheetRuntime([['Nombre', 'Plan de beca', 'Promedio'], ['Ana', 'I', 9]], 'Alumnos');
  await rt.save(join(dir, 'alumnos.xlsx'));
  await expect(writeReport(join(dir, 'alumnos.xlsx'), output(dir), () => undefined, { now: NOW })).rejects.toThrow(message(dir));
});

test('npm run calc -- libro.xlsx --informe writes the page and leaves the workbook as it was', async () => {
  const dir = tempDir('informe-');
  const book = join(dir, 'escuela.xlsx');
  await generateDemo(book, { today: '2026-03-02' });
  const before = readFileSync(book);
  const run = spawnSync(TSX, [join(ROOT, 'local/calc.ts'), book, '--informe', join(dir, 'informe.html')], { cwd: ROOT, encoding: 'utf8' });
  expect([run.status, run.stderr]).toEqual([0, '']);
  expect(run.stdout).toContain('el libro no se modificó.');
  expect(readFileSync(join(dir, 'informe.html'), 'utf8')).toContain('<h2>Tablero de convenios</h2>');
  expect(readFileSync(book).equals(before)).toBe(true);
}, 30000);

describeInChromium('the report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('opens from the file with no request elsewhere, draws the 8 charts, and prints on letter pages', async () => {
    const dir = tempDir('informe-');
    await generateDemo(join(dir, 'demo.xlsx'), { today: '2026-03-02' });
    await writeReport(join(dir, 'demo.xlsx'), join(dir, 'informe.html'), () => undefined, { now: NOW });
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${join(dir, 'informe.html')}`);
    const drawn = await page.evaluate(() => ({
      charts: document.querySelectorAll('figure svg').length,
      // A mark drawn with a size: its bounding box is not empty (a zero count is a bar of no length).
      sized: [...document.querySelectorAll<SVGGElement>('.punto')].filter((g) => Number(g.dataset.value) > 0).every((g) => g.getBBox().width > 0),
      mismatched: [...document.querySelectorAll<SVGGElement>('.punto')].filter((g) => g.closest('section')!.querySelector(`td[data-cell="${g.dataset.cell}"]`)?.textContent !== g.dataset.text).length,
    }));
    expect(drawn).toEqual({ charts: 8, sized: true, mismatched: 0 });
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // Letter is 8.5 × 11 in: 612 × 792 points on every page.
    const boxes = new Set(pdf.toString('latin1').match(/MediaBox\s*\[[^\]]*\]/g));
    expect([...boxes]).toEqual(['MediaBox [0 0 612 792]']);
    await page.close();
  }, 30000);
});
