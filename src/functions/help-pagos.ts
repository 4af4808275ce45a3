// The Ayuda entries of the payment functions (src/functions/pagos.ts), appended to help.ts's list.
import type { HelpEntry } from './help-entry';
import { BECA_STANDING_WORDS, EVALUATION_RIGHT_WORDS, PAYMENT_STATE_WORDS } from '../core/es/pagos';

const PAGOS = '{"05/02/2026", "", ""}';
const VENCE = '{"10/02/2026", "10/03/2026", "10/04/2026"}';
const CONFIG = { name: 'configuracion', optional: true };
const LEDGER = [{ name: 'pagos', shape: 'row' as const }, { name: 'vencimientos', shape: 'row' as const }, { name: 'hoy', optional: true }];

export const PAGOS_HELP: HelpEntry[] = [
  {
    name: 'MENSUALIDADES_ADEUDADAS',
    syntax: 'MENSUALIDADES_ADEUDADAS(pagos, vencimientos, [hoy], [configuracion])',
    summary: 'Mensualidades vencidas sin pago a la fecha de corte; la que vence ese mismo día aún no (Cap. IX, Art. 2 I).',
    call: `=MENSUALIDADES_ADEUDADAS(${PAGOS}, ${VENCE}, "15/04/2026")`,
    result: 2,
    output: 'number',
    params: [...LEDGER, CONFIG],
  },
  {
    name: 'ESTADO_PAGOS',
    syntax: 'ESTADO_PAGOS(pagos, vencimientos, [hoy], [configuracion])',
    summary: 'Dos columnas: Al corriente o Con adeudo, y el detalle con los meses adeudados.',
    call: `=ESTADO_PAGOS(${PAGOS}, ${VENCE}, "15/04/2026")`,
    result: [['Con adeudo', '2 mensualidades: marzo y abril']],
    output: 'table',
    words: Object.values(PAYMENT_STATE_WORDS),
    params: [...LEDGER, CONFIG],
  },
  {
    name: 'ADEUDO_COLEGIATURA',
    syntax: 'ADEUDO_COLEGIATURA(colegiatura, porcentaje_beca, pagos, vencimientos, [hoy], [fecha_dictamen], [configuracion])',
    summary: 'Importe adeudado: la primera mensualidad sin pago con beca, las siguientes sin ella (Cap. XI, Art. 1 VII).',
    call: `=ADEUDO_COLEGIATURA(2500, 30%, ${PAGOS}, ${VENCE}, "15/04/2026")`,
    result: 4250,
    output: 'number',
    params: [{ name: 'colegiatura' }, { name: 'porcentaje_beca' }, ...LEDGER, { name: 'fecha_dictamen', optional: true }, CONFIG],
  },
  {
    name: 'BECA_VIGENTE',
    syntax: 'BECA_VIGENTE(porcentaje_beca, pagos, vencimientos, [hoy], [fecha_dictamen], [configuracion])',
    summary: 'Dos columnas: Vigente, Cancelada, Sin beca o Aún no vigente, y el motivo con el artículo (Cap. XI, Art. 1 VII y IX).',
    call: `=BECA_VIGENTE(30%, ${PAGOS}, ${VENCE}, "15/04/2026")`,
    result: [['Cancelada', 'cancelada: la mensualidad de marzo venció el 10/03/2026 sin pago (Cap. XI, Art. 1 VII)']],
    output: 'table',
    words: Object.values(BECA_STANDING_WORDS),
    params: [{ name: 'porcentaje_beca' }, ...LEDGER, { name: 'fecha_dictamen', optional: true }, CONFIG],
  },
  {
    name: 'DERECHO_EVALUACION',
    syntax: 'DERECHO_EVALUACION(asistencias, sesiones, [justificadas], [mensualidades_adeudadas], [configuracion])',
    summary: 'Con derecho, o sin derecho a evaluación por asistencia (Cap. XII, Art. 1 III), por adeudo (Cap. IX, Art. 2 II) o por ambos.',
    call: '=DERECHO_EVALUACION(45, 50, 0, 1)',
    result: 'Sin derecho por adeudo',
    output: 'word',
    words: Object.values(EVALUATION_RIGHT_WORDS),
    params: [{ name: 'asistencias' }, { name: 'sesiones' }, { name: 'justificadas', optional: true }, { name: 'mensualidades_adeudadas', optional: true }, CONFIG],
  },
  {
    name: 'ADEUDO_DESERCION',
    syntax: 'ADEUDO_DESERCION(colegiatura, fecha_abandono, fecha_aviso, vencimientos, [hoy], [configuracion])',
    summary: 'Colegiaturas sin beca ni descuento que vencen del abandono al aviso de baja (Cap. IV, Art. 1 XVI).',
    call: '=ADEUDO_DESERCION(2500, "20/03/2026", "05/05/2026", {"10/02/2026", "10/03/2026", "10/04/2026", "10/05/2026"})',
    result: 2500,
    output: 'number',
    params: [{ name: 'colegiatura' }, { name: 'fecha_abandono' }, { name: 'fecha_aviso' }, { name: 'vencimientos', shape: 'row' }, { name: 'hoy', optional: true }, CONFIG],
  },
];
