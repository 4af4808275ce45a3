// The boletas of one group as a print-ready HTML page: one boleta per carta page, the same rows the Boletas sheet holds.
import { formatGrade } from '../src/core/es/format';
import { escapeHtml } from '../src/core/text';

export type BoletaRows = (string | number)[][];

/** Numbers on a boleta are grades and averages: 9 shows as «9,0». */
const cell = (v: string | number | undefined) => escapeHtml(typeof v === 'number' ? formatGrade(v) : (v ?? ''));

/**
 * Rows as boletaRows (src/core/es/grade-sheets.ts) lays them out: school and period, title and group,
 * student and matrícula, a blank row, the subjects' header and rows, a blank row, promedio, promotion
 * and beca, a blank row, the delivery note and the signature line.
 */
function boletaHtml(rows: BoletaRows): string {
  const blank = rows.findIndex((r, i) => i > 3 && r.length === 0);
  const [top, title, student] = rows;
  const header = rows[4];
  const subjects = rows.slice(5, blank);
  const rest = rows.slice(blank + 1);
  const notesAt = rest.findIndex((r) => r.length === 0);
  const totals = rest.slice(0, notesAt);
  const notes = rest.slice(notesAt + 1);
  return `<section class="boleta">
<header><div><h1>${cell(top[0])}</h1><h2>${cell(title[0])}</h2></div>
<dl><dt>${cell(top[3])}</dt><dd>${cell(top[4])}</dd><dt>${cell(title[3])}</dt><dd>${cell(title[4])}</dd></dl></header>
<p class="alumno"><span>${cell(student[0])}:</span> <strong>${cell(student[1])}</strong> <span>${cell(student[3])}:</span> <strong>${cell(student[4])}</strong></p>
<table><thead><tr>${header.map((h) => `<th>${cell(h)}</th>`).join('')}</tr></thead>
<tbody>${subjects.map((r) => `<tr>${header.map((_, i) => `<td${i === 1 ? ' class="num"' : ''}>${cell(r[i])}</td>`).join('')}</tr>`).join('')}</tbody></table>
<table class="totales">${totals.map((r) => `<tr><th>${cell(r[0])}</th><td>${cell(r[1])}</td></tr>`).join('')}</table>
<footer>${notes.map((r) => `<p>${cell(r[0])}</p>`).join('')}</footer>
</section>`;
}

const STYLE = `@page { size: letter; margin: 18mm 16mm; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; color: #202124; margin: 0; }
.boleta { break-after: page; }
.boleta:last-child { break-after: auto; }
header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 3px solid #1a73e8; padding-bottom: 8px; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 0; color: #1a73e8; font-weight: normal; }
dl { display: grid; grid-template-columns: auto auto; gap: 2px 10px; margin: 0; font-size: 13px; } dt { color: #5f6368; } dd { margin: 0; font-weight: bold; }
.alumno { font-size: 14px; margin: 16px 0; } .alumno span { color: #5f6368; margin-left: 12px; } .alumno span:first-child { margin-left: 0; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #dadce0; padding: 6px 8px; text-align: left; }
thead th { background: #e8f0fe; } td.num { text-align: right; font-weight: bold; }
.totales { width: 55%; margin-top: 18px; } .totales th { background: #f1f3f4; width: 50%; }
footer { margin-top: 36px; font-size: 12px; color: #3c4043; } footer p:last-child { margin-top: 48px; }
@media screen { body { padding: 48px 56px; } }`;

/** One page per boleta, letter size, for Chromium's page.pdf. */
export function boletasPage(title: string, boletas: BoletaRows[]): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${boletas.map(boletaHtml).join('\n')}</body></html>`;
}
