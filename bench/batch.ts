// Issue 3's figures: the Alumnos batch on 10,000 students × 8 subjects (service calls, engine time) and the sidebar (size, first interaction).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { openRuntime } from '../local/runtime';
import { startLocalServer } from '../local/server';
import { READY_MARK, SHOWN_MARK } from '../sidebar/ui';
import { chromiumAvailable, launchChromium, CHROMIUM_PATH } from '../test/browser/chromium';
import { Section, median, ms } from './report';

const SUBJECTS = ['Matemáticas', 'Química', 'Física', 'Biología', 'Historia', 'Literatura', 'Inglés', 'Informática'];
const HEADERS = ['Matrícula', 'Nombre', 'Plan de estudios', 'Plan de beca', 'Promedio', 'Criterio', 'Asistencias', 'Sesiones', 'Sesiones del curso', 'Faltas justificadas', 'Calificación final', 'Adeudos anteriores', 'Adeudo de colegiatura', 'Horas de servicio', ...SUBJECTS];
const PLANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', ''];
const CRITERIA = ['sí', 'Delfín', 2, 'escolarizado', '30 %', 5, '40 %', ''];
const GRADES = [9, '8,5', 7, 10, 6, 'NP', 5, '9,5', 'SD', 8];
const OUTPUTS = ['beca', 'motivo', 'renovacion', 'derecho', 'calificacionFinal', 'faltasRestantes', 'estatus'];
export const STUDENTS = 10000;
const SMALL = 1000;
export const MAX_SIDEBAR_KB = 150;
/** Time from the sidebar's navigation to its tabs and first panel taking input. */
export const MAX_FIRST_INTERACTION_MS = 500;

/** A deterministic roster: every plan, failures, NP/SD, justified absences, decimal commas as text. */
export function roster(students: number): unknown[][] {
  const rows: unknown[][] = [HEADERS];
  for (let i = 0; i < students; i++) {
    const k = i % 8;
    rows.push([
      `26${String(i).padStart(5, '0')}`,
      `Alumno ${i + 1}`,
      i % 3 ? 'Bachillerato general' : 'Técnico en informática',
      PLANS[k],
      ((i * 7) % 50) / 10 + 5,
      CRITERIA[k],
      40 + (i % 25),
      64,
      80,
      i % 4,
      GRADES[i % 10],
      i % 5 === 0 ? 1 : 0,
      i % 50 === 0 ? 'sí' : 'no',
      i % 30,
      ...SUBJECTS.map((_, j) => GRADES[(i + j * 3) % 10]),
    ]);
  }
  return rows;
}

/** Service calls and wall time of one calcularAlumnos, as the sidebar sends it. */
async function batchRun(students: number, mode: 'valores' | 'formulas'): Promise<{ calls: number; byName: Record<string, number>; ms: number }> {
  const rt = await openRuntime({ sheets: { Alumnos: roster(students) } });
  const view = rt.run('detectarAlumnos') as { ok: true; data: { fields: { field: string; column: number | null }[]; subjects: number[] } };
  const columns = Object.fromEntries(view.data.fields.map((f) => [f.field, f.column]));
  const request = { sheet: 'Alumnos', columns, subjects: view.data.subjects, outputs: OUTPUTS, mode };
  rt.resetCalls();
  const start = performance.now();
  const answer = rt.run('calcularAlumnos', request) as { ok: boolean; error?: string };
  const elapsed = performance.now() - start;
  if (!answer.ok) throw new Error(answer.error);
  const byName = Object.fromEntries(Object.entries(rt.calls).filter(([name]) => /^(Range|Sheet|Spreadsheet|SpreadsheetApp)\./.test(name)));
  return { calls: Object.values(byName).reduce((a, b) => a + b, 0), byName, ms: elapsed };
}

