// Small factories for commitment trackers: rows as a secretary types them, and a mailer that records.
import { DEFAULT_RULES, Rules } from '../../src/core/config';
import { dayFromParts } from '../../src/core/dates';
import { Commitment, readCommitments } from '../../src/core/convenios/commitments';
import { COMPROMISO_FIELDS, REQUIRED } from '../../src/core/convenios/columns';
import { readTable } from '../../src/core/table';
import type { Digest } from '../../src/core/convenios/digest';
import { LogReading, logRow, LOG_FIELDS, readLog } from '../../src/core/convenios/log';
import type { LogWriter, Mailer } from '../../src/core/convenios/run';
import { Range } from '../../local/services/spreadsheet';

export const TZ = 'America/Mexico_City';
export const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFromParts(y, m, d);
};

export const HEADERS = ['N°', 'Convenio o mesa de diálogo', 'Estrategia', 'Aliado', 'Sector', 'II.EE. beneficiaria', 'Compromiso', 'Responsable', 'Correo', 'Fecha límite', 'Estado', 'Fecha de cumplimiento', 'Evidencia'];

export interface Row {
  numero?: string | number;
  aliado?: string;
  iiee?: string;
  compromiso?: string;
  responsable?: string;
  correo?: string;
  fecha?: unknown;
  estado?: string;
}

/** A Compromisos sheet's values: the template's headers, then one row per commitment. */
export function sheet(rows: Row[]): unknown[][] {
  return [
    HEADERS,
    ...rows.map((r, i) => [
      r.numero ?? `C-${String(i + 1).padStart(3, '0')}`, 'Mesa de diálogo 2026', 'MEDIAT', r.aliado ?? 'Municipalidad de Ite', 'Público',
      r.iiee ?? 'IE 42015', r.compromiso ?? `Compromiso ${i + 1}`, r.responsable ?? 'Ana Quispe', r.correo ?? 'ana@ugel.pe',
      r.fecha ?? '', r.estado ?? 'Pendiente', '', '',
    ]),
  ];
}

export function commitments(rows: Row[] | unknown[][]): Commitment[] {
  const values = Array.isArray(rows[0]) ? (rows as unknown[][]) : sheet(rows as Row[]);
  return readCommitments(readTable(values, COMPROMISO_FIELDS, REQUIRED.compromisos).rows, TZ);
}

export const rules = (over: Partial<Rules> = {}): Rules => ({ ...DEFAULT_RULES, ...over });

/** A mailer with a quota that records what it sent and can fail for chosen recipients. */
export function fakeMailer(quota = 100, failFor: (to: string) => boolean = () => false): Mailer & { sent: Digest[] } {
  const sent: Digest[] = [];
  return {
    sent,
    remainingQuota: () => quota,
    send(d) {
      if (failFor(d.to.join(','))) throw new Error(`Servicio no disponible: ${d.to.join(',')}`);
      sent.push(d);
    },
  };
}

/** A Bitácora held as sheet values, read and written the way the Apps Script shell does: by its header, one row per entry. */
export function fakeLog(header: string[] = LOG_FIELDS.map((f) => f.label)): LogWriter & { values: unknown[][] } {
  const values: unknown[][] = [header];
  return {
    values,
    record: (e) => values.push(logRow(e, readLogOk(values).layout)) - 1,
    settle: (at, e) => void (values[at] = logRow(e, readLogOk(values).layout)),
  };
}

/** The Bitácora's reading when its header has every needed column. */
export function readLogOk(values: unknown[][]): LogReading {
  const reading = readLog(values);
  if (!reading.ok) throw new Error(`Bitácora ilegible: ${reading.issue.code}`);
  return reading.value;
}

/** The formula of every cell of sheet `name` whose value is `text`: '' where that text stayed text. */
export function cellsHolding(rt: { spreadsheet: any }, name: string, text: string): string[] {
  const range = rt.spreadsheet.getSheetByName(name).getDataRange();
  const values = range.getValues() as unknown[][];
  const formulas = range.getFormulas() as string[][];
  return values.flatMap((row, r) => row.flatMap((v, c) => (v === text ? [formulas[r][c]] : [])));
}

/**
 * Every text the bundle passes to Range.setValues from now on. The local runtime keeps "+x", "-x"
 * and "@x" as text either way, so only what was written shows whether they went through the guard.
 */
export function recordWrittenTexts(): { texts: () => string[]; restore: () => void } {
  const written: string[] = [];
  const original = Range.prototype.setValues;
  const spy = jest.spyOn(Range.prototype, 'setValues').mockImplementation(function (this: Range, grid: unknown[][]) {
    for (const row of grid) for (const v of row) if (typeof v === 'string') written.push(v);
    return original.call(this, grid);
  });
  return { texts: () => written, restore: () => spy.mockRestore() };
}
