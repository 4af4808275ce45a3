// Every sentence a user reads about a problem, in Spanish, keyed by issue code: "what is wrong: expected X, got Y".
import { formatGrade, formatNumber, formatPercent, showValue } from './format';
import type { Issue } from './result';
import type { FollowUpState, VigenciaState } from './followup';
import { formatDay } from './dates';
import { PLAN_NAMES, type Beca, type Criterion, type Plan } from './becas';
import type { ConfigKind } from './config';
import type { PromotionStatus } from './promotion';
import type { RenewalState } from './renewal';

type Details = Record<string, unknown>;
/** A value the user typed, quoted; dates read in the zone describe() was given. */
const v = (d: Details, key = 'value') => showValue(d[key], d.timeZone as string | undefined);
const n = (d: Details, key: string) => formatNumber(d[key] as number);
const g = (d: Details, key: string) => formatGrade(d[key] as number);
const p = (d: Details, key: string) => formatPercent(d[key] as number);
/** " (Cap. XI, Art. 2, Plan I)" when the issue names an article. */
const art = (d: Details) => (d.article ? ` (${String(d.article)})` : '');
/** "fecha_limite " when the issue names the argument, so the user knows which one is wrong. */
const f = (d: Details) => (d.field ? `${String(d.field)} ` : '');

/** What each plan's criterio holds, and whether "se esperaba" agrees with a plural. */
const CRITERIA: Record<Criterion, { what: string; plural?: boolean }> = {
  previous_level: { what: 'sí o no (cursó completo el nivel anterior en el sistema)' },
  first_place: { what: '1 (primer lugar de su carrera y sistema) o Delfín' },
  place: { what: 'el lugar obtenido en el examen (1, 2, 3, …)' },
  system: { what: 'mismo sistema, escolarizado o no escolarizado' },
  committee: { what: 'el porcentaje que fijó el comité' },
  years: { what: 'los años de servicio del padre o madre', plural: true },
};

/** What a Configuración key of each kind takes, after "se esperaba"; numbers name the bound they broke. */
function configExpected(d: Details): string {
  switch (d.kind as ConfigKind) {
    case 'fraction':
      return 'un porcentaje entre 0 % y 100 % (por ejemplo 10 % o 0,1)';
    case 'boolean':
      return 'sí o no';
    case 'days-list':
      return 'una lista de días enteros separados por comas, por ejemplo 30, 15, 7, 1, 0';
    case 'email':
      return 'un correo electrónico válido, o nada';
    case 'combination':
      return '«mayor» o «suma»';
    case 'integer':
    case 'number': {
      const noun = d.kind === 'integer' ? 'un número entero' : 'un número';
      if (d.minimum !== undefined) return `${noun} mayor o igual que ${n(d, 'minimum')}`;
      if (d.maximum !== undefined) return `${noun} menor o igual que ${n(d, 'maximum')}`;
      return noun;
    }
  }
}

type Relation = 'below' | 'at_most' | 'above' | 'at_least';
const RELATIONS: Record<Relation, string> = { below: 'menor que', at_most: 'menor o igual que', above: 'mayor que', at_least: 'mayor o igual que' };

