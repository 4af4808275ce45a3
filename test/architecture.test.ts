// The arrows between the layers (src/, sidebar/, local/): no import cycle, type imports counted; who may import whom; no file over 400 lines.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const LAYERS = ['src', 'sidebar', 'local'];
const MAX_LINES = 400;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const sources = LAYERS.flatMap((d) => files(join(ROOT, d)));
const name = (file: string) => relative(ROOT, file).replace(/\.ts$/, '');

interface Import {
  target: string;
  typeOnly: boolean;
}

/** Every relative import and re-export of a file, resolved to a file of the repository. */
function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?'(\.[^']+)';/gms)) {
    const base = resolve(dirname(file), m[2]);
    const target = [`${base}.ts`, join(base, 'index.ts'), base].find((c) => existsSync(c) && statSync(c).isFile());
    if (target) out.push({ target: name(target), typeOnly: m[1] !== undefined });
  }
  return out;
}

const graph = new Map(sources.map((f) => [name(f), importsOf(f)]));

/** Strongly connected components of more than one file (Tarjan), each a cycle of imports. */
function cycles(): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const { target: w } of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).some((i) => i.target === v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

test('the scan sees every layer', () => {
  expect([...graph.keys()]).toEqual(expect.arrayContaining(['src/server', 'src/api', 'src/functions/host', 'src/gas/host', 'sidebar/rpc', 'local/runtime']));
});

test('no import cycle anywhere in src/, sidebar/ and local/, type imports counted', () => {
  expect(cycles()).toEqual([]);
});

test('src/functions imports nothing from src/gas: custom functions ask the host', () => {
  const offenders = [...graph].filter(([f]) => f.startsWith('src/functions/')).flatMap(([f, imports]) => imports.filter((i) => i.target.startsWith('src/gas/')).map((i) => `${f} → ${i.target}`));
  expect(offenders).toEqual([]);
});

test('src/core imports nothing of Apps Script, the functions, the sidebar or the local runtime', () => {
  const offenders = [...graph]
    .filter(([f]) => f.startsWith('src/core/'))
    .flatMap(([f, imports]) => imports.filter((i) => !i.target.startsWith('src/core/')).map((i) => `${f} → ${i.target}`));
  expect(offenders).toEqual([]);
});

test('the sidebar imports only the wire types of src/api.ts, the locale\'s formatting words and its own files', () => {
  const allowed = (i: Import) => i.target.startsWith('sidebar/') || (i.target === 'src/api' && i.typeOnly) || i.target === 'src/core/es/words' || i.target === 'src/core/es/format';
  const offenders = [...graph].filter(([f]) => f.startsWith('sidebar/')).flatMap(([f, imports]) => imports.filter((i) => !allowed(i)).map((i) => `${f} → ${i.target}`));
  expect(offenders).toEqual([]);
});

test('src/ never imports the local runtime, and only local/ imports local/', () => {
  const offenders = [...graph].filter(([f]) => !f.startsWith('local/')).flatMap(([f, imports]) => imports.filter((i) => i.target.startsWith('local/')).map((i) => `${f} → ${i.target}`));
  expect(offenders).toEqual([]);
});

test(`no source file over ${MAX_LINES} lines`, () => {
  const long = sources.map((f) => [name(f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_LINES);
  expect(long).toEqual([]);
});
