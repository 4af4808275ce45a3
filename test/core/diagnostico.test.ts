// The Diagnóstico's verdicts from observed facts: each check OK when Google agrees, «distinto» with what it saw otherwise.
import { Check, DiagnosticFacts, SHEETS_CELL_LIMIT, checkLine, diagnose } from '../../src/core/es/diagnostico';

const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
];

/** What a Google spreadsheet in Mexico answers when everything is as the add-on assumes. */
function facts(over: Partial<DiagnosticFacts> = {}): DiagnosticFacts {
  return {
    manifest: { oauthScopes: SCOPES, timeZone: 'America/Mexico_City' },
    authorization: { ok: true, value: { status: 'NOT_REQUIRED', scopes: [...SCOPES] } },
    locale: { ok: true, value: { locale: 'es_MX', decimalShown: '8.5' } },
    timeZone: { ok: true, value: 'America/Mexico_City' },
    customFunction: { formula: '=BECA("I", 8.5, "Sí")', result: { ok: true, value: { expected: [[0.1]], seen: [[0.1]] } } },
    arrayLiteral: {
      formula: '=ESTATUS_PROMOCION({8, 9, 5, "NP"; 9, 9, 9, 9}, 0)',
      result: { ok: true, value: { expected: [['Promovido con adeudo'], ['Regular']], seen: [['Promovido con adeudo'], ['Regular']] } },
    },
    configPart: { formula: '=DERECHO_EXAMEN(7, 10, 0, {"asistencia_minima", "70 %"})', result: { ok: true, value: { expected: [['Con derecho']], seen: [['Con derecho']] } } },
    triggers: { ok: true, value: { handler: 'avisosDiarios', recorded: null, seen: [] } },
    mailQuota: { ok: true, value: 100 },
    log: { sheet: 'Bitácora de avisos', grid: { ok: true, value: { lastRow: 12, maxRows: 1000, maxColumns: 9, bookCells: 40000 } } },
    scratch: { sheet: 'Diagnóstico (temporal)', created: true, deleted: true },
    ...over,
  };
}

const byName = (checks: Check[], name: string): Check => {
  const c = checks.find((x) => x.name === name);
  if (!c) throw new Error(`no check named ${name}`);
  return c;
};
const verdicts = (f: DiagnosticFacts) => diagnose(f).map((c) => [c.name, c.verdict]);

