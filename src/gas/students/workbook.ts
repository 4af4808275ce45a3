// `npm run calc`: every student sheet of the workbook computed as the Alumnos panel would propose, and what was read in each said.
import type { Mode } from '../../api';
import { PERIOD_SHEET_NOTES, whyNotStudents } from '../../core/es/detection';
import { explain } from '../../core/es/reasons';
import { CONFIG_SHEET } from '../../core/es/sheet-words';
import { describeColumns } from '../../core/students/mapping';
import { answer } from '../boundary';
import { readRules } from '../config-panel';
import { inExecution } from '../execution';
import { withDocumentLock } from '../lock';
import { readSheetOnce } from '../sheets';
import { detectionLines } from './lines';
import { detectionOf } from './memory';
import { viewOf } from './panel';
import { computeSheetHeld } from './write';

export interface SheetReport {
  sheet: string;
  computed: boolean;
  lines: string[];
}

/**
 * The whole workbook, as `npm run calc` does it: every sheet that is a student list is computed
 * with what the Alumnos panel would propose (its remembered choice, or every result its columns
 * allow) in the given mode; every other sheet is left alone, and its line says why. Without
 * `confirm`, a sheet with data where the results go is left untouched, and its lines say which columns.
 */
export function computeWorkbook(mode: Mode, confirm: boolean): SheetReport[] {
  const { rules } = readRules();
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet): SheetReport => {
      const name = sheet.getName();
      if (name === CONFIG_SHEET) return { sheet: name, computed: false, lines: [explain({ code: 'batch_skipped', sheet: name, why: 'es la hoja de configuración del complemento' })] };
      const data = readSheetOnce(sheet);
      const read = detectionOf(data, rules);
      const { detection } = read;
      if (!detection.students) return { sheet: name, computed: false, lines: [explain({ code: 'batch_skipped', sheet: name, why: whyNotStudents(detection, rules) })] };
      const { mapping, headers, plan } = detection;
      const detected = explain({ code: 'batch_detected', sheet: name, students: plan.students.length, ...describeColumns(headers.map((h) => h.text), mapping) });
      const details = detectionLines(detection);
      // A sheet of the period's grades is offered its per-subject results only (viewOf).
      // The detection just made, not a second one: reading 50,000 rows twice was a third of the batch.
      const { chosen, period } = viewOf(data, rules, read);
      if (period && !chosen.length) return { sheet: name, computed: false, lines: [explain({ code: 'batch_skipped', sheet: name, why: PERIOD_SHEET_NOTES.none })] };
      if (period) details.push(PERIOD_SHEET_NOTES.kept);
      // One sheet that cannot be computed (a result its columns refuse) is said and undone; the others still are.
      const answered = answer(() => computeSheetHeld(sheet, () => ({ mapping, outputs: chosen, mode, plan }), confirm));
      if (!answered.ok) return { sheet: name, computed: false, lines: [detected, ...details, explain({ code: 'batch_failed', sheet: name, error: answered.error })] };
      const outcome = answered.data;
      return outcome.status === 'hecho'
        ? { sheet: name, computed: true, lines: [detected, ...details, outcome.message] }
        : { sheet: name, computed: false, lines: [detected, ...details, ...outcome.conflicts, explain({ code: 'batch_untouched', sheet: name })] };
    });
}

/** `npm run calc` (local/calc.ts) calls this through the local runtime; the trailing _ keeps it from the sidebar. */
export function calcularLibro_(modo: Mode, confirmar: boolean): SheetReport[] {
  // One document lock for every sheet: Apps Script releases it when the execution ends.
  return inExecution(() => withDocumentLock(() => computeWorkbook(modo, confirmar)));
}
