// The Ayuda examples of the student functions give the result they show.
import { FUNCTION_HELP } from '../../src/functions/help';
import * as server from '../../src/server';
import { parseFormula, showResult } from '../helpers/readme-examples';

const MINE = ['ASISTENCIA', 'DERECHO_EXAMEN', 'FALTAS_RESTANTES', 'CALIFICACION_FINAL', 'ESTATUS_PROMOCION', 'MATERIAS_REPROBADAS', 'RENUEVA_BECA', 'COLEGIATURA_NETA'];
const fns = server as unknown as Record<string, (...args: unknown[]) => unknown>;

test.each(MINE)('%s has an Ayuda entry whose example gives what it shows', (name) => {
  const help = FUNCTION_HELP.find((h) => h.name === name);
  expect(help).toBeDefined();
  const [formula, shown] = help!.example.split(' → ');
  const call = parseFormula(formula);
  expect(call.name).toBe(name);
  expect(showResult(fns[name](...call.args))).toBe(shown);
});
