// Panel Convenios: daily reminders on or off at an hour, what is overdue and next, preview, send now, last run, tablero, consolidation.
import { deliveryWindow } from '../../src/core/es/words';
import type { ConveniosView, EmailPreview, LastRunView } from '../../src/api';
import { call } from '../rpc';
import { Status, busy, button, el, present, table, uniqueId } from '../ui';
import type { Panel } from './panel';

const MODE = { automática: 'automática', manual: 'manual (Enviar ahora)' } as const;

function lastRunNode(run: LastRunView | null): HTMLElement {
  if (!run) return el('p', { class: 'hint', text: 'Todavía no se han enviado avisos desde este libro.' });
  const s = run.summary;
  return el(
    'div',
    { class: 'last-run' },
    el('p', {}, el('strong', { text: 'Última ejecución: ' }), `${run.when}, ${MODE[run.mode]}`),
    run.error
      ? el('p', { class: 'error-text', role: 'alert', text: run.error })
      : el('p', { text: `${s.sent} correo(s) enviado(s) con ${s.reminders} aviso(s) · ${s.deferred} diferido(s) por la cuota · ${s.invalid} con correo no válido · ${s.failed} con error` }),
    s.deferred || s.invalid || s.failed ? el('p', { class: 'hint', text: 'El detalle de cada correo está en la hoja «Bitácora de avisos».' }) : null,
    s.unconfirmed
      ? el('p', {
          class: 'error-text',
          role: 'alert',
          text: `${s.unconfirmed} correo(s) «Sin confirmar» en la Bitácora: una ejecución se detuvo mientras salían y no se reenvían solos. Búsquelos en «Enviados» de Gmail: si salieron, escriba «Enviado» en Resultado; si no, borre la fila y saldrán en el próximo envío.`,
        })
      : null,
    run.dashboardError ? el('p', { class: 'error-text', role: 'alert', text: `Los correos salieron, pero el «Tablero de convenios» no se actualizó: ${run.dashboardError}` }) : null,
    run.pagos
      ? el('p', {
          text: `Resumen de pagos a la administración: ${run.pagos.sent ? `enviado con ${run.pagos.reminders} novedad(es)` : run.pagos.emails ? 'no salió (vea la Bitácora)' : 'sin novedades'}`,
        })
      : null,
    run.pagosError ? el('p', { class: 'error-text', role: 'alert', text: `El resumen de pagos no se pudo preparar: ${run.pagosError}` }) : null,
  );
}

/** "3 correo(s) enviado(s), 2 diferido(s) por la cuota y 1 con correo no válido": only the counts that are not 0 after the first. */
function sentWords(s: LastRunView['summary']): string {
  const rest = [
    s.deferred ? `${s.deferred} diferido(s) por la cuota` : '',
    s.invalid ? `${s.invalid} con correo no válido` : '',
    s.failed ? `${s.failed} con error` : '',
    s.unconfirmed ? `${s.unconfirmed} sin confirmar de antes` : '',
  ].filter(Boolean);
  return [`${s.sent} correo(s) enviado(s)`, ...rest].join(', ');
}

const days = (d: number) => (d < 0 ? `hace ${-d} d` : d === 0 ? 'hoy' : d === 1 ? 'mañana' : `en ${d} d`);

function commitmentsTable(caption: string, items: ConveniosView['overdue']): HTMLElement {
  if (items.length === 0) return el('p', { class: 'hint', text: `${caption}: ninguno.` });
  return table(
    `${caption} (${items.length})`,
    ['Compromiso', 'Vence'],
    items.map((i) => [`${i.numero ? `${i.numero} · ` : ''}${i.compromiso} (${[i.iiee, i.responsable].filter(Boolean).join(', ')})`, `${i.fecha} ${days(i.dias)}`]),
  );
}

function previewNode(day: string, emails: EmailPreview[]): HTMLElement {
  if (emails.length === 0) return el('p', { class: 'hint', text: `Sin correos pendientes para el ${day}.` });
  return el(
    'div',
    { class: 'preview' },
    el('p', {}, el('strong', { text: `Correos del ${day}: ${emails.length}` })),
    ...emails.map((e) =>
      el(
        'details',
        {},
        el('summary', { text: `${e.to || '(sin correo)'}: ${e.reminders} aviso(s)` }),
        e.problem ? el('p', { class: 'error-text', text: `No sale: ${e.problem}` }) : null,
        e.note ? el('p', { class: 'hint', text: e.note }) : null,
        el('p', { class: 'hint', text: `Asunto: ${e.subject}${e.cc ? ` · Copia: ${e.cc}` : ''}` }),
        el('pre', { class: 'mail-body', style: 'white-space:pre-wrap;overflow-wrap:anywhere;font:12px/1.35 monospace;background:#f8f9fa;padding:6px', text: e.body }),
      ),
    ),
  );
}

