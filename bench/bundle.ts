// The size of dist/Code.js in bytes and the time to load it into a fresh V8 context, as Apps Script does on every call;
// then the rest of the add-on (dist/aplicacion.html), which only the executions of the menu, the panel and the daily job compile.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { DIST, bundleCode, projectFiles } from '../test/helpers/bundle';
import { Section, median, ms } from './report';

/** Every custom-function execution pays the load: the rules schema is built only when a Configuración sheet has rows. */
export const MAX_LOAD_MS = 5;
const RUNS = 25;
/** A formula given one Configuración row: the first such call in a context builds the rules schema. */
const WITH_CONFIG = `DERECHO_EXAMEN(8, 10, 0, [['asistencia_minima', '90 %']])`;

export function bundleSection(): Section {
  const code = bundleCode();
  const bytes = Buffer.byteLength(code);
  const emptyTimes: number[] = [];
  const times: number[] = [];
  const schemaTimes: number[] = [];
  const appTimes: number[] = [];
  const parts = new Map(['aplicacion', 'esquema'].map((name) => [name, readFileSync(join(DIST, `${name}.html`), 'utf8')]));
  /** A part with a line of its own after its first, so V8's cache cannot compile it warm; its first and last lines stay. */
  const fresh = (name: string, i: number) => parts.get(name)!.replace('\n', `\n// carga ${i}\n`);
  for (let i = 0; i < RUNS; i++) {
    const startEmpty = performance.now();
    vm.runInContext('0', vm.createContext({}));
    emptyTimes.push(performance.now() - startEmpty);
    // A distinct source each time, so V8's compilation cache cannot make a load look warm.
    const source = `${code}\n// carga ${i}`;
    // The project's HTML files, each read afresh: the formula with Configuración compiles esquema.html.
    const files = projectFiles(DIST, (name) => fresh(name, i));
    const start = performance.now();
    const context = vm.createContext({ HtmlService: files });
    vm.runInContext(source, context, { filename: 'Code.js' });
    times.push(performance.now() - start);
    const startSchema = performance.now();
    vm.runInContext(WITH_CONFIG, context);
    schemaTimes.push(performance.now() - startSchema);
    // What Code.js's loader does with aplicacion.html in an execution of the panel, in a context of its own.
    const appContext = vm.createContext({ HtmlService: files });
    vm.runInContext(code, appContext, { filename: 'Code.js' });
    const startApp = performance.now();
    vm.runInContext('aplicacion_()', appContext);
    appTimes.push(performance.now() - startApp);
  }
  const load = median(times);
  return {
    title: 'Paquete dist/Code.js',
    table: {
      header: ['medida', 'valor'],
      rows: [
        ['tamaño', `${bytes.toLocaleString('es-MX')} bytes`],
        ['tamaño comprimido (gzip)', `${gzipSync(code).length.toLocaleString('es-MX')} bytes`],
        [`carga en un contexto V8 nuevo (mediana de ${RUNS})`, ms(load)],
        ['carga más lenta', ms(Math.max(...times))],
        ['de ella, crear el contexto vacío (mediana)', ms(median(emptyTimes))],
        ['después, la 1.ª fórmula con Configuración (construye el esquema; mediana)', ms(median(schemaTimes))],
        ['el resto del complemento, aplicacion.html: tamaño', `${Buffer.byteLength(parts.get('aplicacion')!).toLocaleString('es-MX')} bytes`],
        ['compilarlo, además, en una ejecución del menú, el panel o la tarea diaria (mediana)', ms(median(appTimes))],
      ],
    },
    checks: [{ target: `carga ≤ ${MAX_LOAD_MS} ms (mediana)`, measured: ms(load), pass: load <= MAX_LOAD_MS }],
  };
}
