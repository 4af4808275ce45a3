// Builds dist/: Code.js (what every execution loads) and the parts it compiles when called (PARTS);
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

/**
 * The parts kept in HTML files of the project, which Apps Script stores but does not compile: each is
 * compiled by the first call of an execution that needs it, through its loader in Code.js.
 * - aplicacion: the whole of src/server.ts (menus, panel, daily job, tableros);
 * - esquema: the rules' zod schema (src/core/config-schema.ts), which only a Configuración sheet with
 *   rows needs; config.ts loads it with `require`, which the build points at the loader.
 */
export const PARTS = {
  aplicacion: { entry: 'src/server.ts', global: 'SecretariaEscolarResto', loader: 'aplicacion_', what: 'el resto del complemento (menús, panel, tarea diaria)' },
  esquema: { entry: 'src/core/config-schema.ts', global: 'SecretariaEscolarEsquema', loader: 'esquema_', what: 'el esquema de la hoja Configuración' },
};
/** Where Code.js keeps each part once an execution compiled it. */
const PARTS_GLOBAL = 'SecretariaEscolarPartes_';

/** `require('./config-schema')` anywhere but in its own part becomes its loader's call. */
const schemaFromLoader = {
  name: 'esquema-en-su-archivo',
  setup(b) {
    b.onResolve({ filter: /\/config-schema$/ }, () => ({ path: 'esquema', namespace: 'parte' }));
    b.onLoad({ filter: /.*/, namespace: 'parte' }, () => ({ contents: `module.exports = ${PARTS.esquema.loader}();`, loader: 'js' }));
  },
};

/** One entry point as an esbuild IIFE whose exports are the global `global`, with the names it exports. */
async function bundleOf(entry, global = GLOBAL) {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    globalName: global,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
    plugins: entry === PARTS.esquema.entry ? [] : [schemaFromLoader],
  });
  const iife = result.outputFiles[0].text;
  // Load it as Apps Script would, in a bare V8 context: this proves its top level calls no service.
  const context = vm.createContext({});
  vm.runInContext(iife.replace(`var ${global}=`, `globalThis.${global}=`), context);
  return { iife, names: Object.keys(context[global]).sort() };
}

/** A part's first line and its last: both name the build, so a file cut short or of another build is refused. */
const partHead = (stamp, what) => `// Secretaría escolar ${stamp}: ${what}, que Code.js compila al usarlo. Archivo generado por build/build.mjs; no lo edite.`;
const partTail = (stamp) => `// fin de la compilación ${stamp}`;

/**
 * The loaders in Code.js. A part is read with HtmlService (a file of the project: no round trip) and
 * compiled once per execution; one that is missing, cut short, of another build or without a name it
 * should have stops with one sentence, never with a mix of two versions or a stack trace.
 */
function loaders(stamp, parts) {
  const head = JSON.stringify(`// Secretaría escolar ${stamp}:`);
  const tail = JSON.stringify(partTail(stamp));
  const each = Object.entries(parts).map(
    ([file, p]) => `/** ${p.what}: ${file}.html. */\nfunction ${p.loader}() {\n  return parte_('${file}', '${p.global}', ${JSON.stringify(p.names)});\n}\n`,
  );
  return `/** The parts of the add-on kept in HTML files of the project, each compiled by the first execution that calls it. */
var ${PARTS_GLOBAL} = {};
function parte_(file, global, names) {
  var part = ${PARTS_GLOBAL}[file];
  if (part) return part;
  var why = '';
  try {
    var source = String(HtmlService.createHtmlOutputFromFile(file).getContent()).replace(/^\\uFEFF/, '');
    if (source.indexOf(${head}) !== 0 || source.replace(/\\s+$/, '').slice(-${tail}.length) !== ${tail}) {
      why = 'es de otra compilación o está incompleto';
    } else {
      part = new Function(source + '\\nreturn ' + global + ';')();
      var missing = names.filter(function (n) { return !part || typeof part[n] !== 'function'; });
      if (missing.length) why = 'le falta ' + missing.join(', ');
    }
  } catch (e) {
    why = e && e.message ? e.message : String(e);
  }
  if (why) throw new Error('Secretaría escolar no pudo cargar su archivo ' + file + '.html (' + why + '). El complemento está mal publicado: quien lo instaló debe publicarlo de nuevo completo, con npm run deploy.');
  return (${PARTS_GLOBAL}[file] = part);
}
${each.join('\n')}`;
}

