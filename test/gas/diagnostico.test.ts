// The Diagnóstico run in the local runtime: every verdict as the runtime answers, and the workbook left exactly as it was.
import { openRuntime, Runtime } from '../../local/runtime';
import { Range, Spreadsheet } from '../../local/services/spreadsheet';
import { diagnosticHtml } from '../../src/gas/diagnostico';

type Answer = { ok: boolean; error?: string };

const ROSTER = [
  ['Nombre', 'Plan de beca', 'Promedio', 'Criterio', 'Beca'],
  ['Ana', 'I', 9, 'sí', '=BECA(B2, C2, D2)'],
  ['Luis', 'III', '', 1, ''],
];

/** Everything the Diagnóstico could leave behind: sheets, their grids, values and formulas, the active sheet, properties, triggers. */
function snapshot(rt: Runtime) {
  const ss = rt.spreadsheet;
  return {
    active: ss.getActiveSheet().getName(),
    sheets: ss.getSheets().map((s: any) => ({
      name: s.getName(),
      grid: [s.getMaxRows(), s.getMaxColumns()],
      values: s.getDataRange().getValues(),
      formulas: s.getDataRange().getFormulas(),
    })),
    properties: { ...rt.properties.document },
    triggers: rt.triggers.map((t) => t.id),
    mail: rt.mail.length,
  };
}

/** Runs the menu item; its checks as [name, verdict] read back from the execution log. */
function runDiagnostic(rt: Runtime): string[][] {
  const from = rt.logs.length;
  rt.run('mostrarDiagnostico');
  return rt.logs.slice(from).map((line) => {
    const m = /^(OK|distinto|no aplica) · ([^:]+):/.exec(line);
    if (!m) throw new Error(`not a check line: ${line}`);
    return [m[2], m[1]];
  });
}

describe('Diagnóstico in the local runtime', () => {
  test('a fresh book: every check OK but the Bitácora, which does not exist yet; nothing stays', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER, Notas: [['x']] } });
    // Not the last sheet: deleting the scratch sheet alone would leave the last one active.
    rt.spreadsheet.setActiveSheet(rt.spreadsheet.getSheetByName('Alumnos'));
    const before = snapshot(rt);
    expect(runDiagnostic(rt)).toEqual([
      ['Permisos concedidos', 'OK'],
      ['Configuración regional', 'OK'],
      ['Zona horaria', 'OK'],
      ['Función personalizada en una fórmula', 'OK'],
      ['Matriz {…} escrita por el complemento', 'OK'],
      ['Fórmula con filas de Configuración (lee esquema.html)', 'OK'],
      ['Activadores que lista Google', 'OK'],
      ['Correos que quedan hoy', 'OK'],
      ['Espacio de la Bitácora de avisos', 'no aplica'],
      ['Hoja temporal del diagnóstico', 'OK'],
    ]);
    expect(snapshot(rt)).toEqual(before);
    expect(rt.ui.dialogs).toHaveLength(1);
    expect(rt.ui.dialogs[0].title).toBe('Diagnóstico del complemento');
    expect(rt.ui.dialogs[0].html).toContain('=BECA(&quot;I&quot;, 8.5, &quot;Sí&quot;) → 0,1');
    // The reglamento's 80 % would say «Sin derecho»: the row's 70 % was read, through esquema.html, by the formula too.
    expect(rt.ui.dialogs[0].html).toContain('70 %&quot;}) → «Con derecho»');
  });

  test('reminders on and a Bitácora: the recorded clock trigger is listed and the Bitácora has room; nothing stays', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER, 'Bitácora de avisos': [['Fecha'], ['x']] } });
    expect((rt.run('activarAvisos', 7) as Answer).ok).toBe(true);
    const before = snapshot(rt);
    const checks = runDiagnostic(rt);
    expect(checks.filter(([, verdict]) => verdict !== 'OK')).toEqual([]);
    expect(checks).toHaveLength(10);
    expect(rt.logs.find((l) => l.includes('Activadores'))).toContain(`avisosDiarios (CLOCK, id ${rt.triggers[0].id})`);
    expect(snapshot(rt)).toEqual(before);
  });

  test('a scope the user did not grant makes Permisos «distinto» and names it', async () => {
    const granted = [
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/userinfo.email',
    ];
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } }, { grantedScopes: granted });
    expect(runDiagnostic(rt)[0]).toEqual(['Permisos concedidos', 'distinto']);
    expect(rt.logs[0]).toMatch(/se vio REQUIRED; permisos: spreadsheets\.currentonly, script\.container\.ui, script\.scriptapp, userinfo\.email; faltan: script\.send_mail$/);
  });

  test('a user sheet named like the scratch sheet is left alone: the scratch takes another name', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER, 'Diagnóstico (temporal)': [['mío']] } });
    const before = snapshot(rt);
    expect(runDiagnostic(rt).filter(([, verdict]) => verdict === 'distinto')).toEqual([]);
    expect(rt.logs.find((l) => l.includes('Hoja temporal'))).toContain('la hoja «Diagnóstico (temporal) 2» creada y borrada');
    expect(snapshot(rt)).toEqual(before);
  });

  test('no mail left today is «distinto» with the number seen', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } }, { mailQuota: 0 });
    expect(runDiagnostic(rt)[7]).toEqual(['Correos que quedan hoy', 'distinto']);
    expect(rt.logs[7]).toMatch(/se vio 0 destinatarios$/);
  });
});

