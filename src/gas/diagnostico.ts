// The «Diagnóstico» menu item: asks Google what the add-on assumes, in a scratch sheet it deletes, and shows the verdicts.
import manifest from '../../appsscript.json';
import { Check, DiagnosticFacts, Fact, FormulaProbe, checkLine, diagnose, isPending } from '../core/es/diagnostico';
import { LOG_SHEET } from '../core/convenios/log';
import { DIAGNOSTIC_WORDS as W } from '../core/es/notices';
import { messageOf } from '../core/result';
import { BECA } from '../functions/becas';
import { DERECHO_EXAMEN, ESTATUS_PROMOCION } from '../functions/students';
import { TRIGGER_HANDLER, readSchedule } from './convenios/reminders';
import { escapeHtml } from '../core/text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The reference lists getAuthorizedScopes() (String[]|null); @types/google-apps-script does not yet. */
type AuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };

/** Custom functions may show «Loading...» after flush: read again this many times, this far apart (10 s at most). */
const POLLS = 10;
const POLL_MS = 1000;

const probe = <T>(work: () => T): Fact<T> => {
  try {
    return { ok: true, value: work() };
  } catch (e) {
    return { ok: false, error: messageOf(e) };
  }
};

/** The value of a fact, or its error thrown again, so a probe built on it fails with the same message. */
const valueOf = <T>(fact: Fact<T>): T => {
  if (!fact.ok) throw new Error(fact.error);
  return fact.value;
};

/** A custom function's answer as cells: a single value is one cell. */
const asGrid = (v: unknown): unknown[][] => (Array.isArray(v) ? (Array.isArray(v[0]) ? (v as unknown[][]) : [v]) : [[v]]);

/** Each formula with its direct call: the cell must show what the function gives when called from the script. */
const FORMULAS = {
  customFunction: { formula: '=BECA("I", 8.5, "Sí")', direct: () => BECA('I', 8.5, 'Sí'), row: 1 },
  // en-US array literal: `,` joins columns and `;` stacks rows, whatever the spreadsheet's locale.
  arrayLiteral: {
    formula: '=ESTATUS_PROMOCION({8, 9, 5, "NP"; 9, 9, 9, 9}, 0)',
    direct: () => ESTATUS_PROMOCION([[8, 9, 5, 'NP'], [9, 9, 9, 9]], 0),
    row: 3,
  },
  // 7 of 10 sessions: «Sin derecho» under the reglamento's 80 %, «Con derecho» with the row's 70 %, read
  // through the schema part (build/build.mjs), which the formula's own execution loads from esquema.html.
  configPart: {
    formula: '=DERECHO_EXAMEN(7, 10, 0, {"asistencia_minima", "70 %"})',
    direct: () => DERECHO_EXAMEN(7, 10, 0, [['asistencia_minima', '70 %']]),
    row: 5,
  },
};
/** Where the number 8.5 is typed, to see how the locale displays it. */
const NUMBER_ROW = 6;

/** Reads the cells until no custom function is still loading, at most POLLS times. */
function readSettled(sheet: Sheet, row: number, expected: unknown[][]): unknown[][] {
  const range = sheet.getRange(row, 1, expected.length, expected[0].length);
  let seen = range.getValues();
  for (let i = 1; i < POLLS && seen.flat().some(isPending); i++) {
    Utilities.sleep(POLL_MS);
    SpreadsheetApp.flush();
    seen = range.getValues();
  }
  return seen;
}

/** A sheet name no sheet of the book has: the user's sheets are never touched. */
function freeName(ss: Spreadsheet): string {
  let name: string = W.scratchSheet;
  for (let n = 2; ss.getSheetByName(name); n++) name = `${W.scratchSheet} ${n}`;
  return name;
}

type ScratchFacts = Pick<DiagnosticFacts, 'customFunction' | 'arrayLiteral' | 'configPart' | 'scratch'> & { decimalShown: Fact<string> };

/**
 * Writes the formulas and the number in a new sheet, reads them back and deletes the sheet in a
 * finally, then gives the user back the sheet they were on; a sheet that could not be deleted is said.
 */