export async function batchSection(): Promise<Section> {
  const small = await batchRun(SMALL, 'valores');
  const times: number[] = [];
  let large = small;
  for (let i = 0; i < 3; i++) {
    large = await batchRun(STUDENTS, 'valores');
    times.push(large.ms);
  }
  const formulas = await batchRun(STUDENTS, 'formulas');
  const smallFormulas = await batchRun(SMALL, 'formulas');
  const engine = median(times);
  return {
    title: `Cálculo por lotes: ${STUDENTS.toLocaleString('es-MX')} alumnos × ${SUBJECTS.length} materias, ${OUTPUTS.length} resultados`,
    table: {
      header: ['medida', `${SMALL.toLocaleString('es-MX')} alumnos`, `${STUDENTS.toLocaleString('es-MX')} alumnos`],
      rows: [
        ['llamadas a Spreadsheet (valores)', String(small.calls), String(large.calls)],
        ['  de ellas getValues / setValues', `${small.byName['Range.getValues'] ?? 0} / ${small.byName['Range.setValues'] ?? 0}`, `${large.byName['Range.getValues'] ?? 0} / ${large.byName['Range.setValues'] ?? 0}`],
        ['llamadas a Spreadsheet (fórmulas vivas)', String(smallFormulas.calls), String(formulas.calls)],
        ['tiempo en el motor, valores (mediana de 3)', ms(small.ms), ms(engine)],
        ['tiempo en el motor, fórmulas vivas', ms(smallFormulas.ms), ms(formulas.ms)],
      ],
    },
    checks: [
      { target: 'llamadas a Spreadsheet constantes (valores), sin importar las filas', measured: `${small.calls} y ${large.calls}`, pass: small.calls === large.calls },
      { target: 'llamadas a Spreadsheet constantes (fórmulas), sin importar las filas', measured: `${smallFormulas.calls} y ${formulas.calls}`, pass: smallFormulas.calls === formulas.calls },
      { target: 'un solo setValues por bloque de columnas', measured: String(large.byName['Range.setValues'] ?? 0), pass: (large.byName['Range.setValues'] ?? 0) === 1 },
    ],
  };
}

export async function sidebarSection(): Promise<Section> {
  const file = join(__dirname, '../dist/sidebar.html');
  const kb = statSync(file).size / 1024;
  const checks = [{ target: `dist/sidebar.html ≤ ${MAX_SIDEBAR_KB} KB`, measured: `${kb.toFixed(1)} KB`, pass: kb <= MAX_SIDEBAR_KB }];
  const rows = [['tamaño de dist/sidebar.html', `${kb.toFixed(1)} KB`]];
  if (!chromiumAvailable) {
    rows.push(['primera interacción en Chromium', `omitido: no hay Chromium en ${CHROMIUM_PATH}`]);
    return { title: 'Panel lateral', table: { header: ['medida', 'valor'], rows }, checks };
  }
  const server = await startLocalServer({ workbook: { sheets: { Alumnos: roster(300) } }, port: 0, save: false });
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    const shown: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.newPage();
      // The sidebar's calls go through the local page (its google.script.run posts to it), so the page is loaded too;
      // the time is the sidebar's own, from its navigation to the mark it sets once its first call is back.
      await page.goto(server.url);
      const frame = page.frameLocator('#barra');
      await frame.locator('button.primary:enabled', { hasText: /^Calcular$/ }).waitFor();
      const [show, ready] = await frame.locator('body').evaluate((_, marks) => marks.map((m) => performance.getEntriesByName(m)[0].startTime), [SHOWN_MARK, READY_MARK]);
      shown.push(show);
      times.push(ready);
      await page.close();
    }
    const first = median(shown);
    rows.push(['primera interacción en Chromium: pestañas y panel en pantalla (mediana de 5, desde que el panel empieza a cargar)', ms(first)]);
    rows.push(['primera respuesta del servidor local: hoja de 300 alumnos leída (mediana de 5)', ms(median(times))]);
    checks.push({ target: `primera interacción < ${MAX_FIRST_INTERACTION_MS} ms`, measured: ms(first), pass: first < MAX_FIRST_INTERACTION_MS });
  } finally {
    await browser.close();
    await server.close();
  }
  return { title: 'Panel lateral', table: { header: ['medida', 'valor'], rows }, checks };
}