describe('diagnose', () => {
  test('everything as assumed: every check OK, in the dialog order', () => {
    expect(verdicts(facts())).toEqual([
      ['Permisos concedidos', 'ok'],
      ['Configuración regional', 'ok'],
      ['Zona horaria', 'ok'],
      ['Función personalizada en una fórmula', 'ok'],
      ['Matriz {…} escrita por el complemento', 'ok'],
      ['Fórmula con filas de Configuración (lee esquema.html)', 'ok'],
      ['Activadores que lista Google', 'ok'],
      ['Correos que quedan hoy', 'ok'],
      ['Espacio de la Bitácora de avisos', 'ok'],
      ['Hoja temporal del diagnóstico', 'ok'],
    ]);
  });

  test.each<[string, Partial<DiagnosticFacts>, string, string]>([
    [
      'a scope the manifest lists but the user did not grant',
      { authorization: { ok: true, value: { status: 'REQUIRED', scopes: SCOPES.slice(0, 2) } } },
      'Permisos concedidos',
      'REQUIRED; permisos: spreadsheets.currentonly, script.container.ui; faltan: script.send_mail, script.scriptapp',
    ],
    [
      'every scope granted but Google still says REQUIRED',
      { authorization: { ok: true, value: { status: 'REQUIRED', scopes: [...SCOPES] } } },
      'Permisos concedidos',
      'REQUIRED; permisos: spreadsheets.currentonly, script.container.ui, script.send_mail, script.scriptapp',
    ],
    [
      'no list of scopes from Google',
      { authorization: { ok: true, value: { status: 'NOT_REQUIRED', scopes: null } } },
      'Permisos concedidos',
      'NOT_REQUIRED; Google no dio la lista de permisos',
    ],
    [
      'a Spain book, semicolon syntax',
      { locale: { ok: true, value: { locale: 'es_ES', decimalShown: '8,5' } } },
      'Configuración regional',
      'es_ES, que muestra 8.5 como «8,5»',
    ],
    [
      'es_MX displaying a decimal comma: the locale table would be wrong',
      { locale: { ok: true, value: { locale: 'es_MX', decimalShown: '8,5' } } },
      'Configuración regional',
      'es_MX, que muestra 8.5 como «8,5»',
    ],
    ['another time zone', { timeZone: { ok: true, value: 'America/Lima' } }, 'Zona horaria', 'America/Lima'],
    [
      'a custom function still loading after the last poll',
      { customFunction: { formula: '=BECA("I", 8.5, "Sí")', result: { ok: true, value: { expected: [[0.1]], seen: [['Loading...']] } } } },
      'Función personalizada en una fórmula',
      '«Loading...» (seguía calculando al terminar de esperar)',
    ],
    [
      'a custom function Sheets does not know',
      { customFunction: { formula: '=BECA("I", 8.5, "Sí")', result: { ok: true, value: { expected: [[0.1]], seen: [['#NAME?']] } } } },
      'Función personalizada en una fórmula',
      '«#NAME?»',
    ],
    [
      'an array literal read as one row only',
      {
        arrayLiteral: {
          formula: '=ESTATUS_PROMOCION({8, 9, 5, "NP"; 9, 9, 9, 9}, 0)',
          result: { ok: true, value: { expected: [['Promovido con adeudo'], ['Regular']], seen: [['Promovido con adeudo'], ['']] } },
        },
      },
      'Matriz {…} escrita por el complemento',
      '«Promovido con adeudo» / (vacío)',
    ],
    [
      'reminders off, yet a daily trigger is listed',
      { triggers: { ok: true, value: { handler: 'avisosDiarios', recorded: null, seen: [{ handler: 'avisosDiarios', eventType: 'CLOCK', id: 't1' }] } } },
      'Activadores que lista Google',
      'avisosDiarios (CLOCK, id t1)',
    ],
    [
      'reminders on, and the listing misses the recorded clock trigger',
      { triggers: { ok: true, value: { handler: 'avisosDiarios', recorded: { triggerId: 't1' }, seen: [{ handler: 'onOpen', eventType: 'ON_OPEN', id: 't0' }] } } },
      'Activadores que lista Google',
      'onOpen (ON_OPEN, id t0)',
    ],
    ['no mail left today', { mailQuota: { ok: true, value: 0 } }, 'Correos que quedan hoy', '0 destinatarios'],
    [
      'a full Bitácora in a book at the cell limit',
      { log: { sheet: 'Bitácora de avisos', grid: { ok: true, value: { lastRow: 1000, maxRows: 1000, maxColumns: 9, bookCells: SHEETS_CELL_LIMIT } } } },
      'Espacio de la Bitácora de avisos',
      'usa 1000 de 1000 filas (quedan 0); el libro tiene 10000000 celdas',
    ],
    [
      'a scratch sheet that could not be deleted',
      { scratch: { sheet: 'Diagnóstico (temporal)', created: true, deleted: false, error: 'hoja protegida' } },
      'Hoja temporal del diagnóstico',
      'no se pudo borrar la hoja «Diagnóstico (temporal)» (hoja protegida): bórrela a mano',
    ],
    ['a probe that threw', { mailQuota: { ok: false, error: 'Service invoked too many times' } }, 'Correos que quedan hoy', 'falló: Service invoked too many times'],
  ])('%s: «distinto», with what was seen', (_label, over, name, seen) => {
    const checks = diagnose(facts(over));
    expect(byName(checks, name)).toMatchObject({ verdict: 'distinto', seen });
    expect(checks.filter((c) => c.verdict !== 'ok').map((c) => c.name)).toEqual([name]);
  });

  test.each<[string, Partial<DiagnosticFacts>, string]>([
    ['a scope granted beyond the manifest is named but fine', { authorization: { ok: true, value: { status: 'NOT_REQUIRED', scopes: [...SCOPES, 'https://www.googleapis.com/auth/userinfo.email'] } } }, 'Permisos concedidos'],
    [
      'reminders on and the recorded clock trigger listed',
      { triggers: { ok: true, value: { handler: 'avisosDiarios', recorded: { triggerId: 't1' }, seen: [{ handler: 'avisosDiarios', eventType: 'CLOCK', id: 't1' }] } } },
      'Activadores que lista Google',
    ],
    [
      'a record from before trigger ids were kept, and a clock trigger listed',
      { triggers: { ok: true, value: { handler: 'avisosDiarios', recorded: { triggerId: '' }, seen: [{ handler: 'avisosDiarios', eventType: 'CLOCK', id: 't9' }] } } },
      'Activadores que lista Google',
    ],
    [
      'a full Bitácora in a book that can still grow',
      { log: { sheet: 'Bitácora de avisos', grid: { ok: true, value: { lastRow: 1000, maxRows: 1000, maxColumns: 9, bookCells: 9000 } } } },
      'Espacio de la Bitácora de avisos',
    ],
  ])('%s: OK', (_label, over, name) => {
    expect(byName(diagnose(facts(over)), name).verdict).toBe('ok');
  });

  test('the extra scope is shown as «además»', () => {
    const over = { authorization: { ok: true as const, value: { status: 'NOT_REQUIRED', scopes: [...SCOPES, 'https://www.googleapis.com/auth/userinfo.email'] } } };
    expect(byName(diagnose(facts(over)), 'Permisos concedidos').seen).toMatch(/; además: userinfo\.email$/);
  });

  test('a recorded trigger the listing misses names the recorded id', () => {
    const over = { triggers: { ok: true as const, value: { handler: 'avisosDiarios', recorded: { triggerId: 't1' }, seen: [] } } };
    expect(byName(diagnose(facts(over)), 'Activadores que lista Google')).toEqual({
      name: 'Activadores que lista Google',
      expected: 'avisosDiarios (CLOCK) con el id registrado t1',
      seen: 'ninguno',
      verdict: 'distinto',
    });
  });

  test('no Bitácora yet: «no aplica», never OK', () => {
    expect(byName(diagnose(facts({ log: { sheet: 'Bitácora de avisos', grid: { ok: true, value: null } } })), 'Espacio de la Bitácora de avisos')).toMatchObject({
      verdict: 'no_aplica',
      seen: 'no existe la hoja «Bitácora de avisos» (se crea con el primer aviso)',
    });
  });

  test('a scratch sheet that could not be created: the three formula checks and the sheet are «distinto»', () => {
    const checks = diagnose(facts({ scratch: { sheet: 'Diagnóstico (temporal)', created: false, deleted: false, error: 'sin permiso' } }));
    expect(checks.filter((c) => c.verdict === 'distinto').map((c) => [c.name, c.seen])).toEqual([
      ['Función personalizada en una fórmula', 'no se pudo crear (sin permiso): no se revisaron las fórmulas'],
      ['Matriz {…} escrita por el complemento', 'no se pudo crear (sin permiso): no se revisaron las fórmulas'],
      ['Fórmula con filas de Configuración (lee esquema.html)', 'no se pudo crear (sin permiso): no se revisaron las fórmulas'],
      ['Hoja temporal del diagnóstico', 'no se pudo crear (sin permiso): no se revisaron las fórmulas'],
    ]);
  });

  test('the expected value of a formula is what the function gives when called directly', () => {
    expect(byName(diagnose(facts()), 'Función personalizada en una fórmula').expected).toBe('=BECA("I", 8.5, "Sí") → 0,1');
  });
});

describe('checkLine', () => {
  test('one line per check for the execution log', () => {
    expect(checkLine({ name: 'Zona horaria', expected: 'America/Mexico_City', seen: 'America/Lima', verdict: 'distinto' })).toBe(
      'distinto · Zona horaria: se esperaba America/Mexico_City; se vio America/Lima',
    );
  });
});
