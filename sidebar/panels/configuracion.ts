// Panel Configuración: a form over the Configuración sheet; the server checks every value and names the wrong ones.
import type { ConfigView } from '../../src/api';
import { call } from '../rpc';
import { Status, busy, button, el, present, uniqueId } from '../ui';
import type { Panel } from './panel';

const RESET_LABEL = 'Restablecer valores del reglamento';
/** How long the reset stays armed after its first press. */
const RESET_WINDOW_MS = 8000;

function render(root: HTMLElement): void {
  const status = new Status();
  const form = el('form', { class: 'config', novalidate: true });
  root.append(el('p', { class: 'hint', text: 'Los valores del reglamento vienen por omisión. Cambie los de su escuela y pulse Guardar.' }), form, status.node);
  /** While armed, a second press of the reset button resets; it disarms by itself or on any other action. */
  let resetArmed: number | undefined;
  const disarm = () => {
    if (resetArmed === undefined) return;
    window.clearTimeout(resetArmed);
    resetArmed = undefined;
    status.clear();
  };

  const show = (view: ConfigView, problems: { clave: string; message: string }[] = view.issues) => {
    const byKey = new Map(problems.map((p) => [p.clave, p.message]));
    const fields = view.keys.map((k) => {
      const id = uniqueId('clave');
      const help = uniqueId('ayuda');
      const problem = byKey.get(k.clave);
      const input = el('input', { id, name: k.clave, value: k.value, 'aria-describedby': help, 'aria-invalid': problem ? 'true' : undefined });
      return el(
        'div',
        { class: problem ? 'field invalid' : 'field' },
        el('label', { for: id, text: k.clave }),
        input,
        el('small', { id: help, text: problem ?? `${k.description}. Reglamento: ${k.defaultValue || '(vacío)'}` }),
      );
    });
    const orphan = problems.filter((p) => !view.keys.some((k) => k.clave === p.clave));
    const notes = view.warnings.length
      ? el('div', { class: 'warning-text', role: 'note' }, el('p', { text: 'Avisos (no impiden calcular):' }), el('ul', {}, ...view.warnings.map((w) => el('li', { text: w.message }))))
      : null;
    form.replaceChildren(
      ...present(notes),
      ...fields,
      ...orphan.map((p) => el('p', { class: 'error-text', text: p.message })),
      el('div', { class: 'buttons' }, el('button', { type: 'submit', class: 'primary', text: 'Guardar' }), button(RESET_LABEL, () => void reset())),
    );
  };

  const load = async () => {
    const view = await busy(root, status, 'Leyendo la hoja Configuración', () => call('leerConfiguracion'));
    if (view) show(view);
  };

  const values = () => Object.fromEntries(Array.from(form.querySelectorAll('input')).map((i) => [i.name, i.value]));

  form.addEventListener('input', disarm);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    disarm();
    void (async () => {
      const saved = await busy(root, status, 'Guardando la configuración', () => call('guardarConfiguracion', values()));
      if (!saved) return;
      if (saved.saved) {
        show(saved.view);
        status.done('Configuración guardada. Las fórmulas vivas se recalculan solas.');
      } else {
        const current = await call('leerConfiguracion').catch(() => undefined);
        if (current) show({ ...current, keys: current.keys.map((k) => ({ ...k, value: values()[k.clave] ?? k.value })) }, saved.issues);
        status.error(`No se guardó nada: ${saved.issues.length === 1 ? 'hay un valor incorrecto' : `hay ${saved.issues.length} valores incorrectos`}. ${saved.issues[0].message}`);
        form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      }
    })();
  });

  /** Resetting asks once more in the panel: the first press arms it, the second does it. */
  const reset = async () => {
    if (resetArmed === undefined) {
      status.error(`¿Seguro? Se perderán los valores propios de su escuela. Pulse «${RESET_LABEL}» otra vez en los próximos ${RESET_WINDOW_MS / 1000} segundos para confirmar.`);
      resetArmed = window.setTimeout(disarm, RESET_WINDOW_MS);
      return;
    }
    window.clearTimeout(resetArmed);
    resetArmed = undefined;
    const done = await busy(root, status, 'Restableciendo los valores del reglamento', () => call('restablecerConfiguracion'));
    if (done && done.saved) {
      show(done.view);
      status.done('Se restablecieron los valores del reglamento.');
    }
  };

  void load();
}

export const configuracion: Panel = { id: 'configuracion', title: 'Configuración', render };