describe('Diagnóstico when Google refuses a step', () => {
  afterEach(() => jest.restoreAllMocks());

  test('a scratch sheet that cannot be deleted is said, with the message, and the dialog still shows', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    jest.spyOn(Spreadsheet.prototype, 'deleteSheet').mockImplementation(() => {
      throw new Error('Hoja protegida');
    });
    expect(runDiagnostic(rt)[9]).toEqual(['Hoja temporal del diagnóstico', 'distinto']);
    expect(rt.logs[9]).toMatch(/se vio no se pudo borrar la hoja «Diagnóstico \(temporal\)» \(Hoja protegida\): bórrela a mano$/);
    expect(rt.ui.dialogs).toHaveLength(1);
  });

  test('a formula write refused: the three formula checks and the locale say so, and the scratch sheet is still deleted', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    const before = snapshot(rt);
    jest.spyOn(Range.prototype, 'setFormula').mockImplementation(() => {
      throw new Error('Fórmula rechazada');
    });
    const failed = runDiagnostic(rt).filter(([, verdict]) => verdict !== 'OK');
    expect(failed).toEqual([
      ['Configuración regional', 'distinto'],
      ['Función personalizada en una fórmula', 'distinto'],
      ['Matriz {…} escrita por el complemento', 'distinto'],
      ['Fórmula con filas de Configuración (lee esquema.html)', 'distinto'],
      ['Espacio de la Bitácora de avisos', 'no aplica'],
    ]);
    expect(rt.logs.filter((l) => l.endsWith('se vio falló: Fórmula rechazada'))).toHaveLength(4);
    expect(snapshot(rt)).toEqual(before);
  });
});

describe('ScriptApp.getAuthorizationInfo in the local runtime', () => {
  test('NOT_REQUIRED with no URL once every declared scope is granted', async () => {
    const rt = await openRuntime({ sheets: { A: [['x']] } });
    const info = rt.context.ScriptApp.getAuthorizationInfo(rt.context.ScriptApp.AuthMode.FULL);
    expect([info.getAuthorizationStatus(), info.getAuthorizationUrl(), info.getAuthorizedScopes().length]).toEqual(['NOT_REQUIRED', null, 5]);
  });

  test('REQUIRED with a URL while one is missing; a list given is answered within that list', async () => {
    const mail = 'https://www.googleapis.com/auth/script.send_mail';
    const ui = 'https://www.googleapis.com/auth/script.container.ui';
    const rt = await openRuntime({ sheets: { A: [['x']] } }, { grantedScopes: [ui] });
    const { ScriptApp } = rt.context;
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
    const only = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [ui, mail]);
    expect([only.getAuthorizationStatus(), only.getAuthorizedScopes()]).toEqual(['REQUIRED', [ui]]);
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [ui]).getAuthorizationStatus()).toBe('NOT_REQUIRED');
  });

  test('an authMode that is not one of ScriptApp.AuthMode is refused', async () => {
    const rt = await openRuntime({ sheets: { A: [['x']] } });
    expect(() => rt.context.ScriptApp.getAuthorizationInfo('TOTAL')).toThrow('Invalid argument: authMode (TOTAL)');
  });
});

describe('diagnosticHtml', () => {
  test('what Google answered is shown as text, never as markup', () => {
    const html = diagnosticHtml([{ name: 'Zona horaria', expected: 'America/Mexico_City', seen: '<img src=x onerror=alert(1)>', verdict: 'distinto' }]);
    expect(html).toContain('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html).not.toContain('<img');
  });
});