const MESSAGES = {
  // Reading cells
  not_a_number: (d: Details) => `${v(d)} no es un número`,
  not_a_percentage: (d: Details) => `${v(d)} no es un porcentaje: se esperaba, por ejemplo, 30 % o 0,3`,
  ambiguous_percentage: (d: Details) =>
    `${v(d)} no es un porcentaje claro (¿${formatNumber((d.number as number) * 100)} % o ${n(d, 'number')} %?): escríbalo con el signo, por ejemplo ${n(d, 'number')} %, o como fracción`,
  not_yes_no: (d: Details) => `${v(d)} no es sí ni no: se esperaba Sí, No, x, VERDADERO, FALSO, 1 o 0`,
  not_a_date: (d: Details) => `${f(d)}${v(d)} no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd`,
  impossible_date: (d: Details) =>
    `${f(d)}${v(d)} no es una fecha que exista (${d.iso ? 'se lee como aaaa-mm-dd' : 'día y mes se leen como dd/mm/aaaa'})`,
  required: (d: Details) => `falta el dato «${String(d.field)}»`,
  negative: (d: Details) => `${String(d.field)} ${v(d)} no puede ser un número negativo`,
  not_an_integer: (d: Details) => `${String(d.field)} ${v(d)} debe ser un número entero`,

  // The shape of a call
  ranges_mismatch: (d: Details) =>
    `los rangos tienen distinto número de filas: ${String(d.name1)} tiene ${String(d.rows1)} y ${String(d.name2)} tiene ${String(d.rows2)}`,
  too_many_columns: (d: Details) => `${String(d.name)} debe ser una sola columna y tiene ${String(d.columns)}`,

  // Configuración sheet
  config_unknown_key: (d: Details) => `Configuración, fila ${String(d.row)}: la clave ${v(d, 'clave')} no existe`,
  config_bad_value: (d: Details) =>
    `Configuración, fila ${String(d.row)} (${String(d.clave)}): el valor ${v(d)} no sirve; se esperaba ${configExpected(d)}`,
  config_bad_combination: (d: Details) =>
    `Configuración, fila ${String(d.row)} (${String(d.clave)}): el valor ${v(d)} no sirve; debe ser ${RELATIONS[d.relation as Relation]} ${String(d.otherClave)}, que vale ${String(d.otherValue)} (${d.otherRow === undefined ? 'valor predeterminado' : `fila ${String(d.otherRow)}`})`,

  // Becas (Cap. XI)
  unknown_plan: (d: Details) => `plan de beca ${v(d)} desconocido: se esperaba I a VIII o su nombre (Continuidad, Excelencia, …)`,
  average_not_a_number: (d: Details) => `promedio ${v(d)} no es un número: se esperaba un número de ${n(d, 'min')} a ${n(d, 'max')}`,
  average_out_of_scale: (d: Details) => `promedio ${v(d)} fuera de la escala de ${n(d, 'min')} a ${n(d, 'max')}`,
  criterion_required: (d: Details) => `falta el criterio del plan ${String(d.plan)}: ${CRITERIA[d.criterion as Criterion].what}${art(d)}`,
  bad_criterion: (d: Details) => {
    const c = CRITERIA[d.criterion as Criterion];
    return `criterio ${v(d)} no válido para el plan ${String(d.plan)}: ${c.plural ? 'se esperaban' : 'se esperaba'} ${c.what}${art(d)}`;
  },
  committee_out_of_range: (d: Details) =>
    `porcentaje ${v(d)} fuera del rango del comité, de ${p(d, 'min')} a ${p(d, 'max')}${art(d)}`,
  empresas_not_configured: (d: Details) =>
    `el plan VIII (Empresas complementarias) no tiene porcentaje: escríbalo en la hoja Configuración, clave beca_empresas${art(d)}`,
  average_required: (d: Details) => `falta el promedio, necesario para el plan ${String(d.plan)}${art(d)}`,

  // Students: attendance (Cap. XII), grades, becas renewal and colegiatura
  field_not_a_number: (d: Details) => `${String(d.field)} ${v(d)} no es un número`,
  not_positive: (d: Details) => `${String(d.field)} ${v(d)} debe ser mayor que 0`,
  more_than: (d: Details) => `${String(d.field)} ${n(d, 'value')} es mayor que ${String(d.limitField)} ${n(d, 'limit')}`,
  attendance_exceeds_sessions: (d: Details) =>
    `asistencias ${n(d, 'attended')} y justificadas ${n(d, 'justified')} suman más que ${String(d.field)} ${n(d, 'sessions')}`,
  bad_grade: (d: Details) => `calificación ${v(d)} no válida: se esperaba un número de ${n(d, 'min')} a ${n(d, 'max')}, NP o SD`,
  bad_debt: (d: Details) => `adeudo de colegiatura ${v(d)} no válido: se esperaba sí, no o el importe adeudado`,
  beca_out_of_range: (d: Details) => `porcentaje de beca ${v(d)} fuera del rango de 0 % a 100 %`,
  unknown_payment_form: (d: Details) => `forma de pago ${v(d)} desconocida: se esperaba mensual, pago anticipado o pronto pago`,
  // Convenios and commitments (seeds 000 and 001)
  unknown_stage: (d: Details) => `etapa ${v(d)} desconocida: se esperaba Planeación, Programación, Ejecución, Seguimiento o Evaluación`,
  no_tracker_sheet: (d: Details) => `no hay hoja de ${String(d.tracker)}: cree la plantilla desde «Crear plantillas» o nombre así su hoja`,
  mail_unauthorized: (d: Details) =>
    `el complemento no tiene permiso para enviar correos: pulse «Activar avisos» en el panel Convenios y acepte los permisos (${String(d.detail)})`,
  bad_hour: (d: Details) => `hora ${v(d)} no válida: se esperaba un número entero de 0 a 23`,
  reminders_owned: (d: Details) => {
    const who = d.owner ? String(d.owner) : 'otra cuenta (su correo no es visible)';
    return `los avisos diarios ya están activados por ${who}, cada día ${deliveryWindow(d.hour as number)}; solo esa cuenta puede cambiar la hora o desactivarlos. Si no puede hacerlo, pulse «Tomar el control» para que salgan a su nombre`;
  },
  bad_source_url: (d: Details) => `${v(d)} no es la dirección de una hoja de cálculo de Google`,
  source_no_access: (d: Details) =>
    `sin acceso: en la hoja Importación, celda ${String(d.cell)}, pulse «Permitir acceso»; si no aparece, pida a la escuela que comparta su hoja con usted`,
  source_unrecognized: (d: Details) => `la hoja ${v(d, 'sheet')} de esa dirección no tiene columnas de compromiso y fecha límite`,
  no_sources: () => 'escriba en la hoja «Fuentes» el nombre y la dirección (URL) de la hoja de compromisos de cada escuela, y vuelva a consolidar',
  log_missing_columns: (d: Details) => {
    const missing = (d.missing as string[]).map((m) => `«${m}»`);
    return `la hoja ${v(d, 'sheet')} no tiene ${missing.length === 1 ? 'la columna' : 'las columnas'} ${missing.join(', ')}: no se envía ningún aviso mientras ${missing.length === 1 ? 'falte' : 'falten'}, porque sin ${missing.length === 1 ? 'ella' : 'ellas'} no se sabe cuáles ya salieron; escriba de nuevo ${missing.length === 1 ? 'ese encabezado' : 'esos encabezados'} en la fila de títulos de la hoja`;
  },
  // Follow-up functions: RESUMEN_COMPROMISOS and COBERTURA (src/core/followup.ts)
  not_a_group: (d: Details) => `grupo ${v(d)} no válido: se esperaba un texto o un número`,
  bad_rows: (d: Details) => {
    const rows = d.rows as { row: number; issue: Issue }[];
    const rest = rows.length - 1;
    return `fila ${String(rows[0].row)} del rango: ${describe(rows[0].issue, d.timeZone as string | undefined)}${rest ? ` (y ${formatNumber(rest)} ${rest === 1 ? 'fila' : 'filas'} más)` : ''}`;
  },
  not_a_school: (d: Details) => `${v(d)} no es un código modular ni un nombre de II.EE.`,
  coverage_bad_total: (d: Details) => `total de II.EE. ${v(d)} no válido: se esperaba un número entero mayor que 0 o el rango del catálogo`,
  coverage_empty_catalog: () => 'el catálogo de II.EE. está vacío',
  coverage_more_than_total: (d: Details) => `hay ${n(d, 'benefited')} II.EE. beneficiadas distintas y el total es ${n(d, 'total')}`,
  coverage_unknown_schools: (d: Details) =>
    `${d.count === 1 ? 'una II.EE. beneficiada no está' : `${n(d, 'count')} II.EE. beneficiadas no están`} en el catálogo: ${(d.values as unknown[]).map((x) => showValue(x, d.timeZone as string | undefined)).join(', ')}${(d.count as number) > (d.values as unknown[]).length ? ', …' : ''}`,

  // Batch work on a sheet, templates, dashboard and the sidebar (src/gas)
  no_sheet: (d: Details) => `no existe la hoja ${v(d, 'sheet')}`,
  not_students: (d: Details) =>
    `la hoja ${v(d, 'sheet')} no parece una lista de alumnos: no encontré una columna de nombre ni datos para calcular algún resultado`,
  nothing_chosen: () => 'elija al menos un resultado para calcular',
  output_missing: (d: Details) => `no se puede calcular «${String(d.output)}»: falta la columna de ${String(d.missing)}`,
  bad_column: (d: Details) => `la columna ${String(d.column)} elegida para ${String(d.field)} no existe en la hoja`,
  column_twice: (d: Details) => `la columna ${String(d.column)} está elegida para ${String(d.first)} y para ${String(d.second)}`,
  computed_as_input: (d: Details) =>
    `la columna ${String(d.column)} (${v(d, 'header')}) la calculó el complemento: no puede usarse como ${String(d.field)}; elija la columna con los datos de la escuela`,
  config_blocks_writing: (d: Details) =>
    `no se escribió nada: ${String(d.problem)}. Corrija ese valor en la hoja Configuración (o en el panel Configuración) y vuelva a intentarlo`,
  function_missing: (d: Details) => `esta versión del complemento no tiene la función ${String(d.fn)}`,
  sheet_busy: () => 'otra persona está escribiendo en este libro; intente de nuevo en unos segundos',
  no_active_spreadsheet: () =>
    'no se encontró la hoja de cálculo activa: el complemento se ejecutó sin un libro abierto y no hizo nada; abra el libro y pulse «Enviar ahora» en el panel Convenios',
  not_our_sheet: (d: Details) => `ya existe una hoja ${v(d, 'sheet')} que no creó el complemento: cámbiele el nombre y vuelva a intentarlo`,
  unexpected: (d: Details) => `ocurrió un problema inesperado (${String(d.message)}); si se repite, avise a quien instaló el complemento`,
} satisfies Record<string, (d: Details) => string>;

