// A reminder run: one digest per responsable, never the same (commitment, step) twice, quota and bad addresses.
import { readLog } from '../../src/core/convenios/log';
import { deliver, planReminders } from '../../src/core/convenios/run';
import { describe as describeIssue } from '../../src/core/es/issues';
import { explain } from '../../src/core/es/reasons';
import { commitments, day, fakeLog, fakeMailer, readLogOk, rules, Row } from './factories';

const today = day('2026-03-01');
const now = () => new Date(Date.UTC(2026, 2 /* Mar */, 1, 13));

/** Plans and delivers one run against the Bitácora's current values, as the daily job does. */
function run(rows: Row[], log: ReturnType<typeof fakeLog>, mailer = fakeMailer(), on = today) {
  const digests = planReminders(commitments(rows), on, rules({ coordinatorEmail: 'coord@ugel.pe' }), readLogOk(log.values).index, explain);
  return { summary: deliver(digests, readLogOk(log.values).index, mailer, log, now, explain), mailer };
}

const five: Row[] = [
  { correo: 'ana@ugel.pe', responsable: 'Ana', fecha: '2026-03-08' },
  { correo: 'ANA@ugel.pe', responsable: 'Ana', fecha: '2026-02-20' },
  { correo: 'luis@ugel.pe', responsable: 'Luis', fecha: '2026-03-01' },
  { correo: 'rosa@ugel.pe', responsable: 'Rosa', fecha: '2026-03-16' },
  { correo: 'sara@ugel.pe', responsable: 'Sara', fecha: '2026-03-31' },
];

