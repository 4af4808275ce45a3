// The printed report of `npm run calc -- libro.xlsx --informe salida.html`: both Tableros built in memory
// with the add-on's own code, their tables and charts in one self-contained HTML page for carta paper.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { CONVENIOS_DASHBOARD, DASHBOARD_SHEET } from '../src/core/es/sheet-words';
import { sheetCharts } from './charts/spec';
import { chartTypeName, escapeXml } from './charts/svg';
import { Runtime, RuntimeOptions, openRuntime } from './runtime';
import { a1Notation } from './services/a1';
import { SheetModel, cellKey } from './services/book';
import { displayOf } from './services/spreadsheet';

/** The Tableros the report holds, each with the sidebar call that writes it. */
export const REPORT_TABLEROS = [
  { sheet: DASHBOARD_SHEET, call: 'crearTablero' },
  { sheet: CONVENIOS_DASHBOARD, call: 'crearTableroConvenios' },
] as const;

/** One Tablero as the report shows it: its sheet, or why the add-on could not write it. */
export type TableroOutcome = { sheet: string; model: SheetModel } | { sheet: string; error: string };

const CSS = `@page { size: letter; margin: 15mm 14mm; }
* { box-sizing: border-box; }
body { font: 10.5pt Arial, Helvetica, sans-serif; color: #202124; margin: 0 auto; max-width: 8.5in; padding: 12px 16px; }
h1 { font-size: 17pt; margin: 0 0 2px; }
h2 { font-size: 14pt; margin: 18px 0 4px; border-bottom: 2px solid #1a73e8; padding-bottom: 2px; }
h3 { font-size: 11.5pt; margin: 14px 0 4px; break-after: avoid; }
.nota { color: #5f6368; margin: 0 0 6px; }
.error { color: #a50e0e; }
table { border-collapse: collapse; margin: 0 0 8px; font-size: 9.5pt; }
thead { display: table-header-group; }
th, td { border: 1px solid #c6c6c6; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #f1f3f4; }
td.numero { text-align: right; }
figure { margin: 6px 0 12px; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #5f6368; font-size: 9pt; }
.tablero + .tablero { break-before: page; }
@media print { body { padding: 0; max-width: none; } }`;

/** A table of the sheet: a run of non-blank rows, under the title row the add-on writes in bold. */
interface Block {
  /** A section heading above the tables that follow it (the Tablero's «Colegiaturas de la hoja…»): no table of its own. */
  heading?: string;
  title?: string;
  first: number;
  last: number;
}

/** The runs of non-blank rows below the heading (row 1); a run opening with a lone first cell is titled by it. */
export function blocksOf(model: SheetModel): Block[] {
  const blocks: Block[] = [];
  const empty = (v: unknown) => v === '' || v === undefined;
  const blank = (r: number) => model.rows[r]?.every(empty) ?? true;
  const end = model.lastRow();
  for (let r = 1; r < end; r++) {
    if (blank(r)) continue;
    let last = r;
    while (last + 1 < end && !blank(last + 1)) last++;
    const loneRow = (at: number) => model.rows[at].slice(1).every(empty);
    // Two lone rows in a row: the first heads a section, the second titles the table under it.
    while (last > r + 1 && loneRow(r) && loneRow(r + 1)) {
      blocks.push({ heading: String(model.rows[r][0]), first: r, last: r });
      r++;
    }
    const row = model.rows[r];
    const lone = loneRow(r);
    blocks.push(lone && last > r ? { title: String(row[0]), first: r + 1, last } : { first: r, last });
    r = last;
  }
  return blocks;
}

function tableHtml(model: SheetModel, block: Block): string {
  const width = Math.max(...Array.from({ length: block.last - block.first + 1 }, (_, i) => {
    const row = model.rows[block.first + i] ?? [];
    let w = row.length;
    while (w > 0 && row[w - 1] === '') w--;
    return w;
  }));
  const cell = (r: number, c: number, tag: 'th' | 'td') => {
    const v = model.get(r, c);
    const text = displayOf(v, model.formats.get(cellKey(r, c)));
    return `<${tag} data-cell="${a1Notation(r + 1, c + 1, 1, 1)}"${tag === 'td' && typeof v === 'number' ? ' class="numero"' : ''}>${escapeXml(text)}</${tag}>`;
  };
  const row = (r: number, tag: 'th' | 'td') => `<tr>${Array.from({ length: width }, (_, c) => cell(r, c, tag)).join('')}</tr>`;
  const body = Array.from({ length: block.last - block.first }, (_, i) => row(block.first + 1 + i, 'td')).join('');
  return `<table><thead>${row(block.first, 'th')}</thead><tbody>${body}</tbody></table>`;
}

