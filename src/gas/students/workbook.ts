// `npm run calc`: every student sheet of the workbook computed as the Alumnos panel would propose.
import type { Mode } from '../../api';
import { explain } from '../../core/es/reasons';
import { looksLikeStudents } from '../../core/students/fields';
import { countStudents, dataRows, describeColumns } from '../../core/students/mapping';
import { readRules } from '../config-panel';
import { inExecution } from '../execution';
import { readSheetOnce } from '../sheets';
import { mappingOf } from './memory';
import { viewOf } from './panel';
import { computeSheet } from './write';

export interface SheetReport {
  sheet: string;
  computed: boolean;
  lines: string[];
}

/**
 * The whole workbook, as `npm run calc` does it: every sheet that looks like students is computed
 * with what the Alumnos panel would propose (its remembered choice, or every result its columns
 * allow) in the given mode; other sheets are left alone and said so. Without `confirm`, a sheet
 * with data where the results go (cells the add-on did not write, or typed by hand into its own
 * columns) is left untouched, and its lines say which columns.
 */
export function computeWorkbook(mode: Mode, confirm: boolean): SheetReport[] {
  const { rules } = readRules();
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet): SheetReport => {
      const data = readSheetOnce(sheet);
      const { mapping } = mappingOf(data, rules);
      const name = sheet.getName();
      if (!looksLikeStudents(mapping)) return { sheet: name, computed: false, lines: [explain({ code: 'batch_skipped', sheet: name })] };
      const detected = explain({ code: 'batch_detected', sheet: name, students: countStudents(dataRows(data.rows, mapping), mapping), ...describeColumns(data.rows[mapping.headerRow] ?? [], mapping) });
      const chosen = viewOf(data, rules).chosen;
      const outcome = computeSheet(sheet, () => ({ mapping, outputs: chosen, mode }), confirm);
      return outcome.status === 'hecho'
        ? { sheet: name, computed: true, lines: [detected, outcome.message] }
        : { sheet: name, computed: false, lines: [detected, ...outcome.conflicts, explain({ code: 'batch_untouched', sheet: name })] };
    });
}

/** `npm run calc` (local/calc.ts) calls this through the local runtime; the trailing _ keeps it from the sidebar. */
export function calcularLibro_(modo: Mode, confirmar: boolean): SheetReport[] {
  return inExecution(() => computeWorkbook(modo, confirmar));
}
