// «Listas del periodo» and «Crear boletas»: the period's grades sheet judged, written into sheets the add-on owns (never an office's own).
import type { Rules } from '../../core/config';
import { BOLETA_COLUMNS, BOLETA_ROWS, BOLETA_SHEET, BOLETA_WORDS, HONOR_WORDS, LIST_SHEETS, LIST_WORDS, boletaRows, listReason } from '../../core/es/grade-sheets';
import { describe } from '../../core/es/issues';
import { Boleta, LIST_KINDS, ListKind, bestPerGroup, boletasOf, groupsOf, honorRoll, periodList } from '../../core/grades/period';
import { Roster, detectRoster, readRoster } from '../../core/grades/roster';
import { Cell } from '../../core/parse';
import { asCellText } from '../../core/a1';
import { stop } from '../boundary';
import { rulesForWriting } from '../config-panel';
import { withDocumentLock } from '../lock';
import { ADDON_SHEETS, ensureRows, ownedSheet, readSheetOnce } from '../sheets';
import { allSheets } from '../execution';
import { stackedTables, writeTablero } from '../tablero';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const LIST_PROPERTY = (kind: ListKind) => `listas.${kind}.sheetId`;
const BOLETA_PROPERTY = 'boletas.sheetId';
const OWN_SHEETS = new Set<string>([...Object.values(LIST_SHEETS), BOLETA_SHEET]);

/** The active sheet when it holds the period's grades; else the first sheet of the book that does; else none. */
function findPeriodSheet(rules: Rules): { sheet: Sheet; roster: Roster } | undefined {
  const active = SpreadsheetApp.getActiveSheet();
  const candidates = [active, ...allSheets().filter((s) => s.getName() !== active.getName())].filter((s) => !OWN_SHEETS.has(s.getName()) && !ADDON_SHEETS.has(s.getName()));
  for (const sheet of candidates) {
    const { rows } = readSheetOnce(sheet);
    const cols = detectRoster(rows);
    if (cols) return { sheet, roster: readRoster(rows, cols, rules) };
  }
  return undefined;
}

function periodSheet(rules: Rules): { sheet: Sheet; roster: Roster } {
  return findPeriodSheet(rules) ?? stop({ code: 'not_period_grades', sheet: SpreadsheetApp.getActiveSheet().getName() });
}

/** For the Tablero: the best promedio per group and the cuadro de honor of the book's period grades, or none without such a sheet. */
export function honorTables(rules: Rules): { title: string; header: string[]; rows: (string | number)[][] }[] {
  const found = findPeriodSheet(rules);
  if (!found) return [];
  const boletas = boletasOf(found.roster.records, rules);
  const rowsOf = (list: Boleta[]) => (list.length ? list.map((b) => [b.grupo, b.nombre, b.average ?? '']) : [[HONOR_WORDS.nobody]]);
  return [
    { title: HONOR_WORDS.best(found.sheet.getName()), header: [...HONOR_WORDS.header], rows: rowsOf(bestPerGroup(boletas)) },
    { title: HONOR_WORDS.honor(rules.honorRollAverage), header: [...HONOR_WORDS.header], rows: rowsOf(honorRoll(boletas, rules)) },
  ];
}

/** Stops before writing anything when one of the sheets to write is an office's own sheet of that name. */
function checkOwned(names: { name: string; property: string }[]): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  for (const { name, property } of names) {
    const existing = ss.getSheetByName(name);
    if (existing && props.getProperty(property) !== String(existing.getSheetId())) stop({ code: 'not_our_sheet', sheet: name });
  }
}

/** «Listas del periodo»: one sheet per list, each subject under its title, each student with the reason; bad rows listed at the end. */
export function createPeriodLists(): string {
  const { rules } = rulesForWriting();
  const { sheet, roster } = periodSheet(rules);
  checkOwned(LIST_KINDS.map((kind) => ({ name: LIST_SHEETS[kind], property: LIST_PROPERTY(kind) })));
  const counts = { ordinario: 0, exentos: 0, regularizacion: 0 } as Record<ListKind, number>;
  withDocumentLock(() => {
    for (const kind of LIST_KINDS) {
      const { layout, table } = stackedTables([LIST_WORDS.heading(kind, sheet.getName())]);
      const lists = periodList(roster.records, kind, rules);
      for (const list of lists) {
        counts[kind] += list.records.length;
        table(list.materia, [...LIST_WORDS.header], list.records.map((r) => [r.grupo, r.matricula, r.nombre, listReason(r, kind, rules)]));
      }
      if (!lists.length) layout.grid.push([], [LIST_WORDS.nobody]);
      if (roster.errors.length) table(LIST_WORDS.errors, [...LIST_WORDS.errorHeader], roster.errors.map((e) => [e.row, describe(e.issue)]));
      writeTablero(ownedSheet(LIST_SHEETS[kind], LIST_PROPERTY(kind)), layout);
    }
  });
  const placed = counts.ordinario + counts.exentos + counts.regularizacion;
  return LIST_WORDS.done(counts, roster.records.length - placed);
}

/** The boletas' rows, student by student, of one group or all. */
function boletaBlocks(roster: Roster, rules: Rules, school: string, grupo?: string): (string | number)[][][] {
  return boletasOf(roster.records, rules, grupo).map((b) => boletaRows(b, school, rules));
}

/** «Crear boletas»: the `Boletas` sheet, one block of BOLETA_ROWS rows per student, its titles in bold. */
export function createBoletas(): string {
  const { rules } = rulesForWriting();
  const { roster } = periodSheet(rules);
  checkOwned([{ name: BOLETA_SHEET, property: BOLETA_PROPERTY }]);
  const school = SpreadsheetApp.getActiveSpreadsheet().getName();
  const blocks = boletaBlocks(roster, rules, school);
  const grid: Cell[][] = [];
  const bold: number[] = [];
  for (const rows of blocks) {
    const start = grid.length;
    bold.push(start, start + 1, start + 4);
    const height = Math.max(BOLETA_ROWS, rows.length);
    for (let i = 0; i < height; i++) {
      const row = rows[i] ?? [];
      grid.push([...row, ...new Array<Cell>(BOLETA_COLUMNS - row.length).fill('')].map(asCellText));
    }
  }
  return withDocumentLock(() => {
    const sheet = ownedSheet(BOLETA_SHEET, BOLETA_PROPERTY);
    if (grid.length) {
      ensureRows(sheet, grid.length);
      sheet.getRange(1, 1, grid.length, BOLETA_COLUMNS).setValues(grid);
      for (const r of bold) sheet.getRange(r + 1, 1, 1, BOLETA_COLUMNS).setFontWeight('bold');
    }
    return BOLETA_WORDS.done(blocks.length, BOLETA_SHEET);
  });
}

/** For `npm run boletas`: the school, and each group's boletas as rows, from the book's period grades sheet. */
export function boletasLibro_(grupo?: string): { school: string; sheet: string; groups: { grupo: string; boletas: (string | number)[][][] }[] } {
  const { rules } = rulesForWriting();
  const { sheet, roster } = periodSheet(rules);
  const school = SpreadsheetApp.getActiveSpreadsheet().getName();
  const groups = (grupo === undefined ? groupsOf(roster.records) : [grupo]).map((g) => ({ grupo: g, boletas: boletaBlocks(roster, rules, school, g) }));
  return { school, sheet: sheet.getName(), groups };
}
