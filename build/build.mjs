// Builds dist/: an esbuild IIFE of src/server.ts, then one top-level delegating function per public
// name with its JSDoc, because Apps Script only sees top-level function declarations.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = 'SecretariaEscolar';
/** Limits the add-on to the spreadsheet it runs in (scope spreadsheets.currentonly). */
export const ONLY_CURRENT_DOC = '/** @OnlyCurrentDoc */';

/** Every `export function NAME(params)` in src with the JSDoc block right above it. */
function declarations() {
  const found = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export (?:async )?function ([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/g;
        for (const m of text.matchAll(re)) {
          // Type arguments and object types hold commas too: drop them before splitting the names.
          let list = m[3];
          while (/[<{[][^<>{}[\]]*[>}\]]/.test(list)) list = list.replace(/[<{[][^<>{}[\]]*[>}\]]/g, '');
          const params = list
            .split(',')
            .map((p) => p.trim().replace(/^\.\.\./, '').split(/[?:=\s]/)[0])
            .filter(Boolean);
          found.set(m[2], { doc: m[1] ?? '', params });
        }
      }
    }
  };
  walk(join(root, 'src'));
  return found;
}

export async function buildBundle() {
  const result = await build({
    entryPoints: [join(root, 'src/server.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  const iife = result.outputFiles[0].text;

  // Load it as Apps Script would, in a bare V8 context: this proves its top level calls no service.
  const context = vm.createContext({});
  vm.runInContext(iife.replace(`var ${GLOBAL}=`, `globalThis.${GLOBAL}=`), context);
  const names = Object.keys(context[GLOBAL]).sort();

  const decls = declarations();
  const wrappers = names.map((name) => {
    const decl = decls.get(name);
    if (!decl) throw new Error(`No encuentro la declaración de ${name} en src/`);
    const doc = decl.doc ? `${decl.doc}\n` : '';
    return `${doc}function ${name}(${decl.params.join(', ')}) {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}\n`;
  });
  // Apps Script reads @OnlyCurrentDoc from the project's comments: it must come first, before anything else.
  const header = `${ONLY_CURRENT_DOC}\n// Secretaría escolar: complemento de Hojas de cálculo. Archivo generado por build/build.mjs; no lo edite.\n`;
  const code = `${header}${iife}\n${wrappers.join('\n')}`;
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('El paquete contiene import/export');
  return { code, names };
}

async function main() {
  mkdirSync(dist, { recursive: true });
  const { code, names } = await buildBundle();
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const sidebar = join(root, 'build/sidebar.mjs');
  try {
    statSync(sidebar);
    const { buildSidebar } = await import(sidebar);
    await buildSidebar(dist);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  console.log(`dist/Code.js: ${(code.length / 1024).toFixed(1)} KB, ${names.length} nombres públicos`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
