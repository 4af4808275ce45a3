// The stage cycle of a convenio (seed 000): each stage and its product, and what the tracker flags.
import { addMonths, Day } from '../dates';
import type { Rules } from '../config';
import type { ReasonCode } from '../codes';
import { Cell, isBlank, parseDate } from '../parse';
import { normalizeName } from '../text';
import { Issue } from '../result';
import { Closure, cellText, closureOf } from './commitments';
import { ConvenioField } from './columns';
import { TableRow } from '../table';
import { deadlineState, isIndefinite } from '../followup';

export type Stage = 'planeacion' | 'programacion' | 'ejecucion' | 'seguimiento' | 'evaluacion';

/** The five stages in order, as the sheet names them, with the product each one leaves (seed 000). */
export const STAGES: { stage: Stage; name: string; product: string }[] = [
  { stage: 'planeacion', name: 'Planeación', product: 'Diagnóstico' },
  { stage: 'programacion', name: 'Programación', product: 'Programa' },
  { stage: 'ejecucion', name: 'Ejecución', product: 'Convenio firmado' },
  { stage: 'seguimiento', name: 'Seguimiento', product: 'Reporte' },
  { stage: 'evaluacion', name: 'Evaluación', product: 'Informe' },
];

/** The stage's index (0–4) from "Ejecución", "3", "3. Ejecución", "etapa 3 - ejecucion"; -1 when unknown. */
export function stageIndex(v: Cell): number {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 5 ? v - 1 : -1;
  const s = normalizeName(v).replace(/^etapa\s*/, '').replace(/[.:\-–)]/g, ' ').replace(/\s+/g, ' ').trim();
  const byNumber = /^([1-5])\b/.exec(s);
  if (byNumber) return Number(byNumber[1]) - 1;
  return STAGES.findIndex((st) => s === st.stage || s.startsWith(`${st.stage} `));
}

export interface Convenio {
  row: number;
  numero: string;
  objeto: string;
  contraparte: string;
  sector: string;
  tipo: string;
  apoyo: string;
  /** 0–4, or -1 when the etapa cell is blank or unknown. */
  stage: number;
  hasProduct: boolean;
  signed?: Day;
  end?: Day;
  /** Fecha de fin blank or written as "indefinida". */
  indefinite: boolean;
  responsable: string;
  correo: string;
  closure: Closure;
  issues: Issue[];
}

function readDay(v: Cell, timeZone: string, row: number, issues: Issue[]): Day | undefined {
  if (isBlank(v)) return undefined;
  const d = parseDate(v, timeZone);
  if (d.ok) return d.value;
  issues.push({ ...d.issue, row });
  return undefined;
}

/** Convenios from the rows of a Convenios table; unreadable cells become issues naming the row. */
export function readConvenios(rows: TableRow<ConvenioField>[], timeZone: string): Convenio[] {
  return rows.map(({ row, cells }) => {
    const issues: Issue[] = [];
    const stage = isBlank(cells.etapa) ? -1 : stageIndex(cells.etapa);
    if (stage < 0 && !isBlank(cells.etapa)) issues.push({ code: 'unknown_stage', value: cells.etapa, row });
    const indefinite = isBlank(cells.fin) || isIndefinite(cells.fin);
    return {
      row,
      numero: cellText(cells.numero),
      objeto: cellText(cells.objeto),
      contraparte: cellText(cells.contraparte),
      sector: cellText(cells.sector),
      tipo: cellText(cells.tipo),
      apoyo: cellText(cells.apoyo),
      stage,
      hasProduct: !isBlank(cells.producto),
      signed: readDay(cells.firma, timeZone, row, issues),
      end: indefinite ? undefined : readDay(cells.fin, timeZone, row, issues),
      indefinite,
      responsable: cellText(cells.responsable),
      correo: cellText(cells.correo),
      closure: closureOf(cells.estado),
      issues,
    };
  });
}

export interface ConvenioFlag {
  code: Extract<ReasonCode, 'stage_without_product' | 'signed_without_report' | 'vigencia_ending' | 'vigencia_ended'>;
  [detail: string]: unknown;
}

const SEGUIMIENTO = 3;

/**
 * What a convenio lacks on `today`: its stage's product; a follow-up report once signed
 * `reportOverdueMonths` ago (a report exists from the Seguimiento stage with its product on);
 * a vigencia that ends within `vigenciaWarningDays` or has ended. Closed convenios are not flagged.
 */
export function convenioFlags(c: Convenio, today: Day, rules: Pick<Rules, 'reportOverdueMonths' | 'vigenciaWarningDays'>): ConvenioFlag[] {
  if (c.closure !== 'pendiente') return [];
  const flags: ConvenioFlag[] = [];
  if (c.stage >= 0 && !c.hasProduct) flags.push({ code: 'stage_without_product', stage: STAGES[c.stage].name, product: STAGES[c.stage].product });
  const reported = c.stage > SEGUIMIENTO || (c.stage === SEGUIMIENTO && c.hasProduct);
  if (c.signed !== undefined && !reported && today >= addMonths(c.signed, rules.reportOverdueMonths)) {
    flags.push({ code: 'signed_without_report', signed: c.signed, months: rules.reportOverdueMonths });
  }
  if (c.end !== undefined) {
    const daysLeft = c.end - today;
    const state = deadlineState(daysLeft, rules.vigenciaWarningDays);
    if (state === 'overdue') flags.push({ code: 'vigencia_ended', end: c.end });
    else if (state === 'due_soon') flags.push({ code: 'vigencia_ending', end: c.end, daysLeft });
  }
  return flags;
}
