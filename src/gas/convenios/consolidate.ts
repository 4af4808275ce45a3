// UGEL consolidation: IMPORTRANGE formulas for each school tracker listed in Fuentes, one consolidated table, each source's state.
import { CONSOLIDATED_SHEET, IMPORT_SHEET, SOURCES_SHEET, TRACKER_SHEETS } from '../../core/es/sheet-words';
import { CONSOLIDATED_HEADER, SOURCE_FIELDS, SOURCE_WORDS, consolidate, isSpreadsheetUrl } from '../../core/convenios/tally';
import { COMPROMISO_FIELDS, CompromisoField } from '../../core/convenios/columns';
import { readTable } from '../../core/table';
import { describe } from '../../core/es/issues';
import { Cell, isBlank } from '../../core/parse';
import { asCellText } from '../../core/a1';
import { columnLetter } from '../../core/students/fields';
import type { SourceView } from '../../api';
import { stop } from '../boundary';
import { withDocumentLock } from '../lock';
import { ensureColumns, ensureRows, ownedSheet, readSheet } from '../sheets';
import { headedSheet } from './trackers';

const CONSOLIDATED_PROPERTY = 'consolidado.sheetId';
/** Columns each source's IMPORTRANGE may fill: A:Z of its tracker. */
const BLOCK = 26;

/** A Sheets string literal: a `"` inside is written `""`, so no text from Fuentes can close it. */
const stringLiteral = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** `=IMPORTRANGE("url","'Hoja'!A1:Z")`: a `'` in the sheet name doubled inside its quotes, as Sheets writes it; both arguments literals. */
const importFormula = (url: string, sheet: string) => `=IMPORTRANGE(${stringLiteral(url.trim())},${stringLiteral(`'${sheet.replace(/'/g, "''")}'!A1:Z`)})`;

/** Live tallies per source beside the consolidated table: RESUMEN_COMPROMISOS over Fuente (its first column), Estado and Fecha límite. */
function tallyFormula(): string {
  const range = (index: number) => `${columnLetter(index)}2:${columnLetter(index)}`;
  const of = (field: CompromisoField) => CONSOLIDATED_HEADER.indexOf(COMPROMISO_FIELDS.find((f) => f.field === field)!.label);
  return `=RESUMEN_COMPROMISOS(${range(0)},${range(of('estado'))},${range(of('fechaLimite'))})`;
}

/**
 * Consolidates the school trackers listed in Fuentes. IMPORTRANGE keeps the add-on's scope at
 * spreadsheets.currentonly: each school grants access once from the formula's cell, and the values
 * arrive in this spreadsheet, where the add-on may read them.
 */
export function consolidateSources(): SourceView[] {
  return withDocumentLock(() => {
    const fuentes = headedSheet(SOURCES_SHEET, SOURCE_FIELDS.map((f) => f.label));
    const table = readTable(readSheet(fuentes).rows, SOURCE_FIELDS, ['url']);
    const listed = table.rows
      .filter((r) => !isBlank(r.cells.url))
      .map((r) => ({ row: r.row, url: String(r.cells.url).trim(), name: isBlank(r.cells.nombre) ? String(r.cells.url) : String(r.cells.nombre).trim(), sheet: isBlank(r.cells.hoja) ? TRACKER_SHEETS.compromisos : String(r.cells.hoja).trim() }));
    if (listed.length === 0) stop({ code: 'no_sources' });

    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const imports = ss.getSheetByName(IMPORT_SHEET) ?? ss.insertSheet(IMPORT_SHEET);
    const width = listed.length * BLOCK;
    ensureColumns(imports, width);
    const current = imports.getRange(1, 1, 1, width).getFormulas()[0];
    listed.forEach((s, i) => {
      const want = isSpreadsheetUrl(s.url) ? importFormula(s.url, s.sheet) : '';
      if (current[i * BLOCK] !== want) imports.getRange(1, i * BLOCK + 1).setFormula(want);
    });
    // Blocks of sources since removed from Fuentes: their imports would linger, read by nobody.
    const beyond = imports.getLastColumn() - width;
    if (beyond > 0) imports.getRange(1, width + 1, Math.max(imports.getLastRow(), 1), beyond).clearContent();
    SpreadsheetApp.flush();
    const values = imports.getRange(1, 1, Math.max(imports.getLastRow(), 1), width).getValues() as Cell[][];
    const { rows, results } = consolidate(
      listed.map((s, i) => ({ name: s.name, block: isSpreadsheetUrl(s.url) ? values.map((r) => r.slice(i * BLOCK, (i + 1) * BLOCK)) : [['#URL']] })),
    );

    const out = ownedSheet(CONSOLIDATED_SHEET, CONSOLIDATED_PROPERTY);
    ensureRows(out, rows.length + 1);
    ensureColumns(out, CONSOLIDATED_HEADER.length + 2);
    out.getRange(1, 1, rows.length + 1, CONSOLIDATED_HEADER.length).setValues([CONSOLIDATED_HEADER, ...rows.map((r) => r.map((v) => (typeof v === 'string' ? asCellText(v) : v)))]);
    out.getRange(1, 1, 1, CONSOLIDATED_HEADER.length).setFontWeight('bold');
    out.setFrozenRows(1);
    out.getRange(1, CONSOLIDATED_HEADER.length + 2).setFormula(tallyFormula());

    const views: SourceView[] = listed.map((s, i) => ({
      row: s.row,
      name: s.name,
      url: s.url,
      // Refused before any formula: Sheets would answer #REF!, which reads as «Sin acceso».
      state: isSpreadsheetUrl(s.url) ? results[i].state : SOURCE_WORDS.badUrl,
      rows: results[i].rows,
      detail: !isSpreadsheetUrl(s.url)
        ? describe({ code: 'bad_source_url', value: s.url })
        : results[i].state === SOURCE_WORDS.noAccess
          ? describe({ code: 'source_no_access', cell: `${columnLetter(i * BLOCK)}1` })
          : results[i].state === SOURCE_WORDS.unrecognized
            ? describe({ code: 'source_unrecognized', sheet: s.sheet })
            : '',
    }));
    writeStates(fuentes, table.mapping, table.headerRow, views);
    return views;
  });
}

/** Each source's Estado, Filas and Detalle, one setValues per column that the Fuentes sheet has. */
function writeStates(sheet: GoogleAppsScript.Spreadsheet.Sheet, mapping: Partial<Record<'estado' | 'filas' | 'detalle', number>>, headerRow: number, views: SourceView[]): void {
  const first = headerRow + 2;
  const count = sheet.getLastRow() - first + 1;
  if (count < 1) return;
  const byRow = new Map(views.map((v) => [v.row, v]));
  for (const [field, value] of [
    ['estado', (v: SourceView) => v.state],
    ['filas', (v: SourceView) => v.rows],
    ['detalle', (v: SourceView) => v.detail],
  ] as const) {
    const column = mapping[field];
    if (column === undefined) continue;
    const range = sheet.getRange(first, column + 1, count, 1);
    const cells = range.getValues();
    const formulas = range.getFormulas();
    // Rows that are no source are written back as they were: their formulas as formulas, their text as text.
    range.setValues(cells.map((old, i) => {
      const v = byRow.get(first + i);
      return [v ? value(v) : formulas[i][0] || asCellText(old[0])];
    }));
  }
}