export type IssueCode = keyof typeof MESSAGES;

const planTitle = (d: Details) => `Plan ${String(d.plan)} ${PLAN_NAMES[d.plan as Plan]}`;
const cite = ' (Cap. XI, Art. 2)';
/** Plans II, III and IV renew on the promedio "en ordinario" (no subject owed). */
const ordinario = (d: Details) => (d.plan === 'II' || d.plan === 'III' || d.plan === 'IV' ? ' en ordinario' : '');
const subjects = (count: number) => (count === 1 ? '1 materia' : `${formatNumber(count)} materias`);
const years = (count: number) => (count === 1 ? '1 año' : `${formatNumber(count)} años`);

/** "1 día", "3 días"; "" for 0 so a subject can leave the part out. */
const count = (k: number, one: string, many: string) => (k === 0 ? '' : `${formatNumber(k)} ${k === 1 ? one : many}`);
const day = (d: Details, key: string) => formatDay(d[key] as number);
/** "a, b y c". */
const listOf = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`);

/** Sentences that explain a result (not a problem): BECA_MOTIVO, RENUEVA_BECA, … */
const REASONS = {
  no_plan: () => `sin plan de beca${cite}`,
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
  // Reminder emails and convenio flags (seeds 000 and 001)
  reminder_subject: (d: Details) =>
    `Compromisos al ${day(d, 'today')}: ${[count(d.overdue as number, 'vencido', 'vencidos'), count(d.upcoming as number, 'por vencer', 'por vencer')].filter(Boolean).join(' y ')}`,
  reminder_greeting: (d: Details) => (d.responsable ? `Hola, ${String(d.responsable)}:` : 'Hola:'),
  reminder_intro: (d: Details) => `Estos compromisos a su cargo necesitan atención (fecha de corte ${day(d, 'today')}):`,
  reminder_when: (d: Details) => {
    const left = d.daysLeft as number;
    if (left < 0) return `venció hace ${count(-left, 'día', 'días')}, el ${day(d, 'deadline')}`;
    if (left === 0) return `vence hoy, ${day(d, 'deadline')}`;
    if (left === 1) return `vence mañana, ${day(d, 'deadline')}`;
    return `vence en ${left} días, el ${day(d, 'deadline')}`;
  },
  reminder_no_description: () => '(compromiso sin descripción)',
  daily_run_failed: (d: Details) => `Avisos diarios: no se enviaron: ${String(d.error)}`,
  reminders_stale_trigger: () =>
    'Avisos diarios: este activador ya no es el registrado en el libro (otra cuenta tomó el control o se desactivaron); se eliminó sin enviar nada.',
  reminder_footer: () =>
    `Cuando un compromiso se cumpla, escriba «Cumplido» en su estado y no recibirá más avisos de él. Aviso enviado por el complemento ${SENDER_NAME}.`,
  /** A row the panel lists for review: "Fila 7: fecha «31/02/2026» …". */
  row_problem: (d: Details) => `Fila ${String(d.row)}: ${describe(d.issue as Issue)}`,
  reminder_bad_address: (d: Details) =>
    `sin correo válido para ${d.responsable ? String(d.responsable) : 'el responsable'}: ${d.invalid ? `${v(d, 'invalid')} no es un correo` : 'la celda Correo está vacía'}`,
  reminder_some_bad_addresses: (d: Details) =>
    `${v(d, 'invalid')} no es un correo: el aviso para ${d.responsable ? String(d.responsable) : 'el responsable'} sale solo a ${String(d.valid)}`,
  reminder_ladder: (d: Details) => {
    const steps = [...new Set(d.steps as number[])].sort((a, b) => b - a);
    const before = steps.filter((x) => x > 0);
    const repeat = d.repeatDays as number;
    const parts = [
      before.length ? `${listOf(before.map((x) => formatNumber(x)))} ${before.length === 1 && before[0] === 1 ? 'día' : 'días'} antes de la fecha límite` : '',
      steps.includes(0) ? 'el mismo día' : '',
      `${repeat === 1 ? 'cada día' : repeat === 7 ? 'cada semana' : `cada ${formatNumber(repeat)} días`} mientras esté vencido`,
    ].filter(Boolean);
    return `Avisos por correo a cada responsable: ${listOf(parts)}.`;
  },
  reminder_deferred: (d: Details) =>
    `no alcanza la cuota diaria de correos (quedan ${n(d, 'quota')} destinatarios y este aviso necesita ${n(d, 'recipients')}): sale en la próxima ejecución`,
  reminder_unconfirmed: () =>
    'la ejecución se detuvo mientras se enviaba este correo y no se sabe si salió: búsquelo en «Enviados» de Gmail; si salió, escriba «Enviado» en Resultado; si no, borre esta fila y el próximo envío lo mandará (mientras diga «Sin confirmar» no se reenvía)',
  stage_without_product: (d: Details) => `etapa ${String(d.stage)} sin su producto (${String(d.product)})`,
  signed_without_report: (d: Details) => `firmado el ${day(d, 'signed')} y sin reporte de seguimiento ${count(d.months as number, 'mes', 'meses')} después`,
  vigencia_ending: (d: Details) =>
    d.daysLeft === 0 ? `su vigencia termina hoy, ${day(d, 'end')}` : `su vigencia termina el ${day(d, 'end')}, en ${count(d.daysLeft as number, 'día', 'días')}`,
  vigencia_ended: (d: Details) => `su vigencia terminó el ${day(d, 'end')}`,

  // Batch work on a sheet (src/gas/students.ts, npm run calc)
  batch_detected: (d: Details) =>
    `hoja ${v(d, 'sheet')}: ${n(d, 'students')} alumnos; columnas: ${String(d.columns)}${d.subjects ? `; materias: ${String(d.subjects)}` : ''}`,
  batch_done: (d: Details) =>
    `hoja ${v(d, 'sheet')}: ${d.mode === 'formulas' ? 'fórmulas vivas' : 'valores'} de ${String(d.outputs)} para ${n(d, 'students')} alumnos`,
  batch_skipped: (d: Details) => `hoja ${v(d, 'sheet')}: no parece una lista de alumnos, no se tocó`,
  batch_untouched: (d: Details) => `hoja ${v(d, 'sheet')}: no se tocó, para no reemplazar esos datos`,
  batch_conflict: (d: Details) =>
    `la columna ${String(d.column)} tiene ${n(d, 'cells')} ${d.cells === 1 ? 'celda' : 'celdas'} con datos que el complemento no escribió (por ejemplo ${v(d, 'example')}); se reemplazarían`,
  batch_edited: (d: Details) =>
    `la columna ${String(d.column)} (${v(d, 'header')}) tiene cambios hechos a mano desde el último cálculo: ${n(d, 'cells')} ${d.cells === 1 ? 'celda tiene' : 'celdas tienen'} otro dato que el que se calcula ahora (por ejemplo ${String(d.cell)}: ${v(d, 'example')}); se reemplazarían`,
  batch_confirm: () => '¿Reemplazar esos datos con los resultados calculados?',
  batch_cancelled: () => 'No se cambió nada.',
  template_created: (d: Details) => `hoja ${v(d, 'sheet')} creada`,
  template_exists: (d: Details) => `la hoja ${v(d, 'sheet')} ya existe: no se modificó`,
  dashboard_done: (d: Details) => `hoja ${v(d, 'sheet')} actualizada con el resumen de ${v(d, 'source')} (${n(d, 'students')} alumnos)`,
} satisfies Record<string, (d: Details) => string>;

export type ReasonCode = keyof typeof REASONS;

/** The name the reminder emails come from. */
export const SENDER_NAME = 'Secretaría escolar';

/**
 * When a daily trigger `atHour(hour)` runs: Apps Script picks a time within that hour and keeps it
 * (Installable triggers guide, "Time-driven triggers"), so the add-on never promises «a las 7:00».
 */
export function deliveryWindow(hour: number): string {
  return `entre las ${hour}:00 y las ${(hour + 1) % 24}:00`;
}

/** The fixed words student functions put in cells, so CONTAR.SI and conditional formats can match them. */
export const EXAM_RIGHT_WORDS = { with: 'Con derecho', without: 'Sin derecho' } as const;
export const PROMOTION_WORDS: Record<PromotionStatus, string> = {
  regular: 'Regular',
  promoted_owing: 'Promovido con adeudo',
  not_promoted: 'No promovido',
  dropped: 'Baja por adeudo',
};
export const RENEWAL_WORDS: Record<RenewalState, string> = { renews: 'Renueva', not_renewed: 'No renueva', cancelled: 'Cancelada', no_beca: 'Sin beca' };

/** The fixed words of the follow-up functions (seed 000, stage Seguimiento; seed 001). */
export const FOLLOW_UP_WORDS: Record<FollowUpState, string> = {
  done: 'Cumplido',
  cancelled: 'Cancelado',
  no_date: 'Sin fecha',
  overdue: 'Vencido',
  due_soon: 'Por vencer',
  on_time: 'En plazo',
};
export const VIGENCIA_WORDS: Record<VigenciaState, string> = { in_force: 'Vigente', ending: 'Por vencer', ended: 'Vencido', indefinite: 'Indefinida' };
/** RESUMEN_COMPROMISOS: its header, its closing rows, and the group of rows that name none. */
export const COMMITMENT_SUMMARY_WORDS = {
  header: ['Grupo', 'Total', 'Cumplidos', 'Pendientes', 'Vencidos', 'Cancelados', '% Cumplimiento'],
  total: 'Total',
  noGroup: '(sin grupo)',
  errors: 'Filas con error',
} as const;

/** The Spanish sentence that explains a result. */
export function explain(reason: { code: ReasonCode; [detail: string]: unknown }): string {
  return REASONS[reason.code](reason);
}

/** "10 %: Plan I Continuidad, promedio 8,5 ≥ 8,0 y cursó el nivel anterior (Cap. XI, Art. 2)" */
export function explainBeca(beca: Beca): string {
  return `${formatPercent(beca.fraction)}: ${explain(beca.reason)}`;
}

/**
 * The Spanish sentence for an issue, without the "Error: " prefix. Dates the user typed are shown
 * as the calendar day in `timeZone`, the spreadsheet's; custom functions always pass it.
 */
export function describe(issue: Issue, timeZone?: string): string {
  return MESSAGES[issue.code](timeZone ? { ...issue, timeZone } : issue);
}

/** The text a custom function puts in a cell for a bad row. */
export function errorText(issue: Issue, timeZone?: string): string {
  return `Error: ${describe(issue, timeZone)}`;
}

/** The Diagnóstico (menu «Diagnóstico», src/core/diagnostico.ts): check names, what was expected and seen, verdicts. */
export const DIAGNOSTIC_WORDS = {
  title: 'Diagnóstico del complemento',
  /** The scratch sheet it writes its formulas in and deletes. */
  scratchSheet: 'Diagnóstico (temporal)',
  intro:
    'Cada revisión compara lo que el complemento da por hecho con lo que Google respondió en este libro. Si alguna dice «distinto», copie esta tabla (también está en el registro de ejecución) y envíela a quien instaló el complemento.',
  headers: ['Revisión', 'Se esperaba', 'Se vio', 'Resultado'],
  verdicts: { ok: 'OK', distinto: 'distinto', no_aplica: 'no aplica' },
  checks: {
    authorization: 'Permisos concedidos',
    locale: 'Configuración regional',
    timeZone: 'Zona horaria',
    customFunction: 'Función personalizada en una fórmula',
    arrayLiteral: 'Matriz {…} escrita por el complemento',
    triggers: 'Activadores que lista Google',
    mailQuota: 'Correos que quedan hoy',
    logRoom: 'Espacio de la Bitácora de avisos',
    scratch: 'Hoja temporal del diagnóstico',
  },
  failed: (message: string) => `falló: ${message}`,
  noScopeList: 'Google no dio la lista de permisos',
  scopes: (list: string[]) => (list.length ? list.join(', ') : 'ninguno'),
  authorizationExpected: (status: string, scopes: string) => `${status}; permisos: ${scopes}`,
  authorizationSeen: (status: string, scopes: string, missing: string, extra: string) =>
    `${status}; permisos: ${scopes}${missing ? `; faltan: ${missing}` : ''}${extra ? `; además: ${extra}` : ''}`,
  localeExpected: (locale: string, shown: string) => `${locale}, que muestra 8.5 como «${shown}» (coma entre argumentos)`,
  localeSeen: (locale: string, shown: string) => `${locale}, que muestra 8.5 como «${shown}»`,
  formulaResult: (formula: string, value: string) => `${formula} → ${value}`,
  cells: (values: string[]) => values.join(' / '),
  stillLoading: (value: string) => `${value} (seguía calculando al terminar de esperar)`,
  noTriggersExpected: (handler: string) => `ningún activador de ${handler} (los avisos diarios están desactivados)`,
  recordedTriggerExpected: (handler: string, id: string) => `${handler} (CLOCK) con el id registrado ${id}`,
  someTriggerExpected: (handler: string) => `un activador ${handler} (CLOCK)`,
  trigger: (handler: string, eventType: string, id: string) => `${handler} (${eventType}, id ${id})`,
  noTriggers: 'ninguno',
  triggersListed: 'la lista de activadores de esta cuenta en este proyecto',
  quotaExpected: 'al menos 1 destinatario (100 por día en cuentas personales, 1500 en Google Workspace)',
  quotaSeen: (n: number) => `${formatNumber(n)} ${n === 1 ? 'destinatario' : 'destinatarios'}`,
  noLog: (sheet: string) => `no existe la hoja «${sheet}» (se crea con el primer aviso)`,
  logRoomExpected: (limit: number) => `filas libres, o espacio en el libro para agregarlas (hasta ${formatNumber(limit)} celdas)`,
  logRoomSeen: (lastRow: number, maxRows: number, cells: number) =>
    `usa ${formatNumber(lastRow)} de ${formatNumber(maxRows)} filas (quedan ${formatNumber(maxRows - lastRow)}); el libro tiene ${formatNumber(cells)} celdas`,
  scratchExpected: (sheet: string) => `la hoja «${sheet}» creada y borrada al terminar`,
  scratchDeleted: 'borrada',
  scratchNotDeleted: (sheet: string, message: string) => `no se pudo borrar la hoja «${sheet}» (${message}): bórrela a mano`,
  scratchNotCreated: (message: string) => `no se pudo crear (${message}): no se revisaron la función ni la matriz`,
} as const;
