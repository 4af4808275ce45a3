// The functions as the Ayuda dialog lists them: syntax, what it gives, one example, in Mexico's syntax or the sheet's.
import { FormulaSyntax, convertFormula, showValue } from '../core/formula-syntax';
import { GRADE_HELP } from './help-calificaciones';
import { EXAM_RIGHT_WORDS, FOLLOW_UP_WORDS, PROMOTION_WORDS, RENEWAL_WORDS, VIGENCIA_WORDS } from '../core/es/words';
import type { HelpEntry } from './help-entry';
import { PAGOS_HELP } from './help-pagos';

export interface FunctionHelp extends HelpEntry {
  /** `call → result` as a sheet in Mexico shows it: `=BECA("I", 8.5, "Sí") → 0.1`. */
  example: string;
}

/** The example as a sheet of that syntax shows it: `=BECA("I"; 8,5; "Sí") → 0,1` for semicolon locales. */
export function exampleIn(help: HelpEntry, syntax: FormulaSyntax): string {
  return `${convertFormula(help.call, 'comma', syntax)} → ${showValue(help.result, syntax)}`;
}

/** The syntax line in that syntax: `BECA(plan; promedio; criterio; [configuracion])`. */
export function syntaxIn(help: HelpEntry, syntax: FormulaSyntax): string {
  return convertFormula(help.syntax, 'comma', syntax);
}