/**
 * dist/Code.js and the parts (PARTS). Code.js holds src/resident.ts (the custom functions and the
 * menu), the parts' loaders, and one top-level delegating function per public name with its JSDoc,
 * because Apps Script only sees top-level function declarations.
 */
export async function buildBundle() {
  const app = await bundleOf(PARTS.aplicacion.entry, PARTS.aplicacion.global);
  const schema = await bundleOf(PARTS.esquema.entry, PARTS.esquema.global);
  const resident = await bundleOf('src/resident.ts');
  const stray = resident.names.filter((n) => !app.names.includes(n));
  if (stray.length) throw new Error(`src/resident.ts exporta nombres que src/server.ts no tiene: ${stray.join(', ')}`);
  const stamp = createHash('sha256').update(app.iife).update(schema.iife).update(resident.iife).digest('hex').slice(0, 16);
  const built = { aplicacion: app, esquema: schema };

  const decls = declarations();
  const wrappers = app.names.map((name) => {
    const decl = decls.get(name);
    if (!decl) throw new Error(`No encuentro la declaración de ${name} en src/`);
    const doc = decl.doc ? `${decl.doc}\n` : '';
    const target = resident.names.includes(name) ? GLOBAL : `${PARTS.aplicacion.loader}()`;
    return `${doc}function ${name}(${decl.params.join(', ')}) {\n  return ${target}.${name}.apply(this, arguments);\n}\n`;
  });
  const named = Object.fromEntries(Object.entries(PARTS).map(([file, p]) => [file, { ...p, names: built[file].names }]));
  // Apps Script reads @OnlyCurrentDoc from the project's comments: it must come first, before anything else.
  const header = `${ONLY_CURRENT_DOC}\n// Secretaría escolar: complemento de Hojas de cálculo. Archivo generado por build/build.mjs; no lo edite.\n`;
  const code = `${header}${resident.iife}\n${loaders(stamp, named)}\n${wrappers.join('\n')}`;
  const parts = Object.fromEntries(Object.entries(PARTS).map(([file, p]) => [file, `${partHead(stamp, p.what)}\n${built[file].iife}\n${partTail(stamp)}\n`]));
  for (const text of [code, ...Object.values(parts)]) if (/^\s*(import|export)\s/m.test(text)) throw new Error('El paquete contiene import/export');
  // zod goes only in esquema.html: an import the plugin missed (say './config-schema.js') would put it back in every load.
  for (const [file, text] of [['Code.js', code], ['aplicacion.html', parts.aplicacion]]) if (text.includes('_zod')) throw new Error(`${file} contiene zod: importe el esquema solo como './config-schema'`);
  return { code, parts, names: app.names, resident: resident.names };
}

async function main() {
  mkdirSync(dist, { recursive: true });
  const { code, parts, names, resident } = await buildBundle();
  writeFileSync(join(dist, 'Code.js'), code);
  for (const [file, text] of Object.entries(parts)) writeFileSync(join(dist, `${file}.html`), text);
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
  const sizes = Object.entries(parts).map(([file, text]) => `dist/${file}.html: ${kb(text)}`);
  console.log(`dist/Code.js: ${kb(code)}, ${resident.length} de ${names.length} nombres públicos; ${sizes.join('; ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e.message ?? e);
    process.exit(1);
  });
}
