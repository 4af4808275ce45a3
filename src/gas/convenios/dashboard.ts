// The Tablero de convenios: signed convenios and commitments tallied, coverage per strategy, with charts to share.
import { CommitmentSummary, fulfilment } from '../../core/followup';
import { COMMITMENT_SUMMARY_WORDS, describe, errorText } from '../../core/messages';
import { Commitment } from '../../core/convenios/commitments';
import { catalogKeys, commitmentTally, convenioTallies, coverageByStrategy } from '../../core/convenios/tally';
import { Day, formatDay } from '../../core/dates';
import { Cell } from '../../core/parse';
import { asCellText } from '../../core/students/fields';
import { stop } from '../boundary';
import { ensureRows } from '../sheets';
import { commitmentsIn, conveniosIn, findTracker, isOwned, ownedSheet } from './trackers';

export const CONVENIOS_DASHBOARD = 'Tablero de convenios';
const DASHBOARD_PROPERTY = 'tableroConvenios.sheetId';

export interface DashboardLayout {
  grid: Cell[][];
  /** 0-based rows of the titles, to set in bold. */
  titles: number[];
  /** Tables to chart: 0-based first row (its header) and row count including the header, and the columns. */
  charts: { title: string; row: number; rows: number; columns: number; type: 'BAR' | 'COLUMN' }[];
  /** 0-based [row, column] cells that hold a fraction, to format as %. */
  percents: [number, number][];
}

/** The Tablero as one grid: each table under its title, a blank row between tables. */
export function dashboardLayout(commitments: Commitment[], convenios: ReturnType<typeof conveniosIn>, catalog: Cell[], today: Day, timeZone: string): DashboardLayout {
  const grid: Cell[][] = [['Tablero de convenios y compromisos', '', `Actualizado el ${formatDay(today)}`]];
  const titles = [0];
  const charts: DashboardLayout['charts'] = [];
  const percents: [number, number][] = [];
  const table = (title: string, header: string[], rows: Cell[][], chart?: DashboardLayout['charts'][number]['type'], chartColumns = header.length) => {
    grid.push([]);
    titles.push(grid.length);
    grid.push([title]);
    const first = grid.length;
    grid.push(header, ...rows);
    if (chart && rows.length) charts.push({ title, row: first, rows: rows.length + 1, columns: chartColumns, type: chart });
    return first;
  };
  const c = convenioTallies(convenios);
  table(`Convenios firmados por año (${c.signed} en total)`, ['Año', 'Convenios'], c.perYear, 'COLUMN');
  table('Convenios firmados por sector', ['Sector', 'Convenios'], c.perSector, 'BAR');
  table('Convenios firmados por tipo de apoyo', ['Tipo de apoyo', 'Convenios'], c.perSupport);
  table('Convenios por etapa', ['Etapa', 'Convenios'], c.perStage);
  const summaryRows = (s: CommitmentSummary, first: number): Cell[][] => [
    ...[...s.groups, s.total].map((g, i) => {
      const share = fulfilment(g);
      if (share !== undefined) percents.push([first + 1 + i, 6]);
      return [i === s.groups.length ? COMMITMENT_SUMMARY_WORDS.total : (g.label ?? COMMITMENT_SUMMARY_WORDS.noGroup), g.total, g.done, g.pending, g.overdue, g.cancelled, share ?? ''];
    }),
    // The same closing row as RESUMEN_COMPROMISOS: rows counted nowhere, and why the first one was.
    ...(s.errors.length ? [[COMMITMENT_SUMMARY_WORDS.errors, s.errors.length, errorText({ code: 'bad_rows', rows: s.errors }, timeZone), '', '', '', '']] : []),
  ];
  for (const [title, header, group] of [
    ['Compromisos por aliado', 'Aliado', (x: Commitment) => x.aliado],
    ['Compromisos por estrategia', 'Estrategia', (x: Commitment) => x.estrategia],
    ['Compromisos por II.EE.', 'II.EE.', (x: Commitment) => x.iiee],
  ] as const) {
    const s = commitmentTally(commitments, group, today, timeZone);
    const at = grid.length + 2;
    table(title, [header, ...COMMITMENT_SUMMARY_WORDS.header.slice(1)], summaryRows(s, at), header === 'II.EE.' ? undefined : 'BAR', 5);
  }
  const coverage = coverageByStrategy(commitments, catalog);
  const at = grid.length + 2;
  table(
    catalog.length ? `II.EE. beneficiadas por estrategia (catálogo de ${catalog.length} II.EE.)` : 'II.EE. beneficiadas por estrategia (sin catálogo II.EE.: sobre las II.EE. con compromisos)',
    ['Estrategia', 'II.EE. beneficiadas', '% de II.EE.'],
    coverage.map((s, i) => {
      if (s.share.ok) percents.push([at + 1 + i, 2]);
      return [s.strategy, s.benefited, s.share.ok ? s.share.value : `Error: ${describe(s.share.issue)}`];
    }),
    'BAR',
  );
  const width = Math.max(...grid.map((r) => r.length));
  return { grid: grid.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]), titles, charts, percents };
}

/** True when the Tablero de convenios exists and is ours, so the daily run refreshes it. */
export function hasDashboard(): boolean {
  return isOwned(CONVENIOS_DASHBOARD, DASHBOARD_PROPERTY);
}

/** Writes the Tablero de convenios (one setValues) and its charts; call it inside the document lock. */
export function writeDashboard(today: Day, timeZone: string): { sheet: string; commitments: number; convenios: number } {
  const commitments = commitmentsIn(findTracker('compromisos'), timeZone);
  const convenios = conveniosIn(findTracker('convenios'), timeZone);
  if (commitments.length === 0 && convenios.length === 0) stop({ code: 'no_tracker_sheet', tracker: 'convenios ni de compromisos' });
  const iiee = findTracker('iiee');
  const catalog = iiee ? catalogKeys(iiee.table.rows.map((r) => r.cells), commitments) : [];
  const { grid, titles, charts, percents } = dashboardLayout(commitments, convenios, catalog, today, timeZone);
  const sheet = ownedSheet(CONVENIOS_DASHBOARD, DASHBOARD_PROPERTY);
  // One table per aliado, estrategia and II.EE.: a UGEL's Tablero can outgrow a new sheet's rows.
  ensureRows(sheet, grid.length);
  // Aliado, estrategia and II.EE. names come from the office's cells: "=HYPERLINK(…)" must stay text.
  sheet.getRange(1, 1, grid.length, grid[0].length).setValues(grid.map((r) => r.map(asCellText)));
  for (const row of titles) sheet.getRange(row + 1, 1).setFontWeight('bold');
  for (const [row, column] of percents) sheet.getRange(row + 1, column + 1).setNumberFormat('0.0%');
  sheet.setFrozenRows(1);
  const chartColumn = grid[0].length + 2;
  charts.forEach((c, i) =>
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType[c.type]).addRange(sheet.getRange(c.row + 1, 1, c.rows, c.columns)).setOption('title', c.title).setPosition(1 + i * 20, chartColumn, 0, 0).build(),
    ),
  );
  return { sheet: CONVENIOS_DASHBOARD, commitments: commitments.length, convenios: convenios.length };
}
