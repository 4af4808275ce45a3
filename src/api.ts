// The wire between the page and the server: every view, request and answer the sidebar exchanges, and the calls it may make.
import type { OutputId, StudentField } from './core/students/fields';
import type { RunSummary } from './core/convenios/run';
import type { SourceState } from './core/convenios/tally';
import type { Summary } from './core/students/summary';
import type { PagosSummary } from './core/pagos/summary';

/** What every page-callable function answers: its data, or the problem in plain Spanish. */
export type Answer<T> = { ok: true; data: T } | { ok: false; error: string };

// Alumnos

export type Mode = 'formulas' | 'valores';

/** What the sidebar shows for a sheet: its columns, the mapping, what can be computed. */
export interface StudentSheetView {
  sheet: string;
  /** 1-based row of the headers. */
  headerRow: number;
  students: number;
  /** The first students' names, as the sheet has them, so the user sees which rows these are. */
  preview: string[];
  /** What the reading derived, assumed and skipped (or why the sheet is no student list), one sentence each. */
  notes: string[];
  columns: { index: number; letter: string; header: string }[];
  fields: { field: StudentField; label: string; column: number | null }[];
  subjects: number[];
  outputs: { id: OutputId; label: string; missing: string[]; present: boolean }[];
  chosen: OutputId[];
  mode: Mode;
  remembered: boolean;
  /** A sheet of the period's grades (one row per student and subject): only per-subject results are offered. */
  period: boolean;
}

/** A request from the Alumnos panel: the mapping as the user confirmed it and the results to add. */
export interface ComputeRequest {
  sheet: string;
  columns: Partial<Record<StudentField, number | null>>;
  subjects: number[];
  outputs: OutputId[];
  mode: Mode;
  /** The `huella` of the 'confirmar' answer whose cells the user agreed to replace. */
  confirmar?: string;
}

export type ComputeAnswer =
  | { status: 'hecho'; sheet: string; students: number; message: string; written: { id: OutputId; header: string; letter: string }[] }
  /** `huella` fingerprints these cells: a confirmation counts only while the sheet still holds exactly them. */
  | { status: 'confirmar'; sheet: string; conflicts: string[]; huella: string };

// Resumen

export interface ResumenView {
  sheet: string;
  /** Every sheet that looks like a list of students, for the panel's selector. */
  sheets: string[];
  summary: Summary;
  /** Which parts the sheet's columns allow: becas, promotion, exam right. */
  available: { beca: boolean; estatus: boolean; derecho: boolean };
  /** The book's payment sheet at its fecha de corte (debts per group and plan of study, becas cancelled), or null when it has none. */
  pagos: PagosSummary | null;
  /** «Revisión de becas», worded by the server: [what to check, students, article] per flag; null when the sheet has no plan column. */
  revision: { title: string; header: string[]; nothing: string; lines: [string, string, string][] } | null;
}

// Configuración

export interface ConfigView {
  keys: { clave: string; description: string; value: string; defaultValue: string }[];
  /** Bad values of the sheet as it is, by key: results are not written until they are fixed. */
  issues: { clave: string; message: string }[];
  /** Rows whose key the add-on does not know (a note, a typo): shown, never blocking. */
  warnings: { clave: string; message: string }[];
  sheetExists: boolean;
}

export type ConfigSaveAnswer = { saved: true; view: ConfigView } | { saved: false; issues: { clave: string; message: string }[] };

// Convenios

export interface CommitmentItem {
  row: number;
  numero: string;
  compromiso: string;
  aliado: string;
  iiee: string;
  responsable: string;
  /** dd/mm/aaaa */
  fecha: string;
  /** Calendar days to the fecha límite; negative when overdue. */
  dias: number;
}

export interface ConvenioAlert {
  row: number;
  numero: string;
  objeto: string;
  alerts: string[];
}