function render(root: HTMLElement): void {
  const status = new Status();
  const hourId = uniqueId('hora');
  const hour = el('select', { id: hourId }, ...Array.from({ length: 24 }, (_, h) => el('option', { value: h, text: `${h}:00`, selected: h === 7 })));
  const ladder = el('p', { class: 'hint' });
  const schedule = el('p', {});
  const confirm = el('div', { class: 'confirm', hidden: true });
  const takeOver = button('Tomar el control', () => askTakeOver());
  takeOver.hidden = true;
  const last = el('div', {});
  const lists = el('div', {});
  const extra = el('div', {});
  root.append(
    ladder,
    el(
      'fieldset',
      { class: 'checks' },
      el('legend', { text: 'Avisos diarios' }),
      schedule,
      el('div', { class: 'field' }, el('label', { for: hourId, text: 'Hora del envío' }), hour),
      el('div', { class: 'buttons' }, button('Activar avisos', () => void enable(), 'primary'), button('Desactivar', () => void disable()), takeOver),
    ),
    el('div', { class: 'buttons' }, button('Vista previa', () => void preview()), button('Enviar ahora', () => askSend()), button('Actualizar', () => void load())),
    confirm,
    status.node,
    last,
    lists,
    el('div', { class: 'buttons' }, button('Crear tablero de convenios', () => void dashboard()), button('Consolidar fuentes', () => void consolidate())),
    extra,
  );

  const show = (v: ConveniosView) => {
    ladder.textContent = v.ladder;
    const r = v.reminders;
    const who = r.owner || 'una cuenta cuyo correo no es visible';
    schedule.textContent = r.on && r.hour !== null ? `Activados por ${who}${r.mine ? ' (usted)' : ''}, cada día ${deliveryWindow(r.hour)}.` : 'Desactivados.';
    takeOver.hidden = !r.on || r.mine;
    if (v.reminders.hour !== null) hour.value = String(v.reminders.hour);
    last.replaceChildren(lastRunNode(v.lastRun));
    lists.replaceChildren(
      ...present(
        el('p', { class: 'hint', text: `Fecha de corte ${v.today}${v.commitmentsSheet ? ` · hoja «${v.commitmentsSheet}»` : ' · no hay hoja de compromisos.'}` }),
        v.commitmentsSheet ? null : el('div', { class: 'buttons' }, button('Crear plantillas', () => void templates())),
        commitmentsTable('Vencidos', v.overdue),
        commitmentsTable('Próximos', v.upcoming),
        v.convenios.length
          ? table('Convenios con alertas', ['Convenio', 'Alerta'], v.convenios.map((c) => [`${c.numero ? `${c.numero} · ` : ''}${c.objeto}`, c.alerts.join('; ')]))
          : null,
        v.problems.length ? el('details', {}, el('summary', { text: `Filas por revisar (${v.problems.length})` }), el('ul', {}, ...v.problems.map((p) => el('li', { text: p })))) : null,
      ),
    );
  };

  const load = async () => {
    const v = await busy(root, status, 'Leyendo convenios y compromisos', () => call('leerConvenios'));
    if (v) show(v);
  };

  const templates = async () => {
    const lines = await busy(root, status, 'Creando las plantillas', () => call('crearPlantillas'));
    if (lines) {
      await load();
      status.done(lines.join('. '));
    }
  };

  const enable = async (takeControl = false) => {
    confirm.hidden = true;
    const v = await busy(root, status, 'Programando los avisos diarios', () => call('activarAvisos', Number(hour.value), takeControl));
    if (v) {
      show(v);
      status.done(`Listo: los avisos salen cada día ${deliveryWindow(Number(hour.value))}.`);
    }
  };

  const disable = async () => {
    const v = await busy(root, status, 'Quitando los avisos diarios', () => call('desactivarAvisos'));
    if (v) {
      show(v);
      status.done('Listo: los avisos diarios están desactivados.');
    }
  };

  const preview = async () => {
    const p = await busy(root, status, 'Preparando la vista previa', () => call('vistaPreviaAvisos'));
    if (p) extra.replaceChildren(previewNode(p.day, p.emails));
  };

  const ask = (question: string, yes: string, action: () => void) => {
    confirm.replaceChildren(
      el('p', { text: question }),
      el(
        'div',
        { class: 'buttons' },
        button(yes, action, 'primary'),
        button('Cancelar', () => {
          confirm.hidden = true;
        }),
      ),
    );
    confirm.hidden = false;
    confirm.querySelector('button')?.focus();
  };

  const askSend = () => ask('Se enviarán ahora los avisos que correspondan hoy y no se hayan enviado. ¿Continuar?', 'Sí, enviar', () => void send());

  const askTakeOver = () =>
    ask(
      `Los avisos diarios saldrán desde su cuenta cada día ${deliveryWindow(Number(hour.value))}. El activador de la otra cuenta se eliminará solo la próxima vez que se ejecute, sin enviar nada. ¿Tomar el control?`,
      'Sí, tomar el control',
      () => void enable(true),
    );

  const send = async () => {
    confirm.hidden = true;
    const v = await busy(root, status, 'Enviando los avisos', () => call('enviarAvisosAhora'));
    if (v) {
      show(v);
      const run = v.lastRun;
      if (!run || run.error) status.error('No se enviaron los avisos: vea el motivo abajo.');
      else if (run.summary.deferred || run.summary.invalid || run.summary.failed || run.summary.unconfirmed || run.dashboardError) status.error(`${sentWords(run.summary)}: vea el detalle abajo.`);
      else status.done(`Listo: ${run.summary.sent} correo(s) enviado(s).`);
    }
  };

  const dashboard = async () => {
    const d = await busy(root, status, 'Escribiendo el Tablero de convenios con sus gráficos', () => call('crearTableroConvenios'));
    if (d) status.done(`Listo: hoja «${d.sheet}» con ${d.convenios} convenio(s) y ${d.commitments} compromiso(s).`);
  };

  const consolidate = async () => {
    const sources = await busy(root, status, 'Consolidando las hojas de la lista Fuentes', () => call('consolidarFuentes'));
    if (!sources) return;
    extra.replaceChildren(
      table('Fuentes', ['Fuente', 'Estado', 'Filas'], sources.map((s) => [s.name, s.state, s.rows])),
      ...sources.filter((s) => s.detail).map((s) => el('p', { class: 'hint', text: `${s.name}: ${s.detail}` })),
    );
    status.done(`Listo: ${sources.reduce((n, s) => n + s.rows, 0)} compromiso(s) en la hoja «Compromisos consolidados».`);
  };

  void load();
}

export const convenios: Panel = { id: 'convenios', title: 'Convenios', render };
