// Tallies for the Tablero de convenios and the UGEL consolidation: counts per group, coverage per strategy, imported sources.
import { Day, partsOfDay } from '../dates';
import { CommitmentSummary, clockFor, coverage, summarizeCommitments } from '../followup';
import { FieldSpec, Table, readTable } from '../table';
import { Cell, isBlank } from '../parse';
import { compareSpanish, normalizeName } from '../text';
import { Result } from '../result';
import type { Commitment } from './commitments';
import { COMPROMISO_FIELDS, CompromisoField, REQUIRED } from './columns';
import { Convenio, STAGES } from './cycle';

/**
 * How many items fall in each group, in Spanish order, blank groups last under `blank`: the
 * locale's label (COMMITMENT_SUMMARY_WORDS.noGroup), given by the caller as RESUMEN_COMPROMISOS labels its own.
 */
export function countBy<T>(items: T[], groupsOf: (item: T) => string[], blank: string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const groups = groupsOf(item).filter(Boolean);
    for (const g of groups.length ? groups : [blank]) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a === blank ? 1 : b === blank ? -1 : compareSpanish(a, b)));
}

/** Seed 000's unit of measure is the signed convenio: those with a fecha de firma, per year, sector and support; every convenio per stage. */
export function convenioTallies(convenios: Convenio[], blank: string) {
  const signed = convenios.filter((c) => c.signed !== undefined);
  return {
    signed: signed.length,
    perYear: countBy(signed, (c) => [String(partsOfDay(c.signed as Day).year)], blank),
    perSector: countBy(signed, (c) => [c.sector], blank),
    perSupport: countBy(signed, (c) => c.apoyo.split(/\s*[;,]\s*(?=[A-ZÁÉÍÓÚÑ])/).map((s) => s.trim()), blank),
    perStage: countBy(convenios, (c) => [c.stage >= 0 ? `${c.stage + 1}. ${STAGES[c.stage].name}` : ''], blank),
  };
}

/**
 * Commitments per ally, strategy or school with cumplidos, pendientes and vencidos on `today`
 * (RESUMEN_COMPROMISOS's core). As in that function, a row with a cell that could not be read is
 * counted nowhere and listed among the errors, so the Tablero and the formula agree.
 */
export function commitmentTally(commitments: Commitment[], group: (c: Commitment) => string, today: Day, timeZone: string): CommitmentSummary {
  const readable = commitments.filter((c) => !c.issue);
  const summary = summarizeCommitments(
    readable.map((c) => ({ row: c.row, group: group(c), estado: c.closure, deadline: c.deadline ?? '', today })),
    clockFor(timeZone, () => today),
  );
  const unreadable = commitments.flatMap((c) => (c.issue ? [{ row: c.row, issue: c.issue }] : []));
  return { ...summary, errors: [...unreadable, ...summary.errors].sort((a, b) => a.row - b.row) };
}

export interface StrategyCoverage {
  strategy: string;
  /** Distinct schools with at least one commitment of the strategy fulfilled. */
  benefited: number;
  share: Result<number>;
}

/**
 * Seed 001's measure: per strategy, the share of the catalog's schools with a commitment fulfilled
 * ("86 % de II.EE. se beneficiaron a través de MEDIAT"). Without a catalog, the schools named in the
 * commitments are the denominator. Commitments without a strategy are grouped under `blank`.
 */
export function coverageByStrategy(commitments: Commitment[], catalog: Cell[], blank: string): StrategyCoverage[] {
  const denominator = catalog.length ? { catalog } : { catalog: commitments.map((c) => c.iiee) };
  const strategies = countBy(commitments, (c) => [c.estrategia], blank).map(([s]) => s);
  return strategies.map((strategy) => {
    const schools = commitments.filter((c) => (c.estrategia || blank) === strategy && c.closure === 'cumplido' && c.iiee).map((c) => c.iiee);
    return { strategy, benefited: new Set(schools.map((s) => s.toLowerCase())).size, share: coverage(schools, denominator) };
  });
}

/**
 * The catalog column the commitments name their schools by: the código modular or the name,
 * whichever matches more of the II.EE. written in the commitments.
 */
