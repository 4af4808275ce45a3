// The built bundle as Apps Script sees it: top-level functions, JSDoc above each custom function.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, bundleCode, loadBundle } from '../helpers/bundle';
import * as server from '../../src/server';
import * as resident from '../../src/resident';

const code = bundleCode();
const customFunctions = Object.keys(server).filter((name) => /^[A-Z][A-Z_]*$/.test(name));

describe('dist/Code.js', () => {
  test('opens with the /** @OnlyCurrentDoc */ annotation, its first comment, as Apps Script reads it', () => {
    expect(code.startsWith('/** @OnlyCurrentDoc */\n')).toBe(true);
    expect(code.match(/@OnlyCurrentDoc/g)).toHaveLength(1);
  });

  test('has no import or export statement', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  test('declares every public name of src/server.ts as a top-level function, and the loaders of the parts, private by their trailing _', () => {
    const context = loadBundle();
    for (const name of Object.keys(server)) expect(typeof context[name]).toBe('function');
    const declared = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]).sort();
    expect(declared).toEqual([...Object.keys(server), 'aplicacion_', 'esquema_', 'parte_'].sort());
  });

  test('puts a @customfunction JSDoc with @param and @return directly above each custom function', () => {
    expect(customFunctions.length).toBeGreaterThan(0);
    for (const name of customFunctions) {
      const m = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\nfunction ${name}\\(`).exec(code);
      expect(m).not.toBeNull();
      const doc = m![1];
      expect(doc).toContain('@customfunction');
      expect(doc).toMatch(/@param/);
      expect(doc).toMatch(/@return/);
      expect(doc).toMatch(/Ejemplo: =/);
    }
  });

  test('targets ES2020 or lower: no syntax newer than the runtime supports', () => {
    expect(code).not.toMatch(/\?\?=|\|\|=|&&=|#[a-z]\w*\s*(=|;|\()|\bstatic\s*\{/);
  });

  test('calls no require: the lazily loaded rules schema is wrapped by esbuild, and Apps Script has no modules', () => {
    expect(code).not.toMatch(/\brequire\s*\(/);
  });

  test('contains no HyperFormula code: the GPL-3.0 engine is a devDependency of the bench only', () => {
    expect(code).not.toMatch(/hyperformula/i);
  });

  test('loads in a bare context without touching any Apps Script service', () => {
    expect(() => loadBundle()).not.toThrow();
  });

  test('ships appsscript.json with V8, Mexico City and narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('America/Mexico_City');
    // Reminders need send_mail (MailApp), scriptapp (their daily trigger) and userinfo.email (the panel
    // names the account that holds them); the UGEL consolidation uses IMPORTRANGE formulas, so no
    // Drive or spreadsheets-wide scope is needed.
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  test('reads a Date made outside the bundle (another V8 context, as a test harness passes it) as a date', () => {
    const context = loadBundle();
    const deadline = new Date(Date.UTC(2026, 2 /* Mar */, 20, 6)); // midnight in Mexico City
    expect(context.SEGUIMIENTO(deadline, 'Pendiente', '15/03/2026')).toBe('Por vencer');
    expect(context.DIAS_RESTANTES([[deadline], [new Date(Date.UTC(2026, 2, 10, 6))]], '15/03/2026')).toEqual([[5], [-5]]);
    expect(context.SEGUIMIENTO(new Date(NaN), 'Pendiente', '15/03/2026')).toBe('Error: fecha_limite (fecha no válida) no es una fecha: se esperaba dd/mm/aaaa o aaaa-mm-dd');
  });

  test('calls through the wrappers equal calls to the source', () => {
    const context = loadBundle();
    const cases: unknown[][] = [
      ['I', 8.5, 'Sí'],
      ['II', '9,7', 'Delfín'],
      [[['I'], ['III'], ['']], [[8], [''], ['']], [['x'], [2], ['']]],
    ];
    for (const args of cases) {
      expect(context.BECA(...args)).toEqual(server.BECA(...(args as [unknown, unknown, unknown])));
      expect(context.BECA_MOTIVO(...args)).toEqual(server.BECA_MOTIVO(...(args as [unknown, unknown, unknown])));
    }
  });
});

describe('the parts: Code.js, which every execution loads, and the HTML files it compiles when called', () => {
  const app = readFileSync(join(DIST, 'aplicacion.html'), 'utf8');
  const schema = readFileSync(join(DIST, 'esquema.html'), 'utf8');
  const residentNames = Object.keys(resident).sort();
  /** The name each wrapper delegates to: SecretariaEscolar (in Code.js) or aplicacion_() (the rest). */
  const targets = Object.fromEntries([...code.matchAll(/^function ([A-Za-z_$][\w$]*)\([^)]*\) \{\n {2}return (SecretariaEscolar|aplicacion_\(\))\./gm)].map((m) => [m[1], m[2]]));
  /** A context whose HtmlService serves `files` (by name), counting the reads. */
  const withFiles = (files: Record<string, string>) => {
    const reads: string[] = [];
    const HtmlService = {
      createHtmlOutputFromFile: (name: string) => {
        reads.push(name);
        if (!(name in files)) throw new Error(`No HTML file named ${name} was found.`);
        return { getContent: () => files[name] };
      },
    };
    return { context: loadBundle({ HtmlService }), reads };
  };
  const refused = (file: string, why: string) =>
    `Secretaría escolar no pudo cargar su archivo ${file}.html (${why}). El complemento está mal publicado: quien lo instaló debe publicarlo de nuevo completo, con npm run deploy.`;

  test('Code.js holds every custom function and the menu; every other name is delegated to the rest', () => {
    expect(residentNames).toEqual([...customFunctions, 'onInstall', 'onOpen'].sort());
    for (const name of Object.keys(server)) expect([name, targets[name]]).toEqual([name, residentNames.includes(name) ? 'SecretariaEscolar' : 'aplicacion_()']);
  });

  test("the rest's code is not in Code.js, nor zod: the daily job's property, the schema's keys", () => {
    for (const [text, where] of [['convenios.ultimaEjecucion', app], ['tableroConvenios.huella', app], ['$ZodNumber', schema]] as const) {
      expect([text, code.includes(text)]).toEqual([text, false]);
      expect([text, where.includes(text)]).toEqual([text, true]);
    }
    expect(code).not.toMatch(/_zod/);
    expect(app).not.toMatch(/_zod/);
    expect(schema).toMatch(/_zod/);
  });

  test('the menu is built without reading the rest: onOpen in AuthMode.NONE touches no HtmlService', () => {
    const items: string[] = [];
    const menu = { addItem: (label: string, fn: string) => (items.push(`${label}: ${fn}`), menu), addSeparator: () => menu, addToUi: () => undefined };
    const { context, reads } = withFiles({});
    context.SpreadsheetApp = { getUi: () => ({ createAddonMenu: () => menu }) };
    context.onOpen({ authMode: 'NONE' });
    expect(items).toHaveLength(9);
    expect(items[0]).toBe('Abrir panel: abrirPanel');
    expect(reads).toEqual([]);
  });

  test('a formula reads esquema.html only when it is given Configuración rows, once per execution', () => {
    const { context, reads } = withFiles({ esquema: schema });
    // 7 of 10 sessions: under the reglamento's 80 %, over a Configuración's 70 %.
    expect(context.DERECHO_EXAMEN(7, 10, 0)).toBe('Sin derecho');
    expect(reads).toEqual([]);
    expect(context.DERECHO_EXAMEN(7, 10, 0, [['asistencia_minima', '70 %']])).toBe('Con derecho');
    expect(context.DERECHO_EXAMEN(7, 10, 0, [['asistencia_minima', '90 %']])).toBe('Sin derecho');
    expect(reads).toEqual(['esquema']);
  });

  test('the first call of another name reads aplicacion.html once and compiles it, with every name it should have', () => {
    const { context, reads } = withFiles({ aplicacion: app, esquema: schema });
    const first = context.aplicacion_();
    expect(context.aplicacion_()).toBe(first);
    expect(reads).toEqual(['aplicacion']);
    expect(Object.keys(first).sort()).toEqual(Object.keys(server).sort());
    // The file as clasp may leave it after a checkout on Windows: a BOM and CRLF line ends.
    expect(typeof withFiles({ aplicacion: `\uFEFF${app.replace(/\n/g, '\r\n')}` }).context.aplicacion_().avisosDiarios).toBe('function');
  });

  test.each([
    ['missing', undefined, 'No HTML file named aplicacion was found.'],
    ['of another build', app.replace(/^(\/\/ Secretaría escolar )[0-9a-f]{16}/, '$10000000000000000'), 'es de otra compilación o está incompleto'],
    ['cut short', app.slice(0, Math.floor(app.length / 2)), 'es de otra compilación o está incompleto'],
    // Its global is its own: an emptied file never falls back on Code.js's SecretariaEscolar.
    ['only its first and last lines', `${app.split('\n')[0]}\n${app.trimEnd().split('\n').pop()}\n`, 'SecretariaEscolarResto is not defined'],
    ['without a name', app.replace('abrirConfiguracion:()=>', 'abrirConfiguracionVieja:()=>'), 'le falta abrirConfiguracion'],
  ])('aplicacion.html %s: one Spanish sentence that names it, at every call', (_what, file, why) => {
    const { context } = withFiles(file === undefined ? {} : { aplicacion: file });
    const message = (() => {
      try {
        context.leerConfiguracion();
      } catch (e) {
        return (e as Error).message;
      }
      return 'no falló';
    })();
    expect(message).toBe(refused('aplicacion', why));
    expect(() => context.abrirPanel()).toThrow(message);
  });
});
