// The Bitácora de avisos: one row per email, the source of truth for what was already sent.
import { ColumnMapping, FieldSpec, readTable } from '../table';
import { Cell, isBlank } from '../parse';
import { Result, fail, ok } from '../result';

export const LOG_SHEET = 'Bitácora de avisos';

/** The fixed words of the Resultado column. */
export const OUTCOMES = {
  sent: 'Enviado',
  /**
   * Written before the email is handed to the mail service and replaced once it was: a row left so
   * means the run stopped in between, and the email may or may not have gone out.
   */
  unconfirmed: 'Sin confirmar',
  deferred: 'Diferido',
  invalid: 'Correo no válido',
  unauthorized: 'Sin autorización',
  failed: 'Error',
} as const;

export type Outcome = (typeof OUTCOMES)[keyof typeof OUTCOMES];

type LogField = 'fecha' | 'destinatario' | 'copia' | 'asunto' | 'elementos' | 'resultado' | 'detalle';

export const LOG_FIELDS: FieldSpec<LogField>[] = [
  { field: 'fecha', label: 'Fecha', synonyms: ['fecha', 'fecha y hora', 'enviado el'] },
  { field: 'destinatario', label: 'Destinatario', synonyms: ['destinatario', 'para', 'correo'] },
  { field: 'copia', label: 'Copia', synonyms: ['copia', 'cc', 'con copia'] },
  { field: 'asunto', label: 'Asunto', synonyms: ['asunto'] },
  { field: 'elementos', label: 'Elementos', synonyms: ['elementos', 'avisos', 'claves'] },
  { field: 'resultado', label: 'Resultado', synonyms: ['resultado', 'estado'] },
  { field: 'detalle', label: 'Detalle', synonyms: ['detalle', 'observacion', 'mensaje'] },
];

export interface LogEntry {
  at: Date;
  to: string;
  cc: string;
  subject: string;
  /** The reminder keys the email carried: "commitment|deadline|step". */
  keys: string[];
  outcome: Outcome;
  detail: string;
}

/**
 * Columns a run cannot do without: when, to whom, which reminders, with which result. Without them
 * the log cannot say what was sent, so a run stops rather than send everything again.
 */
const LOG_REQUIRED: LogField[] = ['fecha', 'destinatario', 'elementos', 'resultado'];

/** Where each Bitácora column is: read from its header, so columns the user inserts or moves are respected. */
export interface LogLayout {
  mapping: ColumnMapping<LogField>;
  /** Columns a row spans: up to the last known one; unknown columns in between stay blank. */
  width: number;
}

/** The layout of a Bitácora the add-on creates: the LOG_FIELDS in order from column A. */
export const NEW_LOG_LAYOUT: LogLayout = { mapping: Object.fromEntries(LOG_FIELDS.map((f, i) => [f.field, i])), width: LOG_FIELDS.length };

/** A Bitácora row laid out under the sheet's own headers. Keys go one per line so the cell stays readable. */
export function logRow(e: LogEntry, layout: LogLayout = NEW_LOG_LAYOUT): Cell[] {
  const value: Record<LogField, Cell> = { fecha: e.at, destinatario: e.to, copia: e.cc, asunto: e.subject, elementos: e.keys.join('\n'), resultado: e.outcome, detalle: e.detail };
  const row: Cell[] = new Array<Cell>(layout.width).fill('');
  for (const f of Object.keys(layout.mapping) as LogField[]) row[layout.mapping[f] as number] = value[f];
  return row;
}

/** True when a Bitácora row is still the «Sin confirmar» row written for `e`'s email (same reminders). */
export function isPendingRow(row: Cell[], layout: LogLayout, e: LogEntry): boolean {
  const cell = (f: LogField) => String(row[layout.mapping[f] as number] ?? '').trim();
  return cell('resultado') === OUTCOMES.unconfirmed && cell('elementos') === e.keys.join('\n');
}

export interface LogIndex {
  /** Reminder keys some email carried with the result Enviado. */
  sent: Set<string>;
  /**
   * Reminder keys of emails left «Sin confirmar»: never sent again by a run, since MailApp gives no
   * way to know whether they went out; a person checks and writes Enviado, or deletes the row to resend.
   */
  unconfirmed: Set<string>;
  /** How many rows are «Sin confirmar», for the panel to ask for that check. */
  unconfirmedRows: number;
  /** "key recipient" pairs already logged as Correo no válido, so a bad address is logged once, not daily. */
  invalid: Set<string>;
}

export const invalidMark = (key: string, recipient: string) => `${key} ${recipient}`;

export interface LogReading {
  index: LogIndex;
  layout: LogLayout;
}

/**
 * What the Bitácora says was done, whatever the order of its rows or columns, and where to write
 * the next rows. An empty sheet is a new log; a header without a required column is an issue that
 * names the columns, never an empty log (which would send every reminder again).
 */
export function readLog(values: Cell[][]): Result<LogReading> {
  const index: LogIndex = { sent: new Set(), unconfirmed: new Set(), unconfirmedRows: 0, invalid: new Set() };
  if (values.every((line) => line.every(isBlank))) return ok({ index, layout: NEW_LOG_LAYOUT });
  const table = readTable(values, LOG_FIELDS, LOG_REQUIRED);
  if (table.missing.length) {
    const labels = LOG_FIELDS.filter((f) => table.missing.includes(f.field)).map((f) => f.label);
    return fail('log_missing_columns', { sheet: LOG_SHEET, missing: labels });
  }
  for (const { cells } of table.rows) {
    if (isBlank(cells.elementos)) continue;
    const keys = String(cells.elementos).split(/\n/).map((k) => k.trim()).filter(Boolean);
    const outcome = String(cells.resultado ?? '').trim();
    if (outcome === OUTCOMES.sent) for (const k of keys) index.sent.add(k);
    else if (outcome === OUTCOMES.unconfirmed) {
      for (const k of keys) index.unconfirmed.add(k);
      index.unconfirmedRows++;
    }    else if (outcome === OUTCOMES.invalid) for (const k of keys) index.invalid.add(invalidMark(k, String(cells.destinatario ?? '').trim()));
  }
  const columns = Object.values(table.mapping) as number[];
  return ok({ index, layout: { mapping: table.mapping, width: Math.max(...columns) + 1 } });
}
