// The lines the panel and npm run calc show of a sheet's reading.
import { PAGOS_SHEETS } from '../../core/es/pagos';
import { sheetByName } from '../execution';
import { derivedNotes, ledgerNotes, missingNotes, skippedRowsNote } from '../../core/es/detection';
import type { SheetDetection } from '../../core/students/evidence';
import { FIELD_LABELS, OUTPUTS, OutputId, StudentMapping, columnLetter } from '../../core/students/fields';

const LABELS = { fields: FIELD_LABELS, outputs: Object.fromEntries(OUTPUTS.map((o) => [o.id, o.label])) as Record<OutputId, string> };

/** What the reading of a student sheet found, one line each: derived inputs, assumed ones, skipped rows. */
export function detectionLines(detection: SheetDetection): string[] {
  const first = detection.mapping.headerRow + 2;
  const skipped = skippedRowsNote(detection.plan.skipped, first);
  return [...derivedNotes(detection, LABELS).map((d) => `se deriva: ${d}`), ...missingNotes(detection, LABELS), ...ledgerLines(detection.mapping), ...(skipped ? [skipped] : [])];
}

/** The payment grid's columns, due row and fecha de corte, as ledgerNotes names them. */
function ledgerLines(mapping: StudentMapping): string[] {
  const l = mapping.ledger;
  if (!l) return [];
  const cutoff = l.cutoff ? `${columnLetter(l.cutoff.column)}${l.cutoff.row + 1}` : undefined;
  const calendar = l.dueRow === undefined && sheetByName(PAGOS_SHEETS.calendario) !== null;
  return ledgerNotes({ payments: l.payments.map(columnLetter), dueRow: l.dueRow === undefined ? undefined : l.dueRow + 1, calendar, cutoff });
}
