// Custom functions over the becas rules (Cap. XI): BECA and BECA_MOTIVO.
import { Beca, becaFor } from '../core/becas';
import { explainBeca } from '../core/es/reasons';
import { ok } from '../core/result';
import { withContext } from './context';
import type { Out } from './rows';

/**
 * Porcentaje de la colegiatura que otorga la beca de cada alumno, según su plan (Cap. XI, Art. 2).
 * Devuelve una fracción: 0.1 es 10 %. Acepta una celda o un rango por argumento.
 * Ejemplo: =BECA(B2:B, C2:C, D2:D) o =BECA("I", 8.5, "Sí") → 0.1
 *
 * @param {"I"} plan Plan de beca: I a VIII (Continuidad, Excelencia, Académica, Parentesco, Protección y ayuda mutua, Personal, Deportiva, Empresas complementarias).
 * @param {8.5} promedio Promedio del alumno, de 5 a 10. Necesario para los planes I y II.
 * @param {"Sí"} criterio Según el plan: I cursó el nivel anterior (sí/no); II lugar 1 o Delfín; III lugar en el examen; IV mismo sistema, escolarizado o no escolarizado; V y VII porcentaje del comité; VI años de servicio.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Fracción de la colegiatura becada, o un texto «Error: …» que explica el dato incorrecto.
 * @customfunction
 */
export function BECA(plan: unknown, promedio: unknown, criterio: unknown, configuracion?: unknown) {
  return becaRows(plan, promedio, criterio, configuracion, (beca) => beca.fraction);
}

/**
 * La razón del porcentaje de BECA, con el artículo del reglamento que se aplicó.
 * Ejemplo: =BECA_MOTIVO("I", 8.5, "Sí") → «10 %: Plan I Continuidad, promedio 8,5 ≥ 8,0 y cursó el nivel anterior (Cap. XI, Art. 2)»
 *
 * @param {"I"} plan Plan de beca: I a VIII o su nombre.
 * @param {8.5} promedio Promedio del alumno, de 5 a 10.
 * @param {"Sí"} criterio El criterio del plan, como en BECA.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @return Una frase que explica la beca, o «Error: …».
 * @customfunction
 */
export function BECA_MOTIVO(plan: unknown, promedio: unknown, criterio: unknown, configuracion?: unknown) {
  return becaRows(plan, promedio, criterio, configuracion, explainBeca);
}

/** BECA and BECA_MOTIVO read the same rows and differ only in what they show of each beca. */
function becaRows(plan: unknown, promedio: unknown, criterio: unknown, configuracion: unknown, show: (beca: Beca) => Out) {
  return withContext(
    [
      { name: 'plan', value: plan },
      { name: 'promedio', value: promedio },
      { name: 'criterio', value: criterio },
    ],
    configuracion,
    ([p, avg, c], ctx) => {
      const r = becaFor(p, avg, c, ctx.rules);
      return r.ok ? ok(show(r.value)) : r;
    },
  );
}
