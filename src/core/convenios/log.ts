// The Bitácora de avisos: one row per email, the source of truth for what was already sent.
import { FieldSpec } from '../columns';
import { Cell, isBlank } from '../parse';
import { readTable } from './columns';

export const LOG_SHEET = 'Bitácora de avisos';

/** The fixed words of the Resultado column. */
export const OUTCOMES = {
  sent: 'Enviado',
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

/** A Bitácora row, in the order of LOG_FIELDS. Keys go one per line so the cell stays readable. */
export function logRow(e: LogEntry): Cell[] {
  return [e.at, e.to, e.cc, e.subject, e.keys.join('\n'), e.outcome, e.detail];
}

export interface LogIndex {
  /** Reminder keys some email carried with the result Enviado. */
  sent: Set<string>;
  /** "key recipient" pairs already logged as Correo no válido, so a bad address is logged once, not daily. */
  invalid: Set<string>;
}

export const invalidMark = (key: string, recipient: string) => `${key} ${recipient}`;

/** What the Bitácora says was done, whatever the order of its rows or columns. */
export function readLog(values: Cell[][]): LogIndex {
  const index: LogIndex = { sent: new Set(), invalid: new Set() };
  if (values.length === 0) return index;
  const table = readTable(values, LOG_FIELDS, ['elementos', 'resultado']);
  if (table.missing.length) return index;
  for (const { cells } of table.rows) {
    if (isBlank(cells.elementos)) continue;
    const keys = String(cells.elementos).split(/\n/).map((k) => k.trim()).filter(Boolean);
    const outcome = String(cells.resultado ?? '').trim();
    if (outcome === OUTCOMES.sent) for (const k of keys) index.sent.add(k);
    else if (outcome === OUTCOMES.invalid) for (const k of keys) index.invalid.add(invalidMark(k, String(cells.destinatario ?? '').trim()));
  }
  return index;
}
