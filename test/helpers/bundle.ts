// Loads the built dist/Code.js into a fresh V8 context, the way Apps Script loads a project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '../../dist');

export function bundleCode(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

/** A context whose globals are the project's top-level functions; `globals` adds services. */
export function loadBundle(globals: Record<string, unknown> = {}): Record<string, any> {
  const context = vm.createContext({ ...globals });
  vm.runInContext(bundleCode(), context, { filename: 'Code.js' });
  return context as Record<string, any>;
}
