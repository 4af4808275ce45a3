// The Tablero de convenios: signed convenios and commitments tallied, coverage per strategy, with charts to share.
import { CommitmentSummary, fulfilment } from '../../core/followup';
import { CONVENIOS_DASHBOARD, CONVENIOS_DASHBOARD_WORDS, updatedOn } from '../../core/es/sheet-words';
import { COMMITMENT_SUMMARY_WORDS } from '../../core/es/words';
import { errorText } from '../../core/es/issues';
import { Commitment } from '../../core/convenios/commitments';
import { catalogKeys, commitmentTally, convenioTallies, coverageByStrategy } from '../../core/convenios/tally';
import { Day, formatDay } from '../../core/dates';
import { Cell } from '../../core/parse';
import { stop } from '../boundary';
import { isOwned, ownedSheetLater } from '../sheets';
import { DashboardLayout, stackedTables, writeTablero } from '../tablero';
import { commitmentsIn, conveniosIn, findTracker } from './trackers';

const DASHBOARD_PROPERTY = 'tableroConvenios.sheetId';

/** The Tablero as one layout: each table under its title, a chart beside those worth one. */
export function dashboardLayout(commitments: Commitment[], convenios: ReturnType<typeof conveniosIn>, catalog: Cell[], today: Day, timeZone: string): DashboardLayout {
  const w = CONVENIOS_DASHBOARD_WORDS;
  const { layout, table: stacked } = stackedTables([w.heading, '', updatedOn(formatDay(today))]);
  /** A chart draws the header and the first `chartRows` rows: never a Total or «Filas con error» row below them. */
  const table = (title: string, header: readonly string[], rows: Cell[][], chart?: 'BAR' | 'COLUMN', chartColumns = header.length, chartRows = rows.length) => {
    const first = stacked(title, [...header], rows);
    // Charts stack down the right of the tables, one every 20 rows.
    if (chart && chartRows) layout.charts.push({ title, row: first, column: 0, rows: chartRows + 1, columns: chartColumns, type: chart, at: 1 + layout.charts.length * 20 });
    return first;
  };
  const percent = (row: number, column: number) => layout.percents.push({ row, column, rows: 1 });
  const c = convenioTallies(convenios, COMMITMENT_SUMMARY_WORDS.noGroup);
  table(w.perYear(c.signed), w.perYearHeader, c.perYear, 'COLUMN');
  table(w.perSector, w.perSectorHeader, c.perSector, 'BAR');
  table(w.perSupport, w.perSupportHeader, c.perSupport);
  table(w.perStage, w.perStageHeader, c.perStage);
  const summaryRows = (s: CommitmentSummary, first: number): Cell[][] => [
    ...[...s.groups, s.total].map((g, i) => {
      const share = fulfilment(g);
      if (share !== undefined) percent(first + 1 + i, 6);
      return [i === s.groups.length ? COMMITMENT_SUMMARY_WORDS.total : (g.label ?? COMMITMENT_SUMMARY_WORDS.noGroup), g.total, g.done, g.pending, g.overdue, g.cancelled, share ?? ''];
    }),
    // The same closing row as RESUMEN_COMPROMISOS: rows counted nowhere, and why the first one was.
    ...(s.errors.length ? [[COMMITMENT_SUMMARY_WORDS.errors, s.errors.length, errorText({ code: 'bad_rows', rows: s.errors }, timeZone), '', '', '', '']] : []),
  ];
  for (const [[title, header], group, chart] of [
    [w.byAliado, (x: Commitment) => x.aliado, 'BAR'],
    [w.byStrategy, (x: Commitment) => x.estrategia, 'BAR'],
    [w.byIiee, (x: Commitment) => x.iiee, undefined],
  ] as const) {
    const s = commitmentTally(commitments, group, today, timeZone);
    const at = layout.grid.length + 2;
    table(title, [header, ...COMMITMENT_SUMMARY_WORDS.header.slice(1)], summaryRows(s, at), chart, 5, s.groups.length);
  }
  const coverage = coverageByStrategy(commitments, catalog, COMMITMENT_SUMMARY_WORDS.noGroup);
  const at = layout.grid.length + 2;
  table(
    w.coverage(catalog.length),
    w.coverageHeader,
    coverage.map((s, i) => {
      if (s.share.ok) percent(at + 1 + i, 2);
      return [s.strategy, s.benefited, s.share.ok ? s.share.value : errorText(s.share.issue)];
    }),
    // One series, the schools benefited: a count and a fraction on one axis would flatten the fraction.
    'BAR',
    2,
  );
  return layout;
}

/** True when the Tablero de convenios exists and is ours, so the daily run refreshes it. */
export function hasDashboard(): boolean {
  return isOwned(CONVENIOS_DASHBOARD, DASHBOARD_PROPERTY);
}

/** Writes the Tablero de convenios (one setValues) and its charts; call it inside the document lock. */
export function writeDashboard(today: Day, timeZone: string): { sheet: string; commitments: number; convenios: number } {
  return prepareDashboard(today, timeZone)();
}

/**
 * writeDashboard in two steps: every read now (the trackers, the sheet's charts), every write when the
 * returned function is called; the daily run reads before it sends and writes after its Bitácora.
 */
export function prepareDashboard(today: Day, timeZone: string): () => { sheet: string; commitments: number; convenios: number } {
  const commitments = commitmentsIn(findTracker('compromisos'), timeZone);
  const convenios = conveniosIn(findTracker('convenios'), timeZone);
  if (commitments.length === 0 && convenios.length === 0) stop({ code: 'no_tracker_sheet', tracker: 'convenios ni de compromisos' });
  const iiee = findTracker('iiee');
  const catalog = iiee ? catalogKeys(iiee.table.rows.map((r) => r.cells), commitments) : [];
  const layout = dashboardLayout(commitments, convenios, catalog, today, timeZone);
  const sheet = ownedSheetLater(CONVENIOS_DASHBOARD, DASHBOARD_PROPERTY);
  return () => {
    writeTablero(sheet(), layout);
    return { sheet: CONVENIOS_DASHBOARD, commitments: commitments.length, convenios: convenios.length };
  };
}
