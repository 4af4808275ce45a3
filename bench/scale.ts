// `npm run calc` on the demo workbook at 1,000, 10,000 and 50,000 students, each in a child process: wall time and peak RSS against issue 10's targets.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../local/demo';
import { Section } from './report';

export const SIZES = [1000, 10000, 50000];
/** Issue 10: 50,000 students in under 10 s and 1 GB, on this machine. */
export const MAX_CALC_MS = 10_000;
export const MAX_CALC_MB = 1024;

interface Run {
  ms: number;
  peakMB: number;
  trips: number;
}

/** Runs bench/calc-child.ts with tsx, as `npm run calc` runs local/calc.ts; the time is the whole process's. */
function child(book: string, output: string): Promise<Run> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'calc-child.ts'), book, output], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', fail);
    proc.on('close', (code) => {
      if (code !== 0) return fail(new Error(`npm run calc falló (código ${code})`));
      const last = JSON.parse(out.trim().split('\n').pop() as string) as Omit<Run, 'ms'>;
      done({ ...last, ms: performance.now() - start });
    });
  });
}

export async function scaleSection(): Promise<Section> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-calc-'));
  const runs: { students: number; run: Run; load: number }[] = [];
  for (const students of SIZES) {
    const book = join(dir, `demo-${students}.xlsx`);
    await generateDemo(book, { students, today: '2026-11-21' });
    const load = loadavg()[0];
    runs.push({ students, run: await child(book, join(dir, `calculado-${students}.xlsx`)), load });
  }
  const largest = runs[runs.length - 1];
  const n = (x: number) => x.toLocaleString('es-MX');
  return {
    title: 'npm run calc en el libro de demostración (un proceso por tamaño: tiempo total y memoria máxima)',
    table: {
      header: ['alumnos', 'tiempo', 'memoria máxima (RSS)', 'viajes en Google', 'carga al empezar'],
      rows: runs.map(({ students, run, load }) => [n(students), `${(run.ms / 1000).toFixed(1)} s`, `${n(run.peakMB)} MB`, String(run.trips), load.toFixed(1)]),
    },
    checks: [
      { target: `${n(largest.students)} alumnos en menos de ${MAX_CALC_MS / 1000} s`, measured: `${(largest.run.ms / 1000).toFixed(1)} s`, pass: largest.run.ms < MAX_CALC_MS },
      { target: `${n(largest.students)} alumnos con menos de ${n(MAX_CALC_MB)} MB`, measured: `${n(largest.run.peakMB)} MB`, pass: largest.run.peakMB < MAX_CALC_MB },
      { target: 'viajes en Google iguales en los tres tamaños', measured: runs.map((r) => r.run.trips).join(', '), pass: runs.every((r) => r.run.trips === runs[0].run.trips) },
    ],
  };
}