describe('planReminders and the digests', () => {
  test('groups each responsable’s reminders into one email, overdue first, coordinator in copy', () => {
    const [ana] = planReminders(commitments(five), today, rules({ coordinatorEmail: 'coord@ugel.pe' }), readLogOk([]).index, explain);
    expect(ana.to).toEqual(['ana@ugel.pe']);
    expect(ana.cc).toEqual(['coord@ugel.pe']);
    expect(ana.subject).toBe('Compromisos al 01/03/2026: 1 vencido y 1 por vencer');
    expect(ana.body).toBe(
      [
        'Hola, Ana:',
        '',
        'Estos compromisos a su cargo necesitan atención (fecha de corte 01/03/2026):',
        '',
        '- C-002 · Compromiso 2 (Municipalidad de Ite, IE 42015): venció hace 9 días, el 20/02/2026',
        '- C-001 · Compromiso 1 (Municipalidad de Ite, IE 42015): vence en 7 días, el 08/03/2026',
        '',
        'Cuando un compromiso se cumpla, escriba «Cumplido» en su estado y no recibirá más avisos de él. Aviso enviado por el complemento Secretaría escolar.',
      ].join('\n'),
    );
  });

  test('escapes sheet text in the HTML body', () => {
    const [d] = planReminders(commitments([{ compromiso: '<img src=x onerror=alert(1)> & "techo"', fecha: '2026-03-01' }]), today, rules(), readLogOk([]).index, explain);
    expect(d.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;techo&quot;');
    expect(d.htmlBody).not.toContain('<img');
    expect(d.body).toContain('<img src=x onerror=alert(1)> & "techo"');
  });

  test.each([
    ['today', '2026-03-01', 'vence hoy, 01/03/2026'],
    ['tomorrow', '2026-03-02', 'vence mañana, 02/03/2026'],
    ['one day overdue is not yet a weekly step but step 0 reached', '2026-02-28', 'venció hace 1 día, el 28/02/2026'],
  ])('says when: %s', (_l, fecha, want) => {
    const [d] = planReminders(commitments([{ fecha }]), today, rules(), readLogOk([]).index, explain);
    expect(d.body).toContain(want);
  });
});

describe('deliver', () => {
  test('sends one email per responsable and logs one row per email with its items', () => {
    const log = fakeLog();
    const { summary, mailer } = run(five, log);
    expect(mailer.sent.map((d) => d.to[0])).toEqual(['ana@ugel.pe', 'luis@ugel.pe', 'rosa@ugel.pe', 'sara@ugel.pe']);
    expect(summary).toEqual({ emails: 4, sent: 4, deferred: 0, invalid: 0, failed: 0, reminders: 5, unconfirmed: 0 });
    expect(log.values.slice(1).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['ana@ugel.pe', 'C-002|2026-02-20|v1\nC-001|2026-03-08|7', 'Enviado'],
      ['luis@ugel.pe', 'C-003|2026-03-01|0', 'Enviado'],
      ['rosa@ugel.pe', 'C-004|2026-03-16|15', 'Enviado'],
      ['sara@ugel.pe', 'C-005|2026-03-31|30', 'Enviado'],
    ]);
  });

  test('a second run the same day sends nothing', () => {
    const log = fakeLog();
    run(five, log);
    const again = run(five, log);
    expect(again.mailer.sent).toEqual([]);
    expect(log.values).toHaveLength(5);
  });

  test('a second run after the rows were sorted sends nothing: keys follow the número, not the row', () => {
    const log = fakeLog();
    run(five, log);
    const sorted = five.map((r, i) => ({ ...r, numero: `C-00${i + 1}` })).reverse();
    expect(run(sorted, log).mailer.sent).toEqual([]);
  });

  test('rows without número are keyed by their content, so sorting them keeps the keys', () => {
    const rows: Row[] = [{ numero: '', compromiso: 'Pintar aulas', fecha: '2026-03-01' }, { numero: '', compromiso: 'Cisterna', fecha: '2026-03-01', correo: 'b@ugel.pe' }];
    const log = fakeLog();
    expect(run(rows, log).summary.sent).toBe(2);
    expect(run([...rows].reverse(), log).summary.sent).toBe(0);
    expect(String(log.values[1][4])).toMatch(/^#[0-9a-f]{8}\|2026-03-01\|0$/);
  });

  test('números repeated per convenio (1, 2, 3 in each): sorting the rows by date sends nothing again', () => {
    const rows: Row[] = [
      { numero: 1, aliado: 'Ejército', compromiso: 'Pintar aulas', fecha: '2026-03-08' },
      { numero: 2, aliado: 'Ejército', compromiso: 'Carpetas', fecha: '2026-03-01' },
      { numero: 1, aliado: 'Municipalidad', compromiso: 'Cisterna', fecha: '2026-03-01', correo: 'luis@ugel.pe' },
      { numero: 2, aliado: 'Municipalidad', compromiso: 'Techo', fecha: '2026-03-08', correo: 'luis@ugel.pe' },
    ];
    const log = fakeLog();
    expect(run(rows, log).summary.reminders).toBe(4);
    const byDate = [rows[1], rows[2], rows[0], rows[3]];
    expect(run(byDate, log).mailer.sent).toEqual([]);
  });

  test.each([
    ['a número used once keeps it as its key (existing Bitácoras stay valid)', [{ numero: 'C-7' }, { numero: 'C-8' }], ['C-7', 'C-8']],
    ['a repeated número is qualified by the row’s content', [{ numero: 1, compromiso: 'A' }, { numero: 1, compromiso: 'B' }], [/^1#[0-9a-f]{8}$/, /^1#[0-9a-f]{8}$/]],
    ['rows alike in número and content fall back to their order', [{ numero: 1 }, { numero: 1 }], [/^1#[0-9a-f]{8}$/, /^1#[0-9a-f]{8}~2$/]],
  ] as [string, Row[], (string | RegExp)[]][])('%s', (_l, rows, want) => {
    const keys = commitments(rows.map((r) => ({ compromiso: 'Igual', ...r, fecha: '2026-03-01' }))).map((c) => c.key);
    keys.forEach((k, i) => expect(k).toMatch(want[i]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('a send that fails halfway is logged as Error; the next run sends only what was not sent', () => {
    const log = fakeLog();
    const first = run(five, log, fakeMailer(100, (to) => to === 'rosa@ugel.pe'));
    expect(first.summary).toMatchObject({ sent: 3, failed: 1 });
    expect(log.values[3].slice(5)).toEqual(['Error', 'Servicio no disponible: rosa@ugel.pe']);
    const second = run(five, log);
    expect(second.mailer.sent.map((d) => d.to[0])).toEqual(['rosa@ugel.pe']);
  });

  test('a run killed after two emails resumes without resending them', () => {
    const log = fakeLog();
    const dying = { ...log, settle: (at: number, e: Parameters<typeof log.settle>[1]) => {
      log.settle(at, e);
      if (at === 2) throw new Error('Tiempo de ejecución agotado');
    } };
    expect(() => run(five, dying)).toThrow('Tiempo de ejecución agotado');
    const resumed = run(five, log);
    expect(resumed.mailer.sent.map((d) => d.to[0])).toEqual(['rosa@ugel.pe', 'sara@ugel.pe']);
  });

  test.each([
    ['the log write after the send throws', 'settle'],
    ['the run is killed between the send and its log', 'kill'],
  ])('%s: the email stays «Sin confirmar», is never resent, and the others still go out', (_l, how) => {
    const log = fakeLog();
    const mailer = fakeMailer();
    const broken = {
      ...log,
      settle: (at: number, e: Parameters<typeof log.settle>[1]) => {
        if (at === 1) throw new Error(how === 'kill' ? 'Se superó el tiempo máximo de ejecución' : 'Service Spreadsheets failed while accessing document');
        log.settle(at, e);
      },
    };
    expect(() => run(five, broken, mailer)).toThrow();
    expect(mailer.sent.map((d) => d.to[0])).toEqual(['ana@ugel.pe']);
    expect(log.values[1].slice(5)).toEqual(['Sin confirmar', expect.stringMatching(/^la ejecución se detuvo mientras se enviaba este correo/)]);
    const rerun = run(five, log);
    expect(rerun.mailer.sent.map((d) => d.to[0])).toEqual(['luis@ugel.pe', 'rosa@ugel.pe', 'sara@ugel.pe']);
    expect(rerun.summary).toMatchObject({ sent: 3, unconfirmed: 1 });
    expect(run(five, log).mailer.sent).toEqual([]);
  });

  test('a log that cannot take the «Sin confirmar» row sends nothing: no email leaves unlogged', () => {
    const log = fakeLog();
    const full = { ...log, record: () => {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    } };
    const mailer = fakeMailer();
    expect(() => run(five, full, mailer)).toThrow('outside the dimensions');
    expect(mailer.sent).toEqual([]);
  });

  test.each([
    ['a person who found it in Gmail’s Enviados writes Enviado: it stays sent', 'Enviado', []],
    ['a person who did not find it deletes the row: the next run sends it', null, ['ana@ugel.pe']],
  ] as [string, string | null, string[]][])('%s', (_l, outcome, want) => {
    const log = fakeLog();
    const broken = { ...log, settle: (at: number, e: Parameters<typeof log.settle>[1]) => (at === 1 ? void 0 : log.settle(at, e)) };
    run(five, broken);
    if (outcome) log.values[1][5] = outcome;
    else log.values.splice(1, 1);
    expect(run(five, log).mailer.sent.map((d) => d.to[0])).toEqual(want);
  });

  test('what does not fit the quota is Diferido and goes out on the next run', () => {
    const log = fakeLog();
    const first = run(five, log, fakeMailer(5)); // each email has 2 recipients: responsable and coordinator
    expect(first.summary).toMatchObject({ sent: 2, deferred: 2 });
    expect(log.values.slice(1).map((r) => r[5])).toEqual(['Enviado', 'Enviado', 'Diferido', 'Diferido']);
    expect(log.values[3][6]).toBe('no alcanza la cuota diaria de correos (quedan 1 destinatarios y este aviso necesita 2): sale en la próxima ejecución');
    const next = run(five, log, fakeMailer(100), day('2026-03-02'));
    expect(next.mailer.sent.map((d) => d.to[0])).toEqual(['rosa@ugel.pe', 'sara@ugel.pe']);
  });

  test('with no quota at all everything is deferred and nothing is sent', () => {
    const log = fakeLog();
    expect(run(five, log, fakeMailer(0)).summary).toMatchObject({ sent: 0, deferred: 4 });
  });

  test.each([
    ['a word instead of an address', 'ana(arroba)ugel', '«ana(arroba)ugel» no es un correo'],
    ['a blank correo', '', 'la celda Correo está vacía'],
  ])('%s is logged as Correo no válido, once, and the others still go out', (_l, correo, detail) => {
    const rows: Row[] = [{ correo, responsable: 'Ana', fecha: '2026-03-01' }, { correo: 'sara@ugel.pe', fecha: '2026-03-01' }];
    const log = fakeLog();
    const first = run(rows, log);
    expect(first.summary).toMatchObject({ sent: 1, invalid: 1 });
    expect(log.values.find((r) => r[5] === 'Correo no válido')?.[6]).toBe(`sin correo válido para Ana: ${detail}`);
    expect(run(rows, log).summary).toMatchObject({ sent: 0, invalid: 0 });
    const fixed = run([{ ...rows[0], correo: 'ana@ugel.pe' }, rows[1]], log);
    expect(fixed.mailer.sent.map((d) => d.to[0])).toEqual(['ana@ugel.pe']);
  });
});

describe('the Bitácora is read and written by its headers', () => {
  test('a column the user inserted and a renamed header: rows land under the right headers, nothing is sent twice', () => {
    const log = fakeLog(['Fecha', 'Notas', 'Para', 'Copia', 'Asunto', 'Elementos', 'Estado', 'Detalle']);
    expect(run(five, log).summary.sent).toBe(4);
    expect(log.values[2]).toEqual([now(), '', 'luis@ugel.pe', 'coord@ugel.pe', 'Compromisos al 01/03/2026: 1 por vencer', 'C-003|2026-03-01|0', 'Enviado', '']);
    expect(run(five, log).mailer.sent).toEqual([]);
  });

  test('columns moved to another order keep working', () => {
    const log = fakeLog(['Resultado', 'Elementos', 'Destinatario', 'Fecha']);
    run(five, log);
    expect(log.values[1]).toEqual(['Enviado', 'C-002|2026-02-20|v1\nC-001|2026-03-08|7', 'ana@ugel.pe', now()]);
    expect(run(five, log).mailer.sent).toEqual([]);
  });

  test.each([
    ['Elementos renamed', ['Fecha', 'Destinatario', 'Copia', 'Asunto', 'Lista', 'Resultado', 'Detalle'], 'la hoja «Bitácora de avisos» no tiene la columna «Elementos»'],
    ['Resultado and Destinatario deleted', ['Fecha', 'Copia', 'Asunto', 'Elementos', 'Detalle'], 'la hoja «Bitácora de avisos» no tiene las columnas «Destinatario», «Resultado»'],
  ])('%s: the log is not taken for empty but named as unreadable', (_l, header, want) => {
    const reading = readLog([header, [new Date(), 'ana@ugel.pe', '', '', 'C-001|2026-03-08|7', 'Enviado', '']]);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(describeIssue(reading.issue)).toMatch(new RegExp(`^${want}: no se envía ningún aviso`));
  });

  test('an empty sheet is a new Bitácora', () => {
    expect(readLog([['', ''], ['', '']]).ok).toBe(true);
  });
});

describe('a correo cell with one bad address among good ones', () => {
  test('the digest goes to the valid address; the invalid one is logged as Correo no válido, once', () => {
    const rows: Row[] = [{ correo: 'ana@ugel.pe; luis@', responsable: 'Ana', fecha: '2026-03-01' }];
    const log = fakeLog();
    const first = run(rows, log);
    expect(first.mailer.sent.map((d) => d.to)).toEqual([['ana@ugel.pe']]);
    expect(first.summary).toMatchObject({ sent: 1, invalid: 1, reminders: 1 });
    expect(log.values.slice(1).map((r) => [r[1], r[5], r[6]])).toEqual([
      ['luis@', 'Correo no válido', '«luis@» no es un correo: el aviso para Ana sale solo a ana@ugel.pe'],
      ['ana@ugel.pe', 'Enviado', ''],
    ]);
    const again = run(rows, log);
    expect(again.mailer.sent).toEqual([]);
    expect(again.summary).toMatchObject({ sent: 0, invalid: 0 });
  });
});
