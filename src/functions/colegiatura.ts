// Custom functions over a student's colegiatura: renewal of the beca (Cap. XI) and the net monthly amount (Cap. III, XI).
import { explain } from '../core/es/reasons';
import { RENEWAL_WORDS } from '../core/es/words';
import { netColegiatura } from '../core/payments';
import { renewalOf } from '../core/renewal';
import { ok } from '../core/result';
import { withContext } from './context';

/**
 * Si la beca se renueva el siguiente periodo, y por qué: dos columnas, estado («Renueva», «No renueva», «Cancelada» o «Sin beca») y motivo con el artículo. Un plan vacío, «Sin beca», «Ninguna» o «No aplica» da «Sin beca». Cualquier adeudo de colegiatura cancela la beca sin posibilidad de recuperarla (Cap. XI, Art. 1 VII). Requisitos (Cap. XI, Art. 2): I promedio ≥ 8; II alumno regular, promedio ≥ 9.5 en ordinario y 25 horas de servicio becario; III alumno regular y promedio ≥ 9.5 en ordinario; IV alumno regular y promedio ≥ 8 en ordinario; V alumno regular y promedio aprobatorio; VI promedio ≥ 8; VII no adeudar materias; VIII solo estar al corriente en colegiaturas.
 * Ejemplo: =RENUEVA_BECA(B2:B, C2:C, D2:D, E2:E, F2:F) o =RENUEVA_BECA("I", 8.5, 0, "No") → Renueva | Plan I Continuidad, promedio 8,5 ≥ 8,0 (Cap. XI, Art. 2, Plan I)
 *
 * @param {"I"} plan Plan de beca: I a VIII o su nombre; vacío, «Sin beca» o «Ninguna» si no tiene.
 * @param {8.5} promedio Promedio del periodo, de 5 a 10. No hace falta para los planes VII y VIII.
 * @param {0} materias_adeudadas Materias que adeuda (vacío es 0). Alumno regular es quien no adeuda ninguna.
 * @param {"No"} adeudo_colegiatura Si adeuda colegiaturas: sí/no, o el importe adeudado (vacío es no).
 * @param {30} horas_servicio Opcional: horas de servicio becario del periodo (vacío es 0); cuentan para el plan II.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Dos columnas por alumno: estado y motivo; o «Error: …» en la primera.
 * @customfunction
 */
export function RENUEVA_BECA(plan: unknown, promedio: unknown, materias_adeudadas: unknown, adeudo_colegiatura: unknown, horas_servicio?: unknown, configuracion?: unknown) {
  return withContext(
    [
      { name: 'plan', value: plan },
      { name: 'promedio', value: promedio },
      { name: 'materias_adeudadas', value: materias_adeudadas },
      { name: 'adeudo_colegiatura', value: adeudo_colegiatura },
      { name: 'horas_servicio', value: horas_servicio },
    ],
    configuracion,
    ([p, avg, owed, debt, hours], ctx) => {
      const r = renewalOf(p, avg, owed, debt, hours, ctx.rules);
      return r.ok ? ok([RENEWAL_WORDS[r.value.state], explain(r.value.reason)]) : r;
    },
    2,
  );
}

/**
 * La colegiatura mensual que se paga: primero la beca sobre la colegiatura y después el descuento por forma de pago sobre lo que queda, redondeado a centavos. La beca aplica solo a la colegiatura, nunca a la inscripción (Cap. XI, Art. 1 IV). Varias becas del mismo alumno se combinan como diga la Configuración (por omisión, solo la mayor, con tope de 100 %). Descuentos: pago anticipado de todo el periodo 10 % (Cap. III, Art. 1 X); pronto pago, dentro de los 10 primeros días, el porcentaje de la Configuración (Cap. III, Art. 1 XI).
 * Ejemplo: =COLEGIATURA_NETA(B2:B, C2:D, E2:E) o =COLEGIATURA_NETA(2500, 30%, "pago anticipado") → 1575
 *
 * @param {2500} colegiatura Colegiatura mensual, sin beca: 2500, "$2,500.00" o "2.500,50".
 * @param {0.3} porcentaje_beca Beca del alumno: 30 %, 0.3 o 30; una o varias columnas si tiene más de una beca. Vacío es sin beca.
 * @param {"pago anticipado"} forma_pago Opcional: mensual (o vacío), pago anticipado (adelantado, semestre, pago total) o pronto pago (primeros 10 días, puntual).
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return El importe mensual a pagar, o «Error: …».
 * @customfunction
 */
export function COLEGIATURA_NETA(colegiatura: unknown, porcentaje_beca: unknown, forma_pago?: unknown, configuracion?: unknown) {
  return withContext(
    [
      { name: 'colegiatura', value: colegiatura },
      { name: 'porcentaje_beca', value: porcentaje_beca, shape: 'row' },
      { name: 'forma_pago', value: forma_pago },
    ],
    configuracion,
    ([amount, becas, form], ctx) => netColegiatura(amount, becas as unknown[], form, ctx.rules),
  );
}
