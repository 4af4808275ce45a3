// The arrows inside src/core: the rules never import the locale, the locale imports only types and the text and date helpers, the codes nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const CORE = resolve(__dirname, '../../src/core');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** Each import of a file: the core-relative module it names (without .ts) and whether it is `import type`. */
function importsOf(file: string): { module: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)].map((m) => ({
    module: relative(CORE, resolve(dirname(file), m[2])),
    typeOnly: m[1] !== undefined,
  }));
}

const inLocale = (module: string) => module === 'es' || module.startsWith('es/');
const core = files(CORE).map((f) => ({ name: relative(CORE, f).replace(/\.ts$/, ''), imports: importsOf(f) }));

test('the scan sees the rules, the locale and the codes', () => {
  expect(core.map((f) => f.name)).toEqual(expect.arrayContaining(['becas', 'codes', 'es/issues', 'es/words', 'convenios/run']));
});

test('no file of src/core outside core/es imports core/es', () => {
  const offenders = core.filter((f) => !inLocale(f.name)).flatMap((f) => f.imports.filter((i) => inLocale(i.module)).map((i) => `${f.name} → ${i.module}`));
  expect(offenders).toEqual([]);
});

test('core/es imports from the rest of core only types, and the text and date helpers', () => {
  const offenders = core
    .filter((f) => inLocale(f.name))
    .flatMap((f) => f.imports.filter((i) => !inLocale(i.module) && !i.typeOnly && i.module !== 'dates' && i.module !== 'text').map((i) => `${f.name} → ${i.module}`));
  expect(offenders).toEqual([]);
});

test('core/codes.ts is a leaf', () => {
  expect(core.find((f) => f.name === 'codes')?.imports).toEqual([]);
});
