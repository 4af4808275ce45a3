// Sentences that explain a result (not a problem): BECA_MOTIVO, RENUEVA_BECA, the convenio flags; and `explain` over every reason.
import type { Beca, Plan } from '../becas';
import type { Reason, ReasonCode, ResultReason } from '../codes';
import { Details, Sentence, art, count, day, g, n, v } from './details';
import { EMAIL_SENTENCES } from './email';
import { formatNumber, formatPercent } from './format';
import { NOTICES } from './notices';
import { PLAN_NAMES } from './words';

const planTitle = (d: Details) => `Plan ${String(d.plan)} ${PLAN_NAMES[d.plan as Plan]}`;
const cite = ' (Cap. XI, Art. 2)';
/** Plans II, III and IV renew on the promedio "en ordinario" (no subject owed). */
const ordinario = (d: Details) => (d.plan === 'II' || d.plan === 'III' || d.plan === 'IV' ? ' en ordinario' : '');
const subjects = (count: number) => (count === 1 ? '1 materia' : `${formatNumber(count)} materias`);
const years = (count: number) => (count === 1 ? '1 año' : `${formatNumber(count)} años`);

/** Why a result is what it is: the becas, their renewal and the convenio flags. */
export const RESULT_REASONS = {
  no_plan: (d: Details) => `sin plan de beca${d.value === undefined ? '' : ` (${v(d)})`}${cite}`,
  continuidad_granted: (d: Details) => `${planTitle(d)}, promedio ${g(d, 'average')} ≥ ${g(d, 'minimum')} y cursó el nivel anterior${cite}`,
  continuidad_low_average: (d: Details) => `${planTitle(d)}, promedio ${g(d, 'average')} menor que el mínimo ${g(d, 'minimum')}${cite}`,
  continuidad_no_previous_level: (d: Details) => `${planTitle(d)}, no cursó completo el nivel anterior en el sistema${cite}`,
  excelencia_granted: (d: Details) =>
    `${planTitle(d)}, promedio ${g(d, 'average')} ≥ ${g(d, 'minimum')} y ${d.delfin ? 'es Delfín (mejor promedio de su generación)' : 'primer lugar de su carrera y sistema'}${cite}`,
  excelencia_low_average: (d: Details) => `${planTitle(d)}, promedio ${g(d, 'average')} menor que el mínimo ${g(d, 'minimum')}${cite}`,
  excelencia_not_first: (d: Details) => `${planTitle(d)}, no es primer lugar de su carrera y sistema ni Delfín${cite}`,
  academica_place: (d: Details) => `${planTitle(d)}, ${['primer', 'segundo', 'tercer'][(d.place as number) - 1]} lugar en el examen${cite}`,
  academica_no_place: (d: Details) =>
    `${planTitle(d)}, ${d.place === undefined ? 'sin lugar en el examen' : `lugar ${String(d.place)} en el examen`}: solo los tres primeros lugares reciben beca${cite}`,
  parentesco: (d: Details) =>
    `${planTitle(d)}, ${d.system === 'mismo' ? 'familiares en el mismo sistema' : `familiares en sistemas distintos, alumno en sistema ${String(d.system)}`}${cite}`,
  committee: (d: Details) => `${planTitle(d)}, porcentaje que fijó el comité${cite}`,
  personal_granted: (d: Details) => `${planTitle(d)}, ${years(d.years as number)} de servicio ≥ ${n(d, 'minimum')}${cite}`,
  personal_few_years: (d: Details) =>
    `${planTitle(d)}, ${d.years === undefined ? 'sin años de servicio registrados' : `${years(d.years as number)} de servicio`}, menos de los ${n(d, 'minimum')} requeridos${cite}`,
  empresas: (d: Details) => `${planTitle(d)}, porcentaje de la hoja Configuración${cite}`,

  // RENUEVA_BECA: the article is the plan's (Art. 2) or the debt rule (Art. 1 VII)
  renewal_no_plan: () => `sin plan de beca: no hay beca que renovar${cite}`,
  renewal_debt: (d: Details) => `${planTitle(d)}: adeuda colegiaturas; la beca se cancela sin posibilidad de recuperarla${art(d)}`,
  renewal_average: (d: Details) => `${planTitle(d)}, promedio ${g(d, 'average')} ≥ ${g(d, 'minimum')}${art(d)}`,
  renewal_low_average: (d: Details) =>
    `${planTitle(d)}, promedio ${g(d, 'average')}${ordinario(d)} menor que el mínimo ${g(d, 'minimum')} para renovar${art(d)}`,
  renewal_failing_average: (d: Details) => `${planTitle(d)}, promedio ${g(d, 'average')} no aprobatorio (mínimo ${g(d, 'minimum')})${art(d)}`,
  renewal_not_regular: (d: Details) => `${planTitle(d)}, adeuda ${subjects(d.owed as number)}: para renovar no debe adeudar materias${art(d)}`,
  renewal_few_hours: (d: Details) =>
    `${planTitle(d)}, ${n(d, 'hours')} horas de servicio becario, menos de las ${n(d, 'required')} requeridas${art(d)}`,
  renewal_regular: (d: Details) =>
    `${planTitle(d)}, alumno regular, promedio ${g(d, 'average')}${ordinario(d)} ≥ ${g(d, 'minimum')}${d.hours === undefined ? '' : ` y ${n(d, 'hours')} horas de servicio becario ≥ ${n(d, 'required')}`}${art(d)}`,
  renewal_regular_passing: (d: Details) => `${planTitle(d)}, alumno regular con promedio aprobatorio ${g(d, 'average')} ≥ ${g(d, 'minimum')}${art(d)}`,
  renewal_no_subjects_owed: (d: Details) => `${planTitle(d)}, no adeuda materias${art(d)}`,
  renewal_only_debt: (d: Details) =>
    `${planTitle(d)}, al corriente en colegiaturas: el reglamento no fija otro requisito para renovarla (Cap. XI, Art. 1 VII)`,
  stage_without_product: (d: Details) => `etapa ${String(d.stage)} sin su producto (${String(d.product)})`,
  signed_without_report: (d: Details) => `firmado el ${day(d, 'signed')} y sin reporte de seguimiento ${count(d.months as number, 'mes', 'meses')} después`,
  vigencia_ending: (d: Details) =>
    d.daysLeft === 0 ? `su vigencia termina hoy, ${day(d, 'end')}` : `su vigencia termina el ${day(d, 'end')}, en ${count(d.daysLeft as number, 'día', 'días')}`,
  vigencia_ended: (d: Details) => `su vigencia terminó el ${day(d, 'end')}`,

} satisfies Record<ResultReason, Sentence>;

const REASONS: Record<ReasonCode, Sentence> = { ...RESULT_REASONS, ...EMAIL_SENTENCES, ...NOTICES };

/** The Spanish sentence that explains a result. */
export function explain(reason: Reason): string {
  return REASONS[reason.code](reason);
}

/** "10 %: Plan I Continuidad, promedio 8,5 ≥ 8,0 y cursó el nivel anterior (Cap. XI, Art. 2)" */
export function explainBeca(beca: Beca): string {
  return `${formatPercent(beca.fraction)}: ${explain(beca.reason)}`;
}