/** One Tablero: its heading, each table with the charts whose range starts in it, then any chart left over. */
function tableroHtml(outcome: TableroOutcome): string {
  if ('error' in outcome) return `<section class="tablero"><h2>${escapeXml(outcome.sheet)}</h2><p class="error">No se pudo crear: ${escapeXml(outcome.error)}</p></section>`;
  const { model } = outcome;
  const heading = (model.rows[0] ?? []).map((v) => displayOf(v)).filter(Boolean).join(' · ');
  const charts = sheetCharts(model);
  const placed = new Set<number>();
  const figure = (i: number) => {
    placed.add(i);
    const { spec, svg } = charts[i];
    return `<figure class="grafico">${svg}<figcaption>Gráfico de ${escapeXml(chartTypeName(spec.type))} «${escapeXml(spec.title)}», datos de ${escapeXml(spec.range)}</figcaption></figure>`;
  };
  const startRow = (i: number) => Number(/\d+/.exec(charts[i].spec.range)?.[0] ?? 0) - 1;
  const parts = blocksOf(model).map((block) => {
    if (block.heading !== undefined) return `<h3 class="seccion">${escapeXml(block.heading)}</h3>`;
    const mine = charts.map((_, i) => i).filter((i) => startRow(i) >= block.first && startRow(i) <= block.last);
    return `${block.title ? `<h3>${escapeXml(block.title)}</h3>` : ''}${tableHtml(model, block)}${mine.map(figure).join('')}`;
  });
  const rest = charts.map((_, i) => i).filter((i) => !placed.has(i)).map(figure).join('');
  return `<section class="tablero"><h2>${escapeXml(outcome.sheet)}</h2><p class="nota">${escapeXml(heading)}</p>${parts.join('')}${rest}</section>`;
}

/** The whole page: no script, no link, no image file; the charts are inline SVG. */
export function reportHtml(book: string, made: string, outcomes: TableroOutcome[]): string {
  return (
    `<!doctype html><html lang="es"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Informe de los tableros · ${escapeXml(book)}</title><style>${CSS}</style></head><body>` +
    `<header><h1>Informe de los tableros</h1><p class="nota">Libro «${escapeXml(book)}» · hecho el ${escapeXml(made)} con el complemento Secretaría escolar, sin conexión.</p></header>` +
    `${outcomes.map(tableroHtml).join('')}</body></html>`
  );
}

/** Writes each Tablero in the runtime with the add-on's own sidebar calls; the workbook on disk is not touched. */
export function buildTableros(runtime: Runtime): TableroOutcome[] {
  return REPORT_TABLEROS.map(({ sheet, call }) => {
    let reply: { ok: boolean; error?: string };
    try {
      reply = runtime.run(call) as { ok: boolean; error?: string };
    } catch (e) {
      reply = { ok: false, error: (e as Error).message };
    }
    if (runtime.book.dirty) runtime.recalculate();
    const model = runtime.book.sheet(sheet);
    return reply.ok && model ? { sheet, model } : { sheet, error: reply.error ?? `no apareció la hoja «${sheet}».` };
  });
}

/** The report of the workbook at `book`, written to `output`; the lines say what it holds. */
export async function writeReport(book: string, output: string, print: (line: string) => void = console.log, options: RuntimeOptions = {}): Promise<TableroOutcome[]> {
  const folder = dirname(output);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`la carpeta «${folder}» del informe no existe: créela o indique otra.`);
  const runtime = await openRuntime(book, options);
  const outcomes = buildTableros(runtime);
  if (outcomes.every((o) => 'error' in o)) {
    throw new Error(`ningún Tablero se pudo crear: ${outcomes.map((o) => `«${o.sheet}»: ${'error' in o ? o.error : ''}`).join(' ')}`);
  }
  const timeZone = String(runtime.spreadsheet.getSpreadsheetTimeZone());
  const made = new Intl.DateTimeFormat('es-MX', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(options.now?.() ?? new Date());
  try {
    writeFileSync(output, reportHtml(basename(book), made, outcomes));
  } catch (e) {
    throw new Error(`no se pudo escribir el informe en «${output}» (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  print(`Libro: ${basename(book)}`);
  for (const o of outcomes) print('error' in o ? `  · «${o.sheet}»: no se pudo crear: ${o.error}` : `  · «${o.sheet}»: ${blocksOf(o.model).filter((b) => b.heading === undefined).length} tablas, ${o.model.recorded.charts.length} gráficos`);
  print(`Informe guardado en ${output}; el libro no se modificó.`);
  return outcomes;
}
