// The Tablero's payment part: debts per group and per plan of study, becas cancelled, students without the right to evaluation, and a chart of the debt per group.
import { PAGOS_DASHBOARD_WORDS, PAGOS_SUMMARY_WORDS } from '../core/es/pagos-summary';
import type { Cell } from '../core/parse';
import type { PagosSummary } from '../core/pagos/summary';
import type { DashboardLayout } from './tablero';

type Table = (title: string, header: Cell[], rows: Cell[][]) => number;

/** Below the student tables: the debt per group (charted), per plan of study, the other figures and the cancelled becas. */
export function pagosTables(p: PagosSummary, layout: DashboardLayout, table: Table): void {
  const w = PAGOS_DASHBOARD_WORDS;
  const money = (row: number, rows: number) => (layout.money ??= []).push({ row: row + 1, column: 1, rows });
  layout.grid.push([], [w.heading(p.sheet, p.cutoff)]);
  layout.titles.push(layout.grid.length - 1);
  const groups = table(w.perGroup, [...w.perGroupHeader], p.perGroup.map((g) => [g.name, g.owed, g.students, g.withDebt]));
  if (p.perGroup.length) money(groups, p.perGroup.length);
  const plans = table(w.perStudyPlan, [...w.perStudyPlanHeader], p.perStudyPlan.map((g) => [g.name, g.owed, g.students, g.withDebt]));
  if (p.perStudyPlan.length) money(plans, p.perStudyPlan.length);
  const other = table(w.other, [w.students, p.students], [
    [w.withDebt, p.withDebt],
    [w.owed, p.owed],
    [w.cancelled, p.becasCancelled.length],
    [w.withoutEvaluation, p.withoutEvaluation],
    [w.problems, p.problems.length],
  ]);
  (layout.money ??= []).push({ row: other + 2, column: 1, rows: 1 });
  if (p.becasCancelled.length) table(w.cancelledList, [...w.cancelledHeader], p.becasCancelled.map((b) => [b.name, b.group, b.since]));
  // A chart compares groups: a book without a group column has one bar, «(sin grupo)», and no chart.
  if (p.perGroup.some((g) => g.name !== PAGOS_SUMMARY_WORDS.noGroup)) layout.charts.push({ title: w.chart, type: 'COLUMN', row: groups, column: 0, rows: p.perGroup.length + 1, columns: 2, at: 39 });
}
