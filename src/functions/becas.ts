// Custom functions over the becas rules (Cap. XI): BECA and BECA_MOTIVO.
import { Beca, becaFor } from '../core/becas';
import { criterionOf, readPlanColumns } from '../core/becas-columns';
import { explainBeca } from '../core/es/reasons';
import { Cell, isBlank } from '../core/parse';
import { ok } from '../core/result';
import { withContext } from './context';
import type { Out } from './rows';

/**
 * Porcentaje de la colegiatura que otorga la beca de cada alumno, según su plan (Cap. XI, Art. 2).
 * Devuelve una fracción: 0.1 es 10 %. Acepta una celda o un rango por argumento. «Sin beca», «Ninguna» o «No aplica» en el plan dan 0, como una celda vacía. Si la hoja tiene una columna de criterio por plan (un dictamen), pase las columnas juntas como criterio y en planes_del_criterio los planes de cada una: =BECA(D7:D23, E7:E23, F7:J23, Configuración!A:B, {"I", "II, III", "V, VII", "VI", "IV"}).
 * Ejemplo: =BECA(B2:B, C2:C, D2:D) o =BECA("I", 8.5, "Sí") → 0.1
 *
 * @param {"I"} plan Plan de beca: I a VIII (Continuidad, Excelencia, Académica, Parentesco, Protección y ayuda mutua, Personal, Deportiva, Empresas complementarias).
 * @param {8.5} promedio Promedio del alumno, de 5 a 10. Necesario para los planes I y II.
 * @param {"Sí"} criterio Según el plan: I cursó el nivel anterior (sí/no); II lugar 1 o Delfín; III lugar en el examen; IV mismo sistema, escolarizado o no escolarizado; V y VII porcentaje del comité; VI años de servicio («5 años»). Con planes_del_criterio, varias columnas.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @param {F6:J6} planes_del_criterio Opcional: una fila con una celda por columna del criterio, con los planes cuyo criterio está en esa columna («II, III»); cada alumno lee la columna de su plan.
 * @return Fracción de la colegiatura becada, o un texto «Error: …» que explica el dato incorrecto.
 * @customfunction
 */
export function BECA(plan: unknown, promedio: unknown, criterio: unknown, configuracion?: unknown, planes_del_criterio?: unknown) {
  return becaRows(plan, promedio, criterio, configuracion, planes_del_criterio, (beca) => beca.fraction);
}

/**
 * La razón del porcentaje de BECA, con el artículo del reglamento que se aplicó. Los argumentos son los de BECA, también planes_del_criterio.
 * Ejemplo: =BECA_MOTIVO("I", 8.5, "Sí") → «10 %: Plan I Continuidad, promedio 8,5 ≥ 8,0 y cursó el nivel anterior (Cap. XI, Art. 2)»
 *
 * @param {"I"} plan Plan de beca: I a VIII o su nombre.
 * @param {8.5} promedio Promedio del alumno, de 5 a 10.
 * @param {"Sí"} criterio El criterio del plan, como en BECA.
 * @param {Configuración!A:B} configuracion Opcional: la hoja Configuración, para recalcular cuando cambie.
 * @param {F6:J6} planes_del_criterio Opcional: los planes de cada columna del criterio, como en BECA.
 * @return Una frase que explica la beca, o «Error: …».
 * @customfunction
 */
export function BECA_MOTIVO(plan: unknown, promedio: unknown, criterio: unknown, configuracion?: unknown, planes_del_criterio?: unknown) {
  return becaRows(plan, promedio, criterio, configuracion, planes_del_criterio, explainBeca);
}

/**
 * BECA and BECA_MOTIVO read the same rows and differ only in what they show of each beca. With
 * planes_del_criterio, criterio is read a whole row at a time and each row takes its plan's column.
 */
function becaRows(plan: unknown, promedio: unknown, criterio: unknown, configuracion: unknown, planes: unknown, show: (beca: Beca) => Out) {
  const columns = planes === undefined || (!Array.isArray(planes) && isBlank(planes)) ? undefined : readPlanColumns(planes);
  // A single value or a 1×1 criterio is one cell, as in every other call, also beside planes_del_criterio.
  const byRows = columns !== undefined && Array.isArray(criterio) && !(criterio.length === 1 && Array.isArray(criterio[0]) && criterio[0].length === 1);
  return withContext(
    [
      { name: 'plan', value: plan },
      { name: 'promedio', value: promedio },
      { name: 'criterio', value: criterio, shape: byRows ? 'row' : 'cell' },
    ],
    configuracion,
    ([p, avg, c], ctx) => {
      let criterion: Cell = c;
      if (columns) {
        if (!columns.ok) return columns;
        const picked = criterionOf(p, byRows ? (c as Cell[]) : [c], columns.value);
        if (!picked.ok) return picked;
        criterion = picked.value;
      }
      const r = becaFor(p, avg, criterion, ctx.rules);
      return r.ok ? ok(show(r.value)) : r;
    },
  );
}
