// Panel Alumnos: confirm which column is which, choose the results and how to write them, compute.
import type { ComputeRequest, StudentSheetView } from '../../src/api';
import { call } from '../rpc';
import { Status, busy, button, choiceGroup, el, present, uniqueId } from '../ui';
import type { Panel } from './panel';

type Mode = ComputeRequest['mode'];

function render(root: HTMLElement): void {
  const status = new Status();
  const body = el('div', { class: 'panel-body' });
  const footer = el(
    'p',
    { class: 'hint' },
    '¿Aún no tiene hojas de alumnos? ',
    button('Crear plantillas', () => void templates()),
  );
  root.append(body, status.node, footer);
  let view: StudentSheetView | undefined;

  const load = async () => {
    const got = await busy(root, status, 'Leyendo la hoja activa', () => call('detectarAlumnos'));
    if (got) show(got);
  };

  const templates = async () => {
    const lines = await busy(root, status, 'Creando las plantillas', () => call('crearPlantillas'));
    if (lines) status.done(lines.join('. '));
  };

  /** The mapping, subjects, results and mode as the form has them now. */
  const request = (): ComputeRequest => {
    const v = view!;
    const columns: ComputeRequest['columns'] = {};
    for (const f of v.fields) {
      const select = body.querySelector<HTMLSelectElement>(`select[data-field="${f.field}"]`)!;
      columns[f.field] = select.value === '' ? null : Number(select.value);
    }
    const checked = (name: string) => Array.from(body.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map((i) => i.value);
    const mode = (body.querySelector<HTMLInputElement>('input[name="modo"]:checked')?.value ?? 'formulas') as Mode;
    return { sheet: v.sheet, columns, subjects: checked('materia').map(Number), outputs: checked('resultado') as ComputeRequest['outputs'], mode };
  };

  /** Computes `req` (the form as it is, unless a confirmation passes the request it was asked for). */
  const compute = async (req: ComputeRequest = request()) => {
    closeConfirm();
    const what = `Calculando ${view!.students} alumnos (${req.mode === 'formulas' ? 'fórmulas vivas' : 'valores'})`;
    const answer = await busy(root, status, what, () => call('calcularAlumnos', req));
    if (!answer) return;
    if (answer.status === 'confirmar') askToReplace(req, answer.conflicts, answer.huella);
    else {
      status.done(`Listo: ${answer.message}.`);
      const again = await call('detectarAlumnos').catch(() => undefined);
      if (again) show(again, false);
    }
  };

  const save = async () => {
    const saved = await busy(root, status, 'Guardando las columnas', () => call('guardarMapeo', request()));
    if (saved) {
      show(saved, false);
      status.done('Columnas guardadas para esta hoja.');
    }
  };

  /** The open confirmation box, and the form controls it disabled. */
  let confirmBox: { node: HTMLElement; disabled: (HTMLInputElement | HTMLSelectElement | HTMLButtonElement)[] } | undefined;

  const closeConfirm = () => {
    if (!confirmBox) return;
    confirmBox.node.remove();
    confirmBox.disabled.forEach((c) => (c.disabled = false));
    confirmBox = undefined;
  };

  /**
   * The sheet has data where the results would go: list it and let the user decide. "Sí, reemplazar"
   * sends the very request that was answered, with the huella the server checks against the sheet;
   * the form stays disabled meanwhile, so what is confirmed is what was asked.
   */
  const askToReplace = (req: ComputeRequest, conflicts: string[], huella: string) => {
    const node = el(
      'div',
      { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-title', tabindex: -1 },
      el('p', { id: 'confirm-title', text: 'Hay datos que el complemento no escribió donde irían los resultados:' }),
      el('ul', {}, ...conflicts.map((c) => el('li', { text: c }))),
    );
    const yes = button('Sí, reemplazar', () => void compute({ ...req, confirmar: huella }), 'primary');
    const no = button('Cancelar', () => {
      closeConfirm();
      status.done('No se cambió nada.');
    });
    node.append(el('div', { class: 'buttons' }, yes, no));
    const disabled = Array.from(body.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input:not([disabled]), select:not([disabled]), button:not([disabled])'));
    disabled.forEach((c) => (c.disabled = true));
    body.append(node);
    confirmBox = { node, disabled };
    status.clear();
    yes.focus();
  };

  const show = (v: StudentSheetView, announce = true) => {
    closeConfirm();
    view = v;
    const fieldRows = v.fields.map((f) => {
      const id = uniqueId('campo');
      const select = el('select', { id, 'data-field': f.field }, el('option', { value: '', text: '— ninguna —' }));
      for (const c of v.columns) select.append(el('option', { value: c.index, text: `${c.letter} · ${c.header}`, selected: c.index === f.column }));
      return el('div', { class: 'field' }, el('label', { for: id, text: f.label }), select);
    });
    const subjects = choiceGroup(
      'Materias (una calificación por columna)',
      'checkbox',
      'materia',
      v.columns.map((c) => ({ value: c.index, label: `${c.letter} · ${c.header}`, checked: v.subjects.includes(c.index) })),
    );
    const outputs = choiceGroup(
      'Resultados que se agregan',
      'checkbox',
      'resultado',
      v.outputs.map((o) => ({
        value: o.id,
        label: o.label,
        checked: v.chosen.includes(o.id) && !o.missing.length,
        disabled: o.missing.length > 0,
        hint: o.missing.length ? `falta: ${o.missing.join(', ')}` : undefined,
      })),
    );
    const modes = choiceGroup('Cómo se escriben', 'radio', 'modo', [
      { value: 'formulas', label: 'Fórmulas vivas (para compartir: se recalculan solas)', checked: v.mode === 'formulas' },
      { value: 'valores', label: 'Valores (copia fija de fin de periodo)', checked: v.mode === 'valores' },
    ]);
    body.replaceChildren(
      ...present(
        el(
          'p',
          { class: 'sheet' },
          el('strong', { text: `Hoja «${v.sheet}»` }),
          ` · ${v.students} alumnos · encabezados en la fila ${v.headerRow}${v.remembered ? ' · columnas guardadas' : ''}`,
        ),
        v.preview.length ? el('p', { class: 'preview' }, 'Primeros: ', el('span', { class: 'names', text: v.preview.join(' · ') })) : null,
        v.notes.length ? el('ul', { class: 'notes', 'aria-label': 'Lo que se leyó de la hoja' }, ...v.notes.map((n) => el('li', { text: n }))) : null,
        el('details', { open: !v.remembered }, el('summary', { text: 'Columnas de la hoja' }), ...fieldRows, subjects),
        outputs,
        modes,
        el('div', { class: 'buttons' }, button('Calcular', () => void compute(), 'primary'), button('Guardar columnas', () => void save()), button('Volver a leer la hoja', () => void load())),
      ),
    );
    if (announce) status.done(`Se leyó la hoja «${v.sheet}»: revise las columnas y pulse Calcular.`);
  };

  body.append(el('p', { class: 'hint', text: 'Abra la hoja de sus alumnos y pulse «Leer la hoja activa».' }), el('div', { class: 'buttons' }, button('Leer la hoja activa', () => void load(), 'primary')));
  void load();
}

export const alumnos: Panel = { id: 'alumnos', title: 'Alumnos', render };
