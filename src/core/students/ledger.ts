// A student sheet that is also a payment grid: its mensualidad columns, due-date row and fecha de corte, as the ledger results take them.
import { Cell } from '../parse';
import { findPagosGrid, isNumberedMensualidad } from '../pagos/sheet';
import { StudentMapping } from './fields';

/**
 * The mapping with the grid's payment columns when the sheet is one at the mapping's header row.
 * Columns named by month only count as mensualidades beside a due-date row or a colegiatura column,
 * for a monthly attendance register has the same headers. A mensualidad column is no field and no
 * subject: a colegiatura or grade taken from one is dropped.
 */
export function withLedger(mapping: StudentMapping, rows: Cell[][]): StudentMapping {
  const grid = findPagosGrid(rows);
  if (!grid || grid.headerRow !== mapping.headerRow) return mapping;
  const headers = rows[grid.headerRow];
  // A month alone may be a month's attendance; a numbered mensualidad is a payment.
  const numbered = grid.payments.some((c) => isNumberedMensualidad(headers[c]));
  if (!numbered && grid.dueRow === undefined && mapping.columns.colegiatura === undefined) return mapping;
  const payments = new Set(grid.payments);
  const columns = Object.fromEntries(Object.entries(mapping.columns).filter(([, c]) => !payments.has(c as number))) as StudentMapping['columns'];
  const ledger: NonNullable<StudentMapping['ledger']> = { payments: grid.payments };
  if (grid.dueRow !== undefined) ledger.dueRow = grid.dueRow;
  if (grid.cutoffAt) ledger.cutoff = grid.cutoffAt;
  return { ...mapping, columns, subjects: mapping.subjects.filter((c) => !payments.has(c)), ledger };
}
