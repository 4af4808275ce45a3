// Panel Resumen: students per beca plan, the legal minimum of becados per plan of study, promotion and exam rights; Crear tablero.
import type { ResumenView } from '../../src/api';
import { call } from '../rpc';
import { Status, busy, button, el, pesos, present, percent, table, uniqueId } from '../ui';
import type { Panel } from './panel';

/** The payment sheet's figures: debts per group and plan of study, becas cancelled, students without the right to evaluation. */
function pagos(p: ResumenView['pagos']): (HTMLElement | null)[] {
  if (!p) return [el('p', { class: 'hint', text: 'El libro no tiene hoja de pagos (una fila por alumno, una columna por mensualidad): Crear plantillas hace una.' })];
  const groups = (caption: string, head: string, rows: typeof p.perGroup) =>
    table(caption, [head, 'Con adeudo', 'Adeudo'], rows.map((g) => [g.name, `${g.withDebt} de ${g.students}`, pesos(g.owed)]));
  return [
    el('h3', { text: `Colegiaturas (hoja «${p.sheet}», al ${p.cutoff})` }),
    el('p', {}, el('strong', { text: `${p.withDebt} de ${p.students} alumnos con adeudo` }), ` · ${pesos(p.owed)} en total`),
    groups('Adeudo por grupo', 'Grupo', p.perGroup),
    groups('Adeudo por plan de estudios', 'Plan de estudios', p.perStudyPlan),
    el('p', {}, 'Becas canceladas por adeudo (Cap. XI, Art. 1 VII): ', el('strong', { text: String(p.becasCancelled.length) })),
    p.becasCancelled.length ? table('Becas canceladas', ['Alumno', 'Grupo', 'Desde'], p.becasCancelled.map((b) => [b.name, b.group, b.since])) : null,
    p.debtBlocksEvaluation
      ? el('p', {}, 'Sin derecho a evaluación por adeudo (Cap. IX, Art. 2 II): ', el('strong', { text: String(p.withoutEvaluation) }))
      : el('p', { class: 'hint', text: 'Una deuda no quita el derecho a evaluación (adeudo_bloquea_evaluacion: no).' }),
    p.problems.length ? el('ul', { class: 'notes' }, ...p.problems.map((t) => el('li', { text: t }))) : null,
  ];
}

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
        ...pagos(v.pagos),
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
