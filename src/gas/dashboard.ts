// The Resumen panel and the Tablero sheet: the Resumen tables of a student sheet, with charts a director can share.
import type { Rules } from '../core/config';
import { DASHBOARD_SHEET, DASHBOARD_WORDS, updatedOn } from '../core/es/sheet-words';
import { PERIOD_TEMPLATE } from '../core/es/grade-sheets';
import { detectRoster } from '../core/grades/roster';
import { formatDay } from '../core/dates';
import { explain } from '../core/es/reasons';
import { Cell } from '../core/parse';
import { missingFields, outputSpec } from '../core/students/fields';
import { detectStudentSheet } from '../core/students/evidence';
import { summarize } from '../core/students/summary';
import { formatPercent } from '../core/es/format';
import { Answer, type ResumenView } from '../api';
import { answer, stop } from './boundary';
import { RESUMEN_WORDS } from '../core/es/words';
import { readRules, rulesForWriting } from './config-panel';
import { today } from '../functions/context';
import { spreadsheetTimeZone } from './host';
import { withDocumentLock } from './lock';
import { allSheets } from './execution';
import { ADDON_SHEETS, ownedSheet, readSheetOnce, sheetNamed } from './sheets';
import { mappingOf } from './students/memory';
import { outcomesOf } from './students/resumen';
import { DashboardLayout, stackedTables, writeTablero } from './tablero';
import { ListRead, pagosSummary } from './pagos-summary';
import { pagosTables } from './pagos-dashboard';
import { detectReviewColumns, reviewBecas } from '../core/becas-review';
import { honorTables } from './grades/period';
import { REVIEW_WORDS, reviewLine } from '../core/es/becas-review';

const DASHBOARD_PROPERTY = 'tablero.sheetId';
/** Rows read from each sheet to tell whether it holds students. */
const SNIFF_ROWS = 50;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** From the sheet's values read once per action: the sheet chosen is then read no more. */
function looksLikeStudentSheet(sheet: Sheet, rules: Rules, periodGrades: boolean): boolean {
  const { rows } = readSheetOnce(sheet);
  if (!rows.length) return false;
  // A period's grades sheet has one row per student and subject: a list of students only in a book of grades alone.
  if (!periodGrades && detectRoster(rows)) return false;
  return detectStudentSheet(rows.length > SNIFF_ROWS ? rows.slice(0, SNIFF_ROWS) : rows, rules).students;
}

/**
 * The book's lists of students, never the add-on's own sheets. The sheet «Crear plantillas» makes
 * for the period's grades is by its name none, and not read to tell, unless the book has no list.
 */
export function studentSheets(rules: Rules): Sheet[] {
  const office = allSheets().filter((s) => !ADDON_SHEETS.has(s.getName()));
  const lists = office.filter((s) => s.getName() !== PERIOD_TEMPLATE.sheet && looksLikeStudentSheet(s, rules, false));
  return lists.length ? lists : office.filter((s) => looksLikeStudentSheet(s, rules, true));
}

/** Every student list's rows and mapped columns, for a payment sheet read against them (the daily digest). */
export function studentLists(rules: Rules, except: string): ListRead[] {
  return studentSheets(rules).filter((s) => s.getName() !== except).map((s) => {
    const d = readSheetOnce(s);
    const { mapping } = mappingOf(d, rules);
    return { rows: d.rows, columns: mapping.columns, headerRow: mapping.headerRow };
  });
}

/** The named sheet; else the active one when it holds students; else the first that does. */
function chooseSheet(name: string | undefined, rules: Rules): { sheet: Sheet; candidates: Sheet[] } {
  const candidates = studentSheets(rules);
  if (name) return { sheet: sheetNamed(name), candidates };
  const active = SpreadsheetApp.getActiveSheet();
  const sheet = candidates.find((s) => s.getName() === active.getName()) ?? candidates[0];
  if (!sheet) stop({ code: 'not_students', sheet: active.getName() });
  return { sheet, candidates };
}