function scratchProbes(ss: Spreadsheet): ScratchFacts {
  const name = freeName(ss);
  const previous = ss.getActiveSheet();
  let sheet: Sheet;
  try {
    sheet = ss.insertSheet(name);
  } catch (e) {
    const failed = { ok: false as const, error: messageOf(e) };
    return {
      customFunction: { formula: FORMULAS.customFunction.formula, result: failed },
      arrayLiteral: { formula: FORMULAS.arrayLiteral.formula, result: failed },
      configPart: { formula: FORMULAS.configPart.formula, result: failed },
      decimalShown: failed,
      scratch: { sheet: name, created: false, deleted: false, error: failed.error },
    };
  }
  const scratch: DiagnosticFacts['scratch'] = { sheet: name, created: true, deleted: false };
  try {
    const probes = Object.values(FORMULAS).map(({ formula, direct, row }) => ({ formula, row, expected: probe(() => asGrid(direct())) }));
    // A write Google refuses is what every check below saw, not a crash before the dialog.
    const written = probe(() => {
      for (const p of probes) sheet.getRange(p.row, 1).setFormula(p.formula);
      sheet.getRange(NUMBER_ROW, 1).setValue(8.5);
      SpreadsheetApp.flush();
    });
    const [customFunction, arrayLiteral, configPart] = probes.map(
      (p): FormulaProbe => ({
        formula: p.formula,
        result: probe(() => {
          valueOf(written);
          const expected = valueOf(p.expected);
          return { expected, seen: readSettled(sheet, p.row, expected) };
        }),
      }),
    );
    const decimalShown = probe(() => {
      valueOf(written);
      return sheet.getRange(NUMBER_ROW, 1).getDisplayValue();
    });
    return { customFunction, arrayLiteral, configPart, decimalShown, scratch };
  } finally {
    try {
      ss.deleteSheet(sheet);
      scratch.deleted = true;
    } catch (e) {
      scratch.error = messageOf(e);
    }
    if (previous) probe(() => ss.setActiveSheet(previous));
  }
}

/** Everything the checks compare, read from Google; each probe that throws is kept as its message. */
function observe(): DiagnosticFacts {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const authorization = probe(() => {
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL) as AuthorizationInfo;
    return { status: String(info.getAuthorizationStatus()), scopes: info.getAuthorizedScopes() };
  });
  const triggers = probe(() => ({
    handler: TRIGGER_HANDLER,
    recorded: readSchedule(),
    seen: ScriptApp.getProjectTriggers().map((t) => ({ handler: t.getHandlerFunction(), eventType: String(t.getEventType()), id: t.getUniqueId() })),
  }));
  // Counted before the scratch sheet exists, so its cells are not the book's.
  const log = {
    sheet: LOG_SHEET,
    grid: probe(() => {
      const sheet = ss.getSheetByName(LOG_SHEET);
      if (!sheet) return null;
      const bookCells = ss.getSheets().reduce((sum, s) => sum + s.getMaxRows() * s.getMaxColumns(), 0);
      return { lastRow: sheet.getLastRow(), maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns(), bookCells };
    }),
  };
  const scratch = scratchProbes(ss);
  return {
    manifest: { oauthScopes: manifest.oauthScopes, timeZone: manifest.timeZone },
    authorization,
    locale: probe(() => ({ locale: ss.getSpreadsheetLocale(), decimalShown: valueOf(scratch.decimalShown) })),
    timeZone: probe(() => ss.getSpreadsheetTimeZone()),
    customFunction: scratch.customFunction,
    arrayLiteral: scratch.arrayLiteral,
    configPart: scratch.configPart,
    triggers,
    mailQuota: probe(() => MailApp.getRemainingDailyQuota()),
    log,
    scratch: scratch.scratch,
  };
}

// Hex colours in upper case: the bundle's syntax check reads `#c5…;` as a private class field.
const VERDICT_STYLE: Record<Check['verdict'], string> = { ok: 'color:#137333', distinto: 'color:#C5221F;font-weight:bold', no_aplica: 'color:#5F6368' };

export function diagnosticHtml(checks: Check[]): string {
  const head = W.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = checks
    .map(
      (c) =>
        `<tr><td>${escapeHtml(c.name)}</td><td>${escapeHtml(c.expected)}</td><td>${escapeHtml(c.seen)}</td><td style="${VERDICT_STYLE[c.verdict]}">${escapeHtml(W.verdicts[c.verdict])}</td></tr>`,
    )
    .join('');
  return `<style>body{font-family:Arial,sans-serif;font-size:13px}table{border-collapse:collapse}th,td{border:1px solid #DADCE0;padding:4px 6px;text-align:left;vertical-align:top}</style>
<p>${escapeHtml(W.intro)}</p><table><tr>${head}</tr>${rows}</table>`;
}

/** Menu «Diagnóstico»: runs every check once, logs one line per check and shows them in a dialog. */
export function mostrarDiagnostico(): void {
  const checks = diagnose(observe());
  for (const c of checks) console.log(checkLine(c));
  const html = HtmlService.createHtmlOutput(diagnosticHtml(checks)).setWidth(760).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, W.title);
}
