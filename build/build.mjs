// Builds dist/: Code.js (what every execution loads) and aplicacion.html (the rest, compiled when called);
// see buildBundle.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { createHash } from 'node:crypto';

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

/** One entry point as an esbuild IIFE whose exports are the global `SecretariaEscolar`. */
async function bundleOf(entry) {
  const result = await build({
    entryPoints: [join(root, entry)],
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
  return { iife, names: Object.keys(context[GLOBAL]).sort() };
}

/** The project file that holds the rest of the add-on, and the global that keeps it once an execution compiled it. */
export const APP_FILE = 'aplicacion';
const APP_GLOBAL = 'SecretariaEscolarAplicacion_';
const APP_LOADER = 'aplicacion_';

/**
 * The loader in Code.js: the first call of a name of the rest reads aplicacion.html (a file of the
 * project: no round trip) and compiles it, once per execution. A file of another build stops with a
 * sentence, never with a mix of two versions.
 */
function loader(stamp) {
  const mixed = 'Secretaría escolar: los archivos del proyecto no son de la misma compilación (Code.js y aplicacion.html). Vuelva a publicar el complemento completo con npm run deploy.';
  return `/** The rest of the add-on (menus, panel, reminders): ${APP_FILE}.html, compiled only by an execution that calls it. */
var ${APP_GLOBAL};
function ${APP_LOADER}() {
  if (!${APP_GLOBAL}) {
    var source = HtmlService.createHtmlOutputFromFile('${APP_FILE}').getContent();
    if (source.indexOf(${JSON.stringify(appHeader(stamp))}) !== 0) throw new Error(${JSON.stringify(mixed)});
    ${APP_GLOBAL} = new Function(source + '\\nreturn ${GLOBAL};')();
  }
  return ${APP_GLOBAL};
}
`;
}

const appHeader = (stamp) => `// Secretaría escolar ${stamp}: el resto del complemento, que Code.js compila al usarlo. Archivo generado por build/build.mjs; no lo edite.\n`;

/**
 * dist/Code.js and dist/aplicacion.html. Code.js holds src/resident.ts (the custom functions and the
 * menu), the loader of the rest, and one top-level delegating function per public name with its
 * JSDoc, because Apps Script only sees top-level function declarations; aplicacion.html holds the
 * whole of src/server.ts.
 */
export async function buildBundle() {
  const app = await bundleOf('src/server.ts');
  const resident = await bundleOf('src/resident.ts');
  const stray = resident.names.filter((n) => !app.names.includes(n));
  if (stray.length) throw new Error(`src/resident.ts exporta nombres que src/server.ts no tiene: ${stray.join(', ')}`);
  const stamp = createHash('sha256').update(app.iife).update(resident.iife).digest('hex').slice(0, 16);

  const decls = declarations();
  const wrappers = app.names.map((name) => {
    const decl = decls.get(name);
    if (!decl) throw new Error(`No encuentro la declaración de ${name} en src/`);
    const doc = decl.doc ? `${decl.doc}\n` : '';
    const target = resident.names.includes(name) ? GLOBAL : `${APP_LOADER}()`;
    return `${doc}function ${name}(${decl.params.join(', ')}) {\n  return ${target}.${name}.apply(this, arguments);\n}\n`;
  });
  // Apps Script reads @OnlyCurrentDoc from the project's comments: it must come first, before anything else.
  const header = `${ONLY_CURRENT_DOC}\n// Secretaría escolar: complemento de Hojas de cálculo. Archivo generado por build/build.mjs; no lo edite.\n`;
  const code = `${header}${resident.iife}\n${loader(stamp)}\n${wrappers.join('\n')}`;
  const appSource = `${appHeader(stamp)}${app.iife}`;
  for (const text of [code, appSource]) if (/^\s*(import|export)\s/m.test(text)) throw new Error('El paquete contiene import/export');
  return { code, appSource, names: app.names, resident: resident.names };
}

async function main() {
  mkdirSync(dist, { recursive: true });
  const { code, appSource, names, resident } = await buildBundle();
  writeFileSync(join(dist, 'Code.js'), code);
  writeFileSync(join(dist, `${APP_FILE}.html`), appSource);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  const sidebar = join(root, 'build/sidebar.mjs');
  try {
    statSync(sidebar);
    const { buildSidebar } = await import(sidebar);
    await buildSidebar(dist);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
  console.log(`dist/Code.js: ${kb(code)}, ${resident.length} de ${names.length} nombres públicos; dist/${APP_FILE}.html: ${kb(appSource)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