/** The Resumen of the named (or chosen) sheet under these rules, read once by the caller. */
export function resumenOf(name: string | undefined, rules: Rules, configRows: Cell[][]): ResumenView {
  const { sheet, candidates } = chooseSheet(name, rules);
  const data = readSheetOnce(sheet);
  const { mapping } = mappingOf(data, rules);
  const can = (id: 'beca' | 'estatus' | 'derecho') => missingFields(outputSpec(id), mapping).length === 0;
  // The payment sheet names groups and plans of study only sometimes (a log never has colegiaturas): the student lists do, by matrícula or name.
  const read = (except: string): ListRead[] =>
    candidates
      .filter((s) => s.getName() !== except)
      .map((s) => {
        const d = readSheetOnce(s);
        const m = s.getName() === sheet.getName() ? mapping : mappingOf(d, rules).mapping;
        return { rows: d.rows, columns: m.columns, headerRow: m.headerRow };
      });
  return {
    sheet: sheet.getName(),
    sheets: candidates.map((s) => s.getName()),
    summary: summarize(outcomesOf(data, mapping, configRows), rules, RESUMEN_WORDS),
    available: { beca: can('beca'), estatus: can('estatus'), derecho: can('derecho') },
    pagos: pagosSummary(rules, ADDON_SHEETS, read),
    revision: revisionOf(data.rows),
  };
}

/** «Revisión de becas» of the sheet's rows: flags only, for the Comisión to decide. */
function revisionOf(rows: Cell[][]): ResumenView['revision'] {
  const cols = detectReviewColumns(rows);
  return cols ? { title: REVIEW_WORDS.title, header: [...REVIEW_WORDS.header], nothing: REVIEW_WORDS.nothing, lines: reviewBecas(rows, cols).map(reviewLine) } : null;
}

/** The Tablero as tables stacked under their titles, with a bar chart per plan and a pie of statuses. */
export function dashboardLayout(view: ResumenView, day: number, extra: { title: string; header: string[]; rows: Cell[][] }[] = []): DashboardLayout {
  const s = view.summary;
  const w = DASHBOARD_WORDS;
  const { layout, table } = stackedTables([w.heading(view.sheet), '', '', updatedOn(formatDay(day))]);
  const plans = table(w.perPlan, [...w.perPlanHeader], s.perPlan.map((p) => [p.plan, p.name, p.students, p.granted]));
  const shares = table(w.perStudyPlan(formatPercent(s.minShare)), [...w.perStudyPlanHeader], s.perStudyPlan.map((g) => [g.studyPlan, g.students, g.withBeca, g.share, g.meetsMinimum ? w.yes : w.no]));
  if (s.perStudyPlan.length) layout.percents.push({ row: shares + 1, column: 3, rows: s.perStudyPlan.length });
  const statuses = table(w.statuses, [...w.statusesHeader], s.statuses.map((st) => [st.status, st.students]));
  table(w.other, [w.students, s.students], [[w.withoutRight, s.withoutRight], [w.rowsWithErrors, s.rowsWithErrors]]);
  const review = view.revision;
  if (review) table(review.title, review.header, review.lines.length ? review.lines : [[review.nothing]]);
  for (const t of extra) table(t.title, t.header, t.rows);
  layout.charts.push(
    { title: w.plansChart, type: 'BAR', row: plans, column: 1, rows: s.perPlan.length + 1, columns: 3, at: 1 },
    { title: w.statusesChart, type: 'PIE', row: statuses, column: 0, rows: s.statuses.length + 1, columns: 2, at: 20 },
  );
  if (view.pagos) pagosTables(view.pagos, layout, table);
  return layout;
}

/** Writes the Tablero of a student sheet; its rules are read once, and a bad Configuración stops it before any sheet is made. */
export function createDashboard(name?: string): string {
  const { rules, rows } = rulesForWriting();
  const view = resumenOf(name, rules, rows);
  const honor = honorTables(rules);
  return withDocumentLock(() => {
    writeTablero(ownedSheet(DASHBOARD_SHEET, DASHBOARD_PROPERTY), dashboardLayout(view, today(spreadsheetTimeZone()), honor));
    return explain({ code: 'dashboard_done', sheet: DASHBOARD_SHEET, source: view.sheet, students: view.summary.students });
  });
}

// Sidebar calls of the Resumen panel.

export function leerResumen(hoja?: string): Answer<ResumenView> {
  return answer(() => {
    const { rules, rows } = readRules();
    return resumenOf(hoja || undefined, rules, rows);
  });
}

export function crearTablero(hoja?: string): Answer<string> {
  return answer(() => createDashboard(hoja || undefined));
}