const ENTRIES: HelpEntry[] = [
  {
    name: 'BECA',
    syntax: 'BECA(plan, promedio, criterio, [configuracion], [planes_del_criterio])',
    summary: 'Fracción de la colegiatura que otorga la beca según el plan (Cap. XI, Art. 2); con planes_del_criterio, cada alumno lee la columna de criterio de su plan.',
    call: '=BECA("I", 8.5, "Sí")',
    result: 0.1,
    output: 'fraction',
    params: [{ name: 'plan' }, { name: 'promedio' }, { name: 'criterio' }, { name: 'configuracion', optional: true }, { name: 'planes_del_criterio', shape: 'call', optional: true }],
  },
  {
    name: 'BECA_MOTIVO',
    syntax: 'BECA_MOTIVO(plan, promedio, criterio, [configuracion], [planes_del_criterio])',
    summary: 'La razón de la beca, con el artículo aplicado.',
    call: '=BECA_MOTIVO("III", , 2)',
    result: '50 %: Plan III Académica, segundo lugar en el examen (Cap. XI, Art. 2)',
    output: 'text',
    params: [{ name: 'plan' }, { name: 'promedio' }, { name: 'criterio' }, { name: 'configuracion', optional: true }, { name: 'planes_del_criterio', shape: 'call', optional: true }],
  },
  {
    name: 'RENUEVA_BECA',
    syntax: 'RENUEVA_BECA(plan, promedio, materias_adeudadas, adeudo_colegiatura, [horas_servicio], [configuracion])',
    summary: 'Dos columnas: si la beca se renueva (Renueva, No renueva, Cancelada) y el motivo con el artículo (Cap. XI, Art. 1 VII y Art. 2).',
    call: '=RENUEVA_BECA("II", 9.6, 0, "No", 30)',
    result: [['Renueva', 'Plan II Excelencia, alumno regular, promedio 9,6 en ordinario ≥ 9,5 y 30 horas de servicio becario ≥ 25 (Cap. XI, Art. 2, Plan II)']],
    output: 'table',
    words: Object.values(RENEWAL_WORDS),
    params: [
      { name: 'plan' },
      { name: 'promedio' },
      { name: 'materias_adeudadas' },
      { name: 'adeudo_colegiatura' },
      { name: 'horas_servicio', optional: true },
      { name: 'configuracion', optional: true },
    ],
  },
  {
    name: 'COLEGIATURA_NETA',
    syntax: 'COLEGIATURA_NETA(colegiatura, porcentaje_beca, [forma_pago], [configuracion])',
    summary: 'Colegiatura mensual tras la beca (solo colegiatura, Cap. XI, Art. 1 IV) y el descuento por pago anticipado o pronto pago (Cap. III, Art. 1 X y XI).',
    call: '=COLEGIATURA_NETA(2500, 30%, "pago anticipado")',
    result: 1575,
    output: 'number',
    params: [{ name: 'colegiatura' }, { name: 'porcentaje_beca', shape: 'row' }, { name: 'forma_pago', optional: true }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'ASISTENCIA',
    syntax: 'ASISTENCIA(asistencias, sesiones, [justificadas], [configuracion], [inasistencias])',
    summary: 'Fracción de asistencia; las faltas justificadas cuentan como asistencia (Cap. III, Art. 1 IX; Cap. VII). Con inasistencias, asistencias = sesiones − inasistencias.',
    call: '=ASISTENCIA(38, 50, 2)',
    result: 0.8,
    output: 'fraction',
    params: [{ name: 'asistencias' }, { name: 'sesiones' }, { name: 'justificadas', optional: true }, { name: 'configuracion', optional: true }, { name: 'inasistencias', optional: true }],
  },
  {
    name: 'DERECHO_EXAMEN',
    syntax: 'DERECHO_EXAMEN(asistencias, sesiones, [justificadas], [configuracion], [inasistencias])',
    summary: 'Con derecho a examen con al menos 80 % de asistencia; si no, Sin derecho (Cap. XII, Art. 1 III).',
    call: '=DERECHO_EXAMEN(40, 50)',
    result: 'Con derecho',
    output: 'word',
    words: Object.values(EXAM_RIGHT_WORDS),
    params: [{ name: 'asistencias' }, { name: 'sesiones' }, { name: 'justificadas', optional: true }, { name: 'configuracion', optional: true }, { name: 'inasistencias', optional: true }],
  },
  {
    name: 'FALTAS_RESTANTES',
    syntax: 'FALTAS_RESTANTES(asistencias, sesiones_impartidas, sesiones_del_curso, [justificadas], [configuracion], [inasistencias])',
    summary: 'Faltas que aún puede tener en el curso sin perder el derecho a examen; 0 si ya no le quedan o ya lo perdió (Cap. XII, Art. 1 III).',
    call: '=FALTAS_RESTANTES(18, 20, 50)',
    result: 8,
    output: 'number',
    params: [
      { name: 'asistencias' },
      { name: 'sesiones_impartidas' },
      { name: 'sesiones_del_curso' },
      { name: 'justificadas', optional: true },
      { name: 'configuracion', optional: true },
      { name: 'inasistencias', optional: true },
    ],
  },
  {
    name: 'CALIFICACION_FINAL',
    syntax: 'CALIFICACION_FINAL(calificacion, asistencias, sesiones, [justificadas], [configuracion], [inasistencias])',
    summary: 'La calificación, o 5 sin derecho a examen (Cap. XII, Art. 1 III); NP y SD dan 5; vacío si tiene derecho y aún no hay calificación.',
    call: '=CALIFICACION_FINAL(9, 35, 50)',
    result: 5,
    output: 'number',
    params: [{ name: 'calificacion' }, { name: 'asistencias' }, { name: 'sesiones' }, { name: 'justificadas', optional: true }, { name: 'configuracion', optional: true }, { name: 'inasistencias', optional: true }],
  },
  {
    name: 'ESTATUS_PROMOCION',
    syntax: 'ESTATUS_PROMOCION(calificaciones, [adeudos_anteriores], [configuracion])',
    summary: 'Regular, Promovido con adeudo, No promovido o Baja por adeudo, por fila de calificaciones (Cap. IX, Art. 1 III; Cap. X, Art. 1).',
    call: '=ESTATUS_PROMOCION({8, 9, 5, "NP"}, 0)',
    result: 'Promovido con adeudo',
    output: 'word',
    words: Object.values(PROMOTION_WORDS),
    params: [{ name: 'calificaciones', shape: 'row' }, { name: 'adeudos_anteriores', optional: true }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'MATERIAS_REPROBADAS',
    syntax: 'MATERIAS_REPROBADAS(calificaciones, [configuracion])',
    summary: 'Materias reprobadas por fila de calificaciones: menos de 6, NP o SD (Cap. XII, Art. 1 II).',
    call: '=MATERIAS_REPROBADAS({8, 5, "NP", 9})',
    result: 2,
    output: 'number',
    params: [{ name: 'calificaciones', shape: 'row' }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'SEGUIMIENTO',
    syntax: 'SEGUIMIENTO(fecha_limite, estado, [hoy], [dias_aviso], [configuracion])',
    summary: 'Estado de un compromiso según su fecha límite (etapa de Seguimiento): Cumplido, Cancelado, Sin fecha, Vencido, Por vencer (7 días antes) o En plazo.',
    call: '=SEGUIMIENTO("20/03/2026", "Pendiente", "15/03/2026")',
    result: 'Por vencer',
    output: 'word',
    words: Object.values(FOLLOW_UP_WORDS),
    params: [{ name: 'fecha_limite' }, { name: 'estado' }, { name: 'hoy', optional: true }, { name: 'dias_aviso', optional: true }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'DIAS_RESTANTES',
    syntax: 'DIAS_RESTANTES(fecha_limite, [hoy], [configuracion])',
    summary: 'Días de calendario hasta la fecha límite; negativo cuando ya pasó.',
    call: '=DIAS_RESTANTES("20/03/2026", "15/03/2026")',
    result: 5,
    output: 'number',
    params: [{ name: 'fecha_limite' }, { name: 'hoy', optional: true }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'VIGENCIA_CONVENIO',
    syntax: 'VIGENCIA_CONVENIO(fecha_fin, [hoy], [dias_aviso], [configuracion])',
    summary: 'Vigencia de un convenio: Vigente, Por vencer (90 días antes), Vencido o Indefinida.',
    call: '=VIGENCIA_CONVENIO("31/05/2026", "15/03/2026")',
    result: 'Por vencer',
    output: 'word',
    words: Object.values(VIGENCIA_WORDS),
    params: [{ name: 'fecha_fin' }, { name: 'hoy', optional: true }, { name: 'dias_aviso', optional: true }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'RESUMEN_COMPROMISOS',
    syntax: 'RESUMEN_COMPROMISOS(grupos, estados, [fechas_limite], [hoy], [configuracion])',
    summary: 'Tabla por grupo (aliado, estrategia, II.EE.): total, cumplidos, pendientes, vencidos, cancelados y % de cumplimiento, con una fila Total.',
    call: '=RESUMEN_COMPROMISOS({"MEDIAT"; "ESYA"; "mediat"}, {"Cumplido"; "Pendiente"; "Cancelado"}, {""; "10/03/2026"; ""}, "15/03/2026")',
    result: [
      ['Grupo', 'Total', 'Cumplidos', 'Pendientes', 'Vencidos', 'Cancelados', '% Cumplimiento'],
      ['ESYA', 1, 0, 1, 1, 0, 0],
      ['MEDIAT', 2, 1, 0, 0, 1, 1],
      ['Total', 3, 1, 1, 1, 1, 0.5],
    ],
    output: 'table',
    params: [{ name: 'grupos' }, { name: 'estados' }, { name: 'fechas_limite', optional: true }, { name: 'hoy', optional: true }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'COBERTURA',
    syntax: 'COBERTURA(iiee_beneficiadas, total_iiee, [configuracion])',
    summary: 'Fracción de II.EE. distintas beneficiadas (la medida del COMUSET); el total es un número o el rango del catálogo.',
    call: '=COBERTURA({"0234567"; "234567"; "0345678"}, 4)',
    result: 0.5,
    output: 'table',
    params: [{ name: 'iiee_beneficiadas' }, { name: 'total_iiee' }, { name: 'configuracion', optional: true }],
  },
];

/**
 * Each example is worded on its first read (the Ayuda dialog, the tests): converting them all when
 * the bundle loads was paid by every custom-function execution.
 */
export const FUNCTION_HELP: FunctionHelp[] = [...ENTRIES, ...PAGOS_HELP, ...GRADE_HELP].map((entry) => {
  let example: string | undefined;
  return Object.defineProperty({ ...entry }, 'example', { enumerable: true, get: () => (example ??= exampleIn(entry, 'comma')) }) as FunctionHelp;
});
