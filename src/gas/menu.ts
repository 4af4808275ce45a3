// The add-on menu's handlers and the Ayuda dialog; the menu itself is built by ./open.
import { MENU_WORDS } from '../core/es/sheet-words';
import { explain } from '../core/es/reasons';
import { FormulaSyntax, syntaxOfLocale } from '../core/formula-syntax';
import { FUNCTION_HELP, exampleIn, syntaxIn } from '../functions/help';
import type { Answer } from '../api';
import { answer, stop } from './boundary';
import { releaseDocumentLock } from './lock';
import { createDashboard } from './dashboard';
import { detectionOf } from './students/memory';
import { whyNotStudents } from '../core/es/detection';
import { viewOf } from './students/panel';
import { Consent, computeSheet } from './students/write';
import { createTemplates } from './templates';
import { createBoletas, createPeriodLists } from './grades/period';
import { escapeHtml } from '../core/text';

const TITLE = MENU_WORDS.title;

/** The sidebar (dist/sidebar.html), opening on one panel. */
function showSidebar(panel: string): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').append(`<div id="panel-inicial" hidden data-panel="${panel}"></div>`).setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function abrirPanel(): void {
  showSidebar('alumnos');
}

export function abrirConfiguracion(): void {
  showSidebar('configuracion');
}

/** Shows a menu action's outcome, or its problem, in a dialog. */
function report(outcome: Answer<string>): void {
  SpreadsheetApp.getUi().alert(TITLE, outcome.ok ? outcome.data : outcome.error, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** A menu action: its work, then the document lock let go (whatever happened), then its dialog. */
function reported(work: () => string): void {
  report(
    answer(() => {
      try {
        return work();
      } finally {
        releaseDocumentLock();
      }
    }),
  );
}

/**
 * Computes the active sheet with what the Alumnos panel would propose: the remembered choice, or
 * every result its columns allow as live formulas. Replacing other data is asked in a dialog first.
 */
export function calcularHojaActual(): void {
  const ui = SpreadsheetApp.getUi();
  const sheet = SpreadsheetApp.getActiveSheet();
  const run = (consent: Consent) =>
    computeSheet(
      sheet,
      (data, rules) => {
        const { detection } = detectionOf(data, rules);
        if (!detection.students) stop({ code: 'not_students', sheet: sheet.getName(), why: whyNotStudents(detection, rules) });
        const mapping = detection.mapping;
        const view = viewOf(data, rules);
        return { mapping, outputs: view.chosen, mode: view.mode };
      },
      consent,
    );
  reported(() => {
    const first = run(false);
    if (first.status === 'hecho') return first.message;
    const question = `${first.conflicts.join('\n')}\n\n${explain({ code: 'batch_confirm' })}`;
    // Nobody waits for the lock while the question is on screen; the re-run takes it again and checks the same huella.
    releaseDocumentLock();
    if (ui.alert(TITLE, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return explain({ code: 'batch_cancelled' });
    const second = run(first.huella);
    return second.status === 'hecho' ? second.message : second.conflicts.join('\n');
  });
}

export function crearPlantillasMenu(): void {
  reported(() => createTemplates().join('\n'));
}

export function crearTableroMenu(): void {
  reported(() => createDashboard());
}

export function listasPeriodoMenu(): void {
  reported(() => createPeriodLists());
}

export function crearBoletasMenu(): void {
  reported(() => createBoletas());
}

/** The Ayuda dialog: every custom function with its example, in the formula syntax of the spreadsheet's locale. */
export function mostrarAyuda(): void {
  const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  const html = HtmlService.createHtmlOutput(helpHtml(syntaxOfLocale(locale))).setWidth(520).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, MENU_WORDS.helpTitle);
}

/** How the examples are written, by syntax; a locale outside the table gets Mexico's syntax and both rules. */
const SYNTAX_NOTE: Record<FormulaSyntax | 'unknown', string> = {
  comma: 'Los argumentos se separan con coma y los decimales llevan punto, como en México: <code>=BECA("I", 8.5, "Sí")</code>; en una matriz, la coma separa columnas y el punto y coma filas: <code>{8, 9; 7, 5}</code>.',
  semicolon: 'Los argumentos se separan con punto y coma y los decimales llevan coma, como en España: <code>=BECA("I"; 8,5; "Sí")</code>; en una matriz, <code>\\</code> separa columnas y el punto y coma filas: <code>{8\\9; 7\\5}</code>.',
  unknown:
    'Los ejemplos usan la escritura de México (coma entre argumentos, punto decimal). Si su hoja usa punto y coma entre argumentos, escríbalos como en España: <code>=BECA("I"; 8,5; "Sí")</code> y <code>{8\\9; 7\\5}</code>.',
};

export function helpHtml(syntax: FormulaSyntax | undefined): string {
  const shown = syntax ?? 'comma';
  const items = FUNCTION_HELP.map(
    (f) => `<dt><code>${escapeHtml(syntaxIn(f, shown))}</code></dt><dd>${escapeHtml(f.summary)}<br><small>Ejemplo: <code>${escapeHtml(exampleIn(f, shown))}</code></small></dd>`,
  ).join('');
  return `<style>body{font-family:Arial,sans-serif;font-size:13px}dt{margin-top:10px;font-weight:bold}dd{margin-left:12px}</style>
<p>Escriba estas funciones en cualquier celda. Cada argumento acepta una celda o un rango (por ejemplo <code>B2:B</code>).
Las filas vacías dan vacío; una fila con un dato incorrecto muestra «Error: …» con la explicación.</p><p>${SYNTAX_NOTE[syntax ?? 'unknown']}</p><dl>${items}</dl>`;
}
