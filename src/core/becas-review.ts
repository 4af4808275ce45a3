// «Revisión de becas»: what a beca sheet shows against the limits of Cap. XI, Art. 2, flagged for the Comisión, never decided.
import { Plan, parsePlan } from './becas';
import { Cell, isBlank, parsePlace } from './parse';
import { normalizeHeader, normalizeName } from './text';

export type ReviewField = 'nombre' | 'plan' | 'carrera' | 'sistema' | 'semestre' | 'campus' | 'colaborador' | 'familia' | 'dictamen' | 'estado';

/** Header words of each column, after normalizeHeader; the plan column excludes «Plan de estudios» and «Beca %». */
const HEADER_TESTS: [ReviewField, RegExp][] = [
  ['nombre', /^(nombre|alumno|nombre del alumno|estudiante)\b/],
  ['plan', /^(plan de beca|tipo de beca|plan|beca)$/],
  ['carrera', /^(carrera|plan de estudios|especialidad)\b/],
  ['sistema', /^sistema\b/],
  ['semestre', /^semestre\b/],
  ['campus', /^(campus|plantel)\b/],
  ['colaborador', /colaborador|trabajador|empleado/],
  ['familia', /^(familia|clave de familia|clave familiar)\b/],
  ['dictamen', /dictamen/],
  ['estado', /^(renovacion de beca|estado de (la )?beca|estatus de (la )?beca)\b/],
];
const HEADER_SEARCH = 10;

export interface ReviewColumns {
  headerRow: number;
  fields: Partial<Record<ReviewField, number>>;
}

/** The header row (0-based) and columns of a beca sheet; it needs a plan column. */
export function detectReviewColumns(rows: readonly Cell[][]): ReviewColumns | undefined {
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH); r++) {
    const fields: Partial<Record<ReviewField, number>> = {};
    rows[r].forEach((cell, c) => {
      const h = normalizeHeader(cell);
      const hit = h ? HEADER_TESTS.find(([, test]) => test.test(h)) : undefined;
      if (hit && fields[hit[0]] === undefined) fields[hit[0]] = c;
    });
    if (fields.plan !== undefined) return { headerRow: r, fields };
  }
  return undefined;
}

export type ReviewCode = 'excelencia_per_group' | 'academica_semester' | 'academica_per_campus' | 'personal_per_colaborador' | 'parentesco_lost' | 'no_dictamen' | 'no_dictamen_column';

export interface ReviewFlag {
  code: ReviewCode;
  /** The students named, in sheet order (their name, else «fila N»). */
  students: string[];
  /** The carrera and sistema, campus, colaborador or familia the flag is about. */
  group?: string;
  /** The students who lost the beca, for parentesco_lost. */
  lost?: string[];
}

interface Row {
  name: string;
  plan: Plan;
  cells: Cell[];
}

/** A beca lost by the relative: a renewal «Cancelada» or «No renueva», or words that say so. */
const LOST = /^(cancelad|no renueva|perdi|retirad|baja)/;

/**
 * The flags of a beca sheet: more than one Plan II per carrera and sistema (Plan II a)); Plan III
 * after the first semester or more than three per campus (Plan III); more than two Plan VI per
 * colaborador (Plan VI); Plan IV relatives of one family where one lost the beca, whose percentage is
 * never added to the other's (Plan IV, III); becas without a dictamen date (Art. 1 IX), except Plan III,
 * which the Comisión does not dictaminate. A check whose column the sheet lacks is not made.
 */
export function reviewBecas(rows: readonly Cell[][], cols: ReviewColumns): ReviewFlag[] {
  const f = cols.fields;
  const at = (cells: Cell[], field: ReviewField): Cell => (f[field] === undefined ? '' : cells[f[field] as number]);
  const withBeca: Row[] = [];
  for (let r = cols.headerRow + 1; r < rows.length; r++) {
    const cells = rows[r];
    const plan = parsePlan(at(cells, 'plan'));
    if (!plan.ok) continue;
    const named = at(cells, 'nombre');
    withBeca.push({ name: isBlank(named) ? `fila ${r + 1}` : String(named).trim(), plan: plan.value, cells });
  }
  const flags: ReviewFlag[] = [];
  const text = (c: Cell) => (isBlank(c) ? '' : String(c).trim());
  /** Rows of a plan grouped by the text of some columns; the shown group is the first row's text. */
  const grouped = (plan: Plan, fields: ReviewField[]) => {
    const groups = new Map<string, { label: string; rows: Row[] }>();
    for (const row of withBeca) {
      if (row.plan !== plan) continue;
      const key = fields.map((fl) => normalizeName(text(at(row.cells, fl)))).join('\u0001');
      const label = fields.map((fl) => text(at(row.cells, fl))).filter(Boolean).join(', ');
      const g = groups.get(key);
      if (g) g.rows.push(row);
      else groups.set(key, { label, rows: [row] });
    }
    return [...groups.values()];
  };
  if (f.carrera !== undefined) {
    for (const g of grouped('II', f.sistema !== undefined ? ['carrera', 'sistema'] : ['carrera'])) {
      if (g.rows.length > 1) flags.push({ code: 'excelencia_per_group', group: g.label, students: g.rows.map((r) => r.name) });
    }
  }
  if (f.semestre !== undefined) {
    const late = withBeca.filter((r) => r.plan === 'III' && (parsePlace(at(r.cells, 'semestre')) ?? 1) > 1);
    if (late.length) flags.push({ code: 'academica_semester', students: late.map((r) => r.name) });
  }
  for (const g of grouped('III', f.campus !== undefined ? ['campus'] : [])) {
    if (g.rows.length > 3) flags.push({ code: 'academica_per_campus', group: g.label, students: g.rows.map((r) => r.name) });
  }
  if (f.colaborador !== undefined) {
    for (const g of grouped('VI', ['colaborador'])) {
      if (g.label && g.rows.length > 2) flags.push({ code: 'personal_per_colaborador', group: g.label, students: g.rows.map((r) => r.name) });
    }
  }
  if (f.familia !== undefined && f.estado !== undefined) {
    for (const g of grouped('IV', ['familia'])) {
      const lost = g.rows.filter((r) => LOST.test(normalizeName(text(at(r.cells, 'estado')))));
      const kept = g.rows.filter((r) => !lost.includes(r));
      if (g.label && lost.length && kept.length) flags.push({ code: 'parentesco_lost', group: g.label, students: kept.map((r) => r.name), lost: lost.map((r) => r.name) });
    }
  }
  const dictaminated = withBeca.filter((r) => r.plan !== 'III');
  if (f.dictamen === undefined) {
    if (dictaminated.length) flags.push({ code: 'no_dictamen_column', students: [] });
  } else {
    const missing = dictaminated.filter((r) => isBlank(at(r.cells, 'dictamen')));
    if (missing.length) flags.push({ code: 'no_dictamen', students: missing.map((r) => r.name) });
  }
  return flags;
}
