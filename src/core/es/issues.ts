// Every sentence a user reads about a problem, in Spanish, keyed by issue code: "what is wrong: expected X, got Y".
import type { Criterion } from '../becas';
import type { IssueCode } from '../codes';
import type { ConfigKind } from '../config';
import type { Issue } from '../result';
import { Details, Sentence, art, f, n, p, v } from './details';
import { formatNumber, showValue } from './format';
import { PAGOS_MESSAGES } from './pagos';
import { deliveryWindow } from './words';

/** What each plan's criterio holds, and whether "se esperaba" agrees with a plural. */
const CRITERIA: Record<Criterion, { what: string; plural?: boolean }> = {
  previous_level: { what: 'sí o no (cursó completo el nivel anterior en el sistema)' },
  first_place: { what: '1 (primer lugar de su carrera y sistema), Ganador (de GANADOR_EXCELENCIA) o Delfín' },
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
    case 'date':
      return 'una fecha dd/mm/aaaa, o nada';
    case 'rounding':
      return '«truncar» o «redondear»';
    case 'exemption':
      return '«todos» o «promedio»';
    case 'semesters':
      return 'una lista de semestres (números enteros de 1 a 20) separados por comas, por ejemplo 4, 6, 8';
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

export const MESSAGES = {
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
  criterion_plans_rows: (d: Details) => `planes_del_criterio debe ser una sola fila, con una celda por columna del criterio, y tiene ${n(d, 'rows')} filas`,
  criterion_plans_unknown: (d: Details) =>
    `planes_del_criterio, celda ${n(d, 'column')}: ${v(d)} no nombra planes de beca: se esperaban planes I a VIII o sus nombres, separados por comas, por ejemplo «II, III»`,
  criterion_plans_twice: (d: Details) =>
    `planes_del_criterio nombra el plan ${String(d.plan)} en las celdas ${n(d, 'first')} y ${n(d, 'second')}: cada plan tiene una sola columna de criterio`,
  criterion_plans_count: (d: Details) =>
    `planes_del_criterio tiene ${d.cells === 1 ? '1 celda' : `${n(d, 'cells')} celdas`} y criterio tiene ${d.columns === 1 ? '1 columna' : `${n(d, 'columns')} columnas`}: debe haber una celda por cada columna del criterio`,

  // Students: attendance (Cap. XII), grades, becas renewal and colegiatura
  field_not_a_number: (d: Details) => `${String(d.field)} ${v(d)} no es un número`,
  not_positive: (d: Details) => `${String(d.field)} ${v(d)} debe ser mayor que 0`,
  more_than: (d: Details) => `${String(d.field)} ${n(d, 'value')} es mayor que ${String(d.limitField)} ${n(d, 'limit')}`,
  attendance_exceeds_sessions: (d: Details) =>
    `asistencias ${n(d, 'attended')} y justificadas ${n(d, 'justified')} suman más que ${String(d.field)} ${n(d, 'sessions')}`,
  attended_and_absences: (d: Details) =>
    `asistencias ${v(d)} e inasistencias no se dan juntas: con inasistencias, el argumento asistencias debe ser "" (las asistencias son ${String(d.field)} − inasistencias)`,
  bad_grade: (d: Details) => `calificación ${v(d)} no válida: se esperaba un número de ${n(d, 'min')} a ${n(d, 'max')}, NP o SD`,
  bad_debt: (d: Details) => `adeudo de colegiatura ${v(d)} no válido: se esperaba sí, no o el importe adeudado`,
  beca_out_of_range: (d: Details) => `porcentaje de beca ${v(d)} fuera del rango de 0 % a 100 %`,
  unknown_payment_form: (d: Details) => `forma de pago ${v(d)} desconocida: se esperaba mensual, pago anticipado, pronto pago o la fecha del pago`,
  ...PAGOS_MESSAGES,
  // The period's grades (src/core/grades/)
  bad_semester: (d: Details) => `semestre ${v(d)} no válido: se esperaba un número entero de 1 en adelante (4, 4° o cuarto)`,
  bad_exam_grade: (d: Details) => `calificación del examen ${v(d)} no válida: se esperaba un número de 0 a ${n(d, 'max')} o NP`,
  not_period_grades: (d: Details) =>
    `la hoja ${v(d, 'sheet')} no tiene calificaciones del periodo: se necesita una fila de títulos con «Materia» y al menos un «Parcial» (una fila por alumno y materia), y ninguna otra hoja del libro la tiene`,
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
    d.why
      ? `la hoja ${v(d, 'sheet')} no parece una lista de alumnos: ${String(d.why)}`
      : `la hoja ${v(d, 'sheet')} no parece una lista de alumnos: no encontré una columna de nombre ni datos para calcular algún resultado`,
  no_students_rows: (d: Details) =>
    `la hoja ${v(d, 'sheet')} no tiene filas de alumnos bajo los encabezados: cada alumno necesita su nombre (o matrícula) y al menos un dato que calcular`,
  nothing_chosen: () => 'elija al menos un resultado para calcular',
  output_missing: (d: Details) => `no se puede calcular «${String(d.output)}»: falta la columna de ${String(d.missing)}`,
  bad_column: (d: Details) => `la columna ${String(d.column)} elegida para ${String(d.field)} no existe en la hoja`,
  column_twice: (d: Details) => `la columna ${String(d.column)} está elegida para ${String(d.first)} y para ${String(d.second)}`,
  computed_as_input: (d: Details) =>
    `la columna ${String(d.column)} (${v(d, 'header')}) la calculó el complemento: no puede usarse como ${String(d.field)}; elija la columna con los datos de la escuela`,
  config_blocks_writing: (d: Details) =>
    `no se escribió nada: ${String(d.problem)}. Corrija ese valor en la hoja Configuración (o en el panel Configuración) y vuelva a intentarlo`,
  sheet_busy: () => 'otra persona está escribiendo en este libro; intente de nuevo en unos segundos',
  no_active_spreadsheet: () =>
    'no se encontró la hoja de cálculo activa: el complemento se ejecutó sin un libro abierto y no hizo nada; abra el libro y pulse «Enviar ahora» en el panel Convenios',
  not_our_sheet: (d: Details) => `ya existe una hoja ${v(d, 'sheet')} que no creó el complemento: cámbiele el nombre y vuelva a intentarlo`,
  unexpected: (d: Details) => `ocurrió un problema inesperado (${String(d.message)}); si se repite, avise a quien instaló el complemento`,
} satisfies Record<IssueCode, Sentence>;

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
