// What a batch, a template, a dashboard or the daily run tells the user, and the Diagnóstico's report words.
import type { NoticeCode } from '../codes';
import { Details, Sentence, n, v } from './details';
import { formatNumber } from './format';
import { describe } from './issues';
import type { Issue } from '../result';

/** Notices of the batch on a sheet (src/gas/students.ts, npm run calc), templates, dashboards and the daily run. */
export const NOTICES = {
  daily_run_failed: (d: Details) => `Avisos diarios: no se enviaron: ${String(d.error)}`,
  reminders_stale_trigger: () =>
    'Avisos diarios: este activador ya no es el registrado en el libro (otra cuenta tomó el control o se desactivaron); se eliminó sin enviar nada.',
  /** A row the panel lists for review: "Fila 7: fecha «31/02/2026» …". */
  row_problem: (d: Details) => `Fila ${String(d.row)}: ${describe(d.issue as Issue)}`,
  batch_detected: (d: Details) =>
    `hoja ${v(d, 'sheet')}: ${n(d, 'students')} alumnos; columnas: ${String(d.columns)}${d.subjects ? `; materias: ${String(d.subjects)}` : ''}`,
  batch_done: (d: Details) =>
    `hoja ${v(d, 'sheet')}: ${d.mode === 'formulas' ? 'fórmulas vivas' : 'valores'} de ${String(d.outputs)} para ${n(d, 'students')} alumnos`,
  batch_skipped: (d: Details) => `hoja ${v(d, 'sheet')}: no se tocó${d.why ? `: ${String(d.why)}` : ', no parece una lista de alumnos'}`,
  batch_failed: (d: Details) => `hoja ${v(d, 'sheet')}: no se calculó y quedó como estaba: ${String(d.error)}`,
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
} satisfies Record<NoticeCode, Sentence>;

/** The Diagnóstico (menu «Diagnóstico», src/core/es/diagnostico.ts): check names, what was expected and seen, verdicts. */
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
    configPart: 'Fórmula con filas de Configuración (lee esquema.html)',
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
  scratchNotCreated: (message: string) => `no se pudo crear (${message}): no se revisaron las fórmulas`,
} as const;
