// The Tablero de convenios: signed convenios and commitments tallied, coverage per strategy, with charts to share.
import { CommitmentSummary, fulfilment } from '../../core/followup';
import { CONVENIOS_DASHBOARD, CONVENIOS_DASHBOARD_WORDS, updatedOn } from '../../core/es/sheet-words';
import { COMMITMENT_SUMMARY_WORDS } from '../../core/es/words';
import { errorText } from '../../core/es/issues';
import { Commitment } from '../../core/convenios/commitments';
import { catalogKeys, commitmentTally, convenioTallies, coverageByStrategy } from '../../core/convenios/tally';
import { Day, formatDay } from '../../core/dates';
import { Cell } from '../../core/parse';
import { asCellText } from '../../core/a1';
import { stop } from '../boundary';
import { documentProperty, setDocumentProperty, sheetByName } from '../execution';
import { isOwned, ownedSheetLater } from '../sheets';
import { DashboardLayout, stackedTables, writeTablero } from '../tablero';
import { commitmentsIn, conveniosIn, findTracker } from './trackers';

const DASHBOARD_PROPERTY = 'tableroConvenios.sheetId';
/**
 * What the last write of the Tablero left in it: its sheet's id and a digest of its layout, its date
 * aside. The daily run compares it with the layout it computed, from the reads it makes anyway, and
 * gives a Tablero whose tables did not change only its date: no read of its charts, no rewrite.
 */
export const DASHBOARD_FINGERPRINT = 'tableroConvenios.huella';

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

/** The heading's last cell: «Actualizado el …», the one cell that changes every day. */
const dateCell = (layout: DashboardLayout) => layout.grid[0].length - 1;

/** The layout in `sheetId` as DASHBOARD_FINGERPRINT keeps it (SHA-256, under the 9 KB of a property value). */
function fingerprintOf(layout: DashboardLayout, sheetId: number): string {
  const grid = layout.grid.map((r, i) => (i === 0 ? r.slice(0, dateCell(layout)) : r));
  const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, JSON.stringify({ ...layout, grid }), Utilities.Charset.UTF_8);
  return `${sheetId}:${Utilities.base64Encode(digest)}`;
}

export interface DashboardWritten {
  sheet: string;
  commitments: number;
  convenios: number;
  /** What DASHBOARD_FINGERPRINT should hold once the writes are sent. */
  fingerprint: string;
}

/**
 * Writes the Tablero de convenios (one setValues) and its charts, and records its fingerprint once
 * the writes are sent; call it inside the document lock.
 */
export function writeDashboard(today: Day, timeZone: string): Omit<DashboardWritten, 'fingerprint'> {
  const { fingerprint, ...written } = prepareDashboard(today, timeZone)();
  SpreadsheetApp.flush();
  setDocumentProperty(DASHBOARD_FINGERPRINT, fingerprint);
  return written;
}

/**
 * writeDashboard in two steps: every read now (the trackers, the sheet's charts), every write when the
 * returned function is called; the daily run reads before it sends and writes after its Bitácora.
 * With `onlyIfChanged` (the daily run), a Tablero whose fingerprint matches gets its date alone, and
 * its charts are not read.
 */
export function prepareDashboard(today: Day, timeZone: string, onlyIfChanged = false): () => DashboardWritten {
  const commitments = commitmentsIn(findTracker('compromisos'), timeZone);
  const convenios = conveniosIn(findTracker('convenios'), timeZone);
  if (commitments.length === 0 && convenios.length === 0) stop({ code: 'no_tracker_sheet', tracker: 'convenios ni de compromisos' });
  const iiee = findTracker('iiee');
  const catalog = iiee ? catalogKeys(iiee.table.rows.map((r) => r.cells), commitments) : [];
  const layout = dashboardLayout(commitments, convenios, catalog, today, timeZone);
  const counts = { sheet: CONVENIOS_DASHBOARD, commitments: commitments.length, convenios: convenios.length };
  const existing = onlyIfChanged && hasDashboard() ? sheetByName(CONVENIOS_DASHBOARD) : null;
  if (existing) {
    const fingerprint = fingerprintOf(layout, existing.getSheetId());
    if (documentProperty(DASHBOARD_FINGERPRINT) === fingerprint) {
      return () => {
        const column = dateCell(layout);
        existing.getRange(1, column + 1).setValue(asCellText(layout.grid[0][column]));
        return { ...counts, fingerprint };
      };
    }
  }
  const sheet = ownedSheetLater(CONVENIOS_DASHBOARD, DASHBOARD_PROPERTY);
  return () => {
    const target = sheet();
    writeTablero(target, layout);
    return { ...counts, fingerprint: fingerprintOf(layout, target.getSheetId()) };
  };
}
