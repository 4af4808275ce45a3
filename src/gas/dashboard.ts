// The Resumen panel and the Tablero sheet: the Resumen tables of a student sheet, with charts a director can share.
import { DASHBOARD_SHEET } from '../core/es/sheet-words';
import { formatDay } from '../core/dates';
import { explain } from '../core/messages';
import { Cell } from '../core/parse';
import { asCellText, looksLikeStudents, detectStudentColumns, missingFields, outputSpec } from '../core/students/fields';
import { summarize } from '../core/students/summary';
import { formatPercent } from '../core/format';
import type { Answer, ResumenView } from '../api';
import { answer, stop } from './boundary';
import { readRules, rulesForWriting } from './config-panel';
import { today } from '../functions/context';
import { spreadsheetTimeZone } from './host';
import { withDocumentLock } from './lock';
import { ensureRows, readSheet, sheetNamed } from './sheets';
import { mappingOf } from './students/memory';
import { outcomesOf } from './students/resumen';

const DASHBOARD_PROPERTY = 'tablero.sheetId';
/** Rows read from each sheet to tell whether it holds students. */
const SNIFF_ROWS = 50;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function looksLikeStudentSheet(sheet: Sheet): boolean {
  const rows = Math.min(sheet.getLastRow(), SNIFF_ROWS);
  const columns = sheet.getLastColumn();
  if (!rows || !columns) return false;
  const { rules } = readRules();
  return looksLikeStudents(detectStudentColumns(sheet.getRange(1, 1, rows, columns).getValues() as Cell[][], rules));
}

export function studentSheets(): Sheet[] {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .filter((s) => s.getName() !== DASHBOARD_SHEET && looksLikeStudentSheet(s));
}

/** The named sheet; else the active one when it holds students; else the first that does. */
function chooseSheet(name?: string): { sheet: Sheet; candidates: Sheet[] } {
  const candidates = studentSheets();
  if (name) return { sheet: sheetNamed(name), candidates };
  const active = SpreadsheetApp.getActiveSheet();
  const sheet = candidates.find((s) => s.getName() === active.getName()) ?? candidates[0];
  if (!sheet) stop({ code: 'not_students', sheet: active.getName() });
  return { sheet, candidates };
}

export function resumenOf(name?: string): ResumenView {
  const { sheet, candidates } = chooseSheet(name);
  const data = readSheet(sheet);
  const { rules, rows: configRows } = readRules();
  const { mapping } = mappingOf(data, rules);
  const can = (id: 'beca' | 'estatus' | 'derecho') => missingFields(outputSpec(id), mapping).length === 0;
  return {
    sheet: sheet.getName(),
    sheets: candidates.map((s) => s.getName()),
    summary: summarize(outcomesOf(data, mapping, configRows), rules),
    available: { beca: can('beca'), estatus: can('estatus'), derecho: can('derecho') },
  };
}

/** The Tablero as one grid (tables stacked, blank rows between) and where each table sits, for the charts. */
export function dashboardGrid(view: ResumenView, day: number): { grid: Cell[][]; titles: number[]; plans: [number, number]; statuses: [number, number]; shares: [number, number] } {
  const s = view.summary;
  const grid: Cell[][] = [];
  const titles: number[] = [];
  const title = (text: string) => {
    if (grid.length) grid.push([]);
    titles.push(grid.length);
    grid.push([text]);
  };
  grid.push([`Resumen de la hoja «${view.sheet}»`, '', '', `Actualizado el ${formatDay(day)}`]);
  titles.push(0);
  title('Alumnos por plan de beca');
  grid.push(['Plan', 'Nombre', 'Alumnos', 'Con beca']);
  const plansStart = grid.length;
  for (const p of s.perPlan) grid.push([p.plan, p.name, p.students, p.granted]);
  const plans: [number, number] = [plansStart - 1, grid.length];
  title(`Alumnos becados por plan de estudios (mínimo ${formatPercent(s.minShare)}, LGE art. 149 fr. III)`);
  grid.push(['Plan de estudios', 'Alumnos', 'Con beca', '% con beca', 'Cumple el mínimo']);
  const sharesStart = grid.length;
  for (const g of s.perStudyPlan) grid.push([g.studyPlan, g.students, g.withBeca, g.share, g.meetsMinimum ? 'Sí' : 'No']);
  const shares: [number, number] = [sharesStart, grid.length];
  title('Estatus de promoción');
  grid.push(['Estatus', 'Alumnos']);
  const statusStart = grid.length;
  for (const st of s.statuses) grid.push([st.status, st.students]);
  const statuses: [number, number] = [statusStart - 1, grid.length];
  title('Otros datos');
  grid.push(['Alumnos', s.students]);
  grid.push(['Sin derecho a examen', s.withoutRight]);
  grid.push(['Filas con «Error:» por revisar', s.rowsWithErrors]);
  const width = Math.max(...grid.map((r) => r.length));
  return { grid: grid.map((r) => [...r, ...new Array(width - r.length).fill('')]), titles, plans, statuses, shares };
}

function dashboardSheet(): Sheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const props = PropertiesService.getDocumentProperties();
  const existing = ss.getSheetByName(DASHBOARD_SHEET);
  if (existing) {
    if (props.getProperty(DASHBOARD_PROPERTY) !== String(existing.getSheetId())) stop({ code: 'not_our_sheet', sheet: DASHBOARD_SHEET });
    existing.clear();
    for (const chart of existing.getCharts()) existing.removeChart(chart);
    return existing;
  }
  const sheet = ss.insertSheet(DASHBOARD_SHEET);
  props.setProperty(DASHBOARD_PROPERTY, String(sheet.getSheetId()));
  return sheet;
}

/** Writes the Tablero (one setValues for every table) with a bar chart per plan and a pie of statuses. */
export function createDashboard(name?: string): string {
  rulesForWriting();
  const view = resumenOf(name);
  return withDocumentLock(() => {
    const sheet = dashboardSheet();
    const { grid, titles, plans, statuses, shares } = dashboardGrid(view, today(spreadsheetTimeZone()));
    ensureRows(sheet, grid.length);
    // Plan-of-study names come from the office's cells: "=HYPERLINK(…)" or "+Técnico" must stay text.
    sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid.map((r) => r.map(asCellText)));
    for (const row of titles) sheet.getRange(row + 1, 1).setFontWeight('bold');
    if (shares[1] > shares[0]) sheet.getRange(shares[0] + 1, 4, shares[1] - shares[0], 1).setNumberFormat('0.0%');
    sheet.setFrozenRows(1);
    const chart = (type: GoogleAppsScript.Charts.ChartType, range: GoogleAppsScript.Spreadsheet.Range, title: string, row: number) =>
      sheet.insertChart(sheet.newChart().setChartType(type).addRange(range).setOption('title', title).setPosition(row, 7, 0, 0).build());
    chart(Charts.ChartType.BAR, sheet.getRange(plans[0] + 1, 2, plans[1] - plans[0], 3), 'Alumnos y becas por plan', 1);
    chart(Charts.ChartType.PIE, sheet.getRange(statuses[0] + 1, 1, statuses[1] - statuses[0], 2), 'Estatus de promoción', 20);
    return explain({ code: 'dashboard_done', sheet: DASHBOARD_SHEET, source: view.sheet, students: view.summary.students });
  });
}

// Sidebar calls of the Resumen panel.

export function leerResumen(hoja?: string): Answer<ResumenView> {
  return answer(() => resumenOf(hoja || undefined));
}

export function crearTablero(hoja?: string): Answer<string> {
  return answer(() => createDashboard(hoja || undefined));
}
