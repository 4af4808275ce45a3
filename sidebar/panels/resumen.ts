// Panel Resumen: students per beca plan, the legal minimum of becados per plan of study, promotion and exam rights; Crear tablero.
import type { ResumenView } from '../../src/api';
import { call } from '../rpc';
import { Status, busy, button, el, present, percent, table, uniqueId } from '../ui';
import type { Panel } from './panel';

function render(root: HTMLElement): void {
  const status = new Status();
  const selectId = uniqueId('hoja');
  const select = el('select', { id: selectId });
  const body = el('div', { class: 'panel-body' });
  const controls = el(
    'div',
    { class: 'field' },
    el('label', { for: selectId, text: 'Hoja de alumnos' }),
    select,
    el('div', { class: 'buttons' }, button('Actualizar', () => void load(select.value), 'primary'), button('Crear tablero', () => void dashboard())),
  );
  root.append(controls, status.node, body);

  const load = async (sheet?: string) => {
    const view = await busy(root, status, 'Contando alumnos', () => call('leerResumen', sheet));
    if (view) show(view);
  };

  const dashboard = async () => {
    const message = await busy(root, status, 'Escribiendo la hoja Tablero con sus gráficos', () => call('crearTablero', select.value || undefined));
    if (message) status.done(`Listo: ${message}.`);
  };

  const show = (v: ResumenView) => {
    select.replaceChildren(...v.sheets.map((name) => el('option', { value: name, text: name, selected: name === v.sheet })));
    const s = v.summary;
    const missing = (what: string) => el('p', { class: 'hint', text: `La hoja no tiene las columnas para ${what}.` });
    body.replaceChildren(
      ...present(
        el('p', {}, el('strong', { text: `${s.students} alumnos` }), s.rowsWithErrors ? ` · ${s.rowsWithErrors} filas con «Error:» por revisar` : ''),
        v.available.beca
          ? table('Alumnos por plan de beca', ['Plan', 'Alumnos', 'Con beca'], s.perPlan.filter((p) => p.students > 0).map((p) => [`${p.plan} ${p.name}`, p.students, p.granted]))
          : missing('calcular becas'),
        v.available.beca
          ? table(
              `Becados por plan de estudios (mínimo ${percent(s.minShare)}, LGE art. 149 fr. III)`,
              ['Plan de estudios', 'Con beca', 'Cumple'],
              s.perStudyPlan.map((g) => [g.studyPlan, `${g.withBeca} de ${g.students} (${percent(g.share)})`, g.meetsMinimum ? 'Sí' : 'No']),
            )
          : null,
        v.available.estatus ? table('Estatus de promoción', ['Estatus', 'Alumnos'], s.statuses.map((st) => [st.status, st.students])) : missing('el estatus de promoción'),
        v.available.derecho ? el('p', {}, 'Sin derecho a examen: ', el('strong', { text: String(s.withoutRight) })) : missing('el derecho a examen'),
        v.revision
          ? v.revision.lines.length
            ? table(v.revision.title, v.revision.header, v.revision.lines)
            : el('p', {}, `${v.revision.title}: ${v.revision.nothing.toLowerCase()}`)
          : null,
      ),
    );
    status.done(`Resumen de la hoja «${v.sheet}».`);
  };

  void load();
}

export const resumen: Panel = { id: 'resumen', title: 'Resumen', render };