export interface LastRun {
  /** When it ran, ISO instant. */
  at: string;
  /** The day the ladder was computed for, aaaa-mm-dd. */
  day: string;
  mode: 'automática' | 'manual';
  summary: RunSummary;
  /** A run that could not send at all (missing authorization, an unreadable Bitácora), in Spanish. */
  error?: string;
  /** The emails went out but the Tablero de convenios could not be rewritten, in Spanish. */
  dashboardError?: string;
  /** The digest to correo_administracion (becas cancelled, mensualidades overdue), when the key is set. */
  pagos?: RunSummary;
  /** Why the payment sheet could not be read for that digest, in Spanish. */
  pagosError?: string;
}

/** The last run as the panel shows it: `when` is dd/mm/aaaa hh:mm in the spreadsheet's zone, not the browser's. */
export type LastRunView = LastRun & { when: string };

export interface ReminderState {
  on: boolean;
  hour: number | null;
  /** Who turned them on ("" when unknown). */
  owner: string;
  /** Whether this account may change the hour or turn them off without taking control. */
  mine: boolean;
}

export interface ConveniosView {
  /** dd/mm/aaaa, the fecha de corte of the lists. */
  today: string;
  /** The configured ladder in words: "Avisos por correo a cada responsable: 30, 15, … días antes…". */
  ladder: string;
  commitmentsSheet: string | null;
  conveniosSheet: string | null;
  reminders: ReminderState;
  lastRun: LastRunView | null;
  overdue: CommitmentItem[];
  upcoming: CommitmentItem[];
  convenios: ConvenioAlert[];
  /** Rows that could not be read, in Spanish with their row. */
  problems: string[];
}

export interface EmailPreview {
  to: string;
  cc: string;
  subject: string;
  body: string;
  reminders: number;
  /** Why it cannot go out (no valid address), or "" when it can. */
  problem: string;
  /** Addresses of the cell that get nothing because they are not addresses, or "". */
  note: string;
}

export interface SourceView {
  row: number;
  name: string;
  url: string;
  state: SourceState;
  rows: number;
  detail: string;
}

/** Every function the page may call by google.script.run; src/server.ts checks its exports against it both ways. */
export interface PageApi {
  detectarAlumnos(): Answer<StudentSheetView>;
  guardarMapeo(request: ComputeRequest): Answer<StudentSheetView>;
  calcularAlumnos(request: ComputeRequest): Answer<ComputeAnswer>;
  leerResumen(hoja?: string): Answer<ResumenView>;
  crearTablero(hoja?: string): Answer<string>;
  crearPlantillas(): Answer<string[]>;
  leerConfiguracion(): Answer<ConfigView>;
  guardarConfiguracion(form: Record<string, string>): Answer<ConfigSaveAnswer>;
  restablecerConfiguracion(): Answer<ConfigSaveAnswer>;
  leerConvenios(hoy?: string): Answer<ConveniosView>;
  activarAvisos(hora: number, tomarControl?: boolean): Answer<ConveniosView>;
  desactivarAvisos(): Answer<ConveniosView>;
  vistaPreviaAvisos(hoy?: string): Answer<{ day: string; emails: EmailPreview[] }>;
  enviarAvisosAhora(hoy?: string): Answer<ConveniosView>;
  crearTableroConvenios(hoy?: string): Answer<{ sheet: string; commitments: number; convenios: number }>;
  consolidarFuentes(): Answer<SourceView[]>;
}

export type PageCall = keyof PageApi;

/** Every page call by name, for the local server's /rpc allowlist; the compiler checks it names each call of PageApi once. */
export const PAGE_CALLS = [
  'detectarAlumnos', 'guardarMapeo', 'calcularAlumnos', 'leerResumen', 'crearTablero', 'crearPlantillas', 'leerConfiguracion', 'guardarConfiguracion',
  'restablecerConfiguracion', 'leerConvenios', 'activarAvisos', 'desactivarAvisos', 'vistaPreviaAvisos', 'enviarAvisosAhora', 'crearTableroConvenios', 'consolidarFuentes',
] as const satisfies readonly PageCall[];
const everyCallListed: [Exclude<PageCall, (typeof PAGE_CALLS)[number]>] extends [never] ? true : never = true;
void everyCallListed;
/** The data a call answers when it succeeds. */
export type DataOf<K extends PageCall> = Extract<ReturnType<PageApi[K]>, { ok: true }>['data'];
