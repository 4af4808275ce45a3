// The size of dist/Code.js and the time to load it into a fresh V8 context, as Apps Script does on every call.
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { bundleCode } from '../test/helpers/bundle';
import { Section, median, ms } from './report';

export const MAX_LOAD_MS = 20;
const RUNS = 15;

export function bundleSection(): Section {
  const code = bundleCode();
  const bytes = Buffer.byteLength(code);
  const emptyTimes: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const startEmpty = performance.now();
    vm.runInContext('0', vm.createContext({}));
    emptyTimes.push(performance.now() - startEmpty);
    // A distinct source each time, so V8's compilation cache cannot make a load look warm.
    const source = `${code}\n// carga ${i}`;
    const start = performance.now();
    const context = vm.createContext({});
    vm.runInContext(source, context, { filename: 'Code.js' });
    times.push(performance.now() - start);
  }
  const load = median(times);
  return {
    title: 'Paquete dist/Code.js',
    table: {
      header: ['medida', 'valor'],
      rows: [
        ['tamaño', `${(bytes / 1024).toFixed(1)} KB`],
        ['tamaño comprimido (gzip)', `${(gzipSync(code).length / 1024).toFixed(1)} KB`],
        [`carga en un contexto V8 nuevo (mediana de ${RUNS})`, ms(load)],
        ['carga más lenta', ms(Math.max(...times))],
        ['de ella, crear el contexto vacío (mediana)', ms(median(emptyTimes))],
      ],
    },
    checks: [{ target: `carga < ${MAX_LOAD_MS} ms`, measured: ms(load), pass: load < MAX_LOAD_MS }],
  };
}