export function catalogKeys(rows: { codigo?: Cell; nombre?: Cell }[], commitments: Commitment[]): Cell[] {
  const named = new Set(commitments.map((c) => normalizeName(c.iiee)));
  const hits = (field: 'codigo' | 'nombre') => rows.filter((r) => !isBlank(r[field]) && named.has(normalizeName(r[field]))).length;
  const field = hits('codigo') > hits('nombre') ? 'codigo' : 'nombre';
  return rows.map((r) => r[field] ?? '').filter((v) => !isBlank(v));
}

/** The state each source of a consolidation shows in the Fuentes sheet. */
export const SOURCE_WORDS = { ok: 'OK', noAccess: 'Sin acceso', unrecognized: 'Formato no reconocido', loading: 'Cargando', badUrl: 'Dirección no válida' } as const;
export type SourceState = (typeof SOURCE_WORDS)[keyof typeof SOURCE_WORDS];

/**
 * What an IMPORTRANGE block holds: an error value (#REF!, #N/A: no access granted, or a wrong
 * address), "Loading..." while Sheets fetches it, or a table whose headers are, or are not, those
 * of a Compromisos tracker.
 */
export function readImported(block: Cell[][]): { state: SourceState; table?: Table<CompromisoField> } {
  const first = block[0]?.[0];
  if (block.length === 0 || isBlank(first) || (typeof first === 'string' && /^#[A-Z/0!?]+/.test(first))) return { state: SOURCE_WORDS.noAccess };
  if (typeof first === 'string' && /^(loading|cargando)/i.test(first)) return { state: SOURCE_WORDS.loading };
  const table = readTable(block, COMPROMISO_FIELDS, REQUIRED.compromisos);
  return table.missing.length ? { state: SOURCE_WORDS.unrecognized } : { state: SOURCE_WORDS.ok, table };
}

/** The Fuentes sheet of a UGEL: one school tracker per row. */
export const SOURCE_FIELDS: FieldSpec<'nombre' | 'url' | 'hoja' | 'estado' | 'filas' | 'detalle'>[] = [
  { field: 'nombre', label: 'Nombre', synonyms: ['nombre', 'fuente', 'ii ee', 'ie', 'escuela', 'institucion educativa'] },
  { field: 'url', label: 'URL', synonyms: ['url', 'direccion', 'enlace', 'link', 'hoja de calculo'] },
  { field: 'hoja', label: 'Hoja', synonyms: ['hoja', 'pestana', 'nombre de la hoja'] },
  { field: 'estado', label: 'Estado', synonyms: ['estado', 'situacion'] },
  { field: 'filas', label: 'Filas', synonyms: ['filas', 'compromisos'] },
  { field: 'detalle', label: 'Detalle', synonyms: ['detalle', 'observacion'] },
];

/** A Google spreadsheet's address, or its bare key, as IMPORTRANGE takes them. */
export function isSpreadsheetUrl(v: Cell): boolean {
  return typeof v === 'string' && (/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]{20,}/.test(v.trim()) || /^[\w-]{40,}$/.test(v.trim()));
}

export interface SourceResult {
  state: SourceState;
  rows: number;
}

/** The consolidated table's header: the source, then the Compromisos fields in template order. */
export const CONSOLIDATED_HEADER = ['Fuente', ...COMPROMISO_FIELDS.map((f) => f.label)];

/**
 * One commitments table from every source's imported block: each recognized row under the template's
 * columns (whatever its own headers were), with the source's name first; and each source's state.
 */
export function consolidate(sources: { name: string; block: Cell[][] }[]): { rows: Cell[][]; results: SourceResult[] } {
  const rows: Cell[][] = [];
  const results = sources.map(({ name, block }) => {
    const { state, table } = readImported(block);
    if (!table) return { state, rows: 0 };
    for (const r of table.rows) rows.push([name, ...COMPROMISO_FIELDS.map((f) => r.cells[f.field] ?? '')]);
    return { state, rows: table.rows.length };
  });
  return { rows, results };
}
