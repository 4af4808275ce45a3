// Loads the built dist/Code.js into a fresh V8 context, the way Apps Script loads a project.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(__dirname, '../../dist');

export function bundleCode(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

/**
 * What Code.js's loaders ask of HtmlService (build/build.mjs): the project's HTML files, as they are.
 * Apps Script always has the service; `name` is read from `dist` (by default, the built one).
 */
export function projectFiles(dist = DIST, read: (name: string) => string = (name) => readFileSync(join(dist, `${name}.html`), 'utf8')) {
  return {
    createHtmlOutputFromFile(name: string) {
      if (!existsSync(join(dist, `${name}.html`))) throw new Error(`No HTML file named ${name} was found.`);
      const content = read(name);
      return { getContent: () => content };
    },
  };
}

/** A context whose globals are the project's top-level functions, with the project's HTML files; `globals` adds services. */
export function loadBundle(globals: Record<string, unknown> = {}): Record<string, any> {
  const context = vm.createContext({ HtmlService: projectFiles(), ...globals });
  vm.runInContext(bundleCode(), context, { filename: 'Code.js' });
  return context as Record<string, any>;
}
