// The Configuración sheet: overrides, issues that name the row, defaults that stand, and the round trip.
import { CONFIG_KEYS, DEFAULT_RULES, Rules, defaultConfigRows, fieldOfClave, readConfigRows, showConfigValue } from '../../src/core/config';
import * as z from 'zod/mini';
import fc from 'fast-check';
import { parseRules, wholeSchema } from '../../src/core/config-schema';
import { describe as describeIssue } from '../../src/core/es/issues';

const read = (rows: unknown[][], firstRow?: number) => {
  const r = readConfigRows(rows, firstRow);
  return { rules: r.rules, messages: r.issues.map((i) => describeIssue(i)), warnings: r.warnings.map((i) => describeIssue(i)) };
};

describe('readConfigRows', () => {
  test('no rows: the reglamento defaults', () => {
    expect(read([])).toEqual({ rules: DEFAULT_RULES, messages: [], warnings: [] });
  });

  test.each<[string, unknown, keyof Rules, unknown]>([
    ['asistencia_minima', '80 %', 'minAttendance', 0.8],
    ['asistencia_minima', '0,8', 'minAttendance', 0.8],
    ['asistencia_minima', 0.75, 'minAttendance', 0.75],
    ['asistencia_minima', 70, 'minAttendance', 0.7],
    ['asistencia_minima', '85%', 'minAttendance', 0.85],
    ['Asistencia Mínima', '90 %', 'minAttendance', 0.9],
    [' asistencia-minima ', '90 %', 'minAttendance', 0.9],
    ['justificadas_cuentan', 'No', 'justifiedCount', false],
    ['justificadas_cuentan', false, 'justifiedCount', false],
    ['escala_maxima', '20', 'gradeMax', 20],
    ['calificacion_aprobatoria', '6,5', 'passingGrade', 6.5],
    ['max_materias_adeudadas', 2, 'maxOwedSubjects', 2],
    ['dias_aviso_compromisos', '10', 'followUpWarningDays', 10],
    ['dias_aviso_vigencia', 60, 'vigenciaWarningDays', 60],
    ['escalera_avisos', '30; 15, 7 1', 'reminderSteps', [30, 15, 7, 1]],
    ['escalera_avisos', 5, 'reminderSteps', [5]],
    ['combinacion_becas', ' Suma ', 'becaCombination', 'suma'],
    ['correo_coordinador', ' coordinacion@ugel.gob.pe ', 'coordinatorEmail', 'coordinacion@ugel.gob.pe'],
    ['beca_empresas', '15 %', 'empresasPct', 0.15],
    ['beca_empresas', '', 'empresasPct', null],
  ])('%s = %p sets %s to %p', (clave, valor, field, want) => {
    const r = read([[clave, valor]]);
    expect(r.messages).toEqual([]);
    expect(r.rules[field]).toEqual(want);
    expect({ ...r.rules, [field]: DEFAULT_RULES[field] }).toEqual(DEFAULT_RULES);
  });

  test('skips the header row, comment rows and rows without a key; a blank value keeps the default', () => {
    const r = read([
      ['clave', 'valor', 'descripción'],
      ['# comentario de la secretaría', 'lo que sea'],
      ['', 'valor sin clave'],
      ['asistencia_minima', ''],
      ['dias_aviso_compromisos', 3],
    ]);
    expect(r.messages).toEqual([]);
    expect(r.rules).toEqual({ ...DEFAULT_RULES, followUpWarningDays: 3 });
  });

  test('an unknown key (a note typed in a row) is a warning naming the row, not an issue; the other rows apply', () => {
    const r = read([['clave', 'valor'], ['Nota: revisado por Marta', ''], ['clave_inventada', 5], ['max_materias_adeudadas', 2]]);
    expect(r.messages).toEqual([]);
    expect(r.warnings).toEqual([
      'Configuración, fila 2: la clave «Nota: revisado por Marta» no existe',
      'Configuración, fila 3: la clave «clave_inventada» no existe',
    ]);
    expect(r.rules).toEqual({ ...DEFAULT_RULES, maxOwedSubjects: 2 });
  });

  test.each([
    [
      'a percentage that is text',
      ['asistencia_minima', 'ochenta'],
      'Configuración, fila 2 (asistencia_minima): el valor «ochenta» no sirve; se esperaba un porcentaje entre 0 % y 100 % (por ejemplo 10 % o 0,1)',
    ],
    [
      'a percentage above 100 %',
      ['asistencia_minima', '120 %'],
      'Configuración, fila 2 (asistencia_minima): el valor «120 %» no sirve; se esperaba un porcentaje entre 0 % y 100 % (por ejemplo 10 % o 0,1)',
    ],
    ['a fractional integer', ['dias_aviso_compromisos', '7,5'], 'Configuración, fila 2 (dias_aviso_compromisos): el valor «7,5» no sirve; se esperaba un número entero'],
    ['a negative number of days', ['dias_aviso_vigencia', -1], 'Configuración, fila 2 (dias_aviso_vigencia): el valor -1 no sirve; se esperaba un número entero mayor o igual que 0'],
    ['a number above its maximum', ['antiguedad_personal', 70], 'Configuración, fila 2 (antiguedad_personal): el valor 70 no sirve; se esperaba un número menor o igual que 60'],
    ['a yes/no that is neither', ['justificadas_cuentan', 'a veces'], 'Configuración, fila 2 (justificadas_cuentan): el valor «a veces» no sirve; se esperaba sí o no'],
    [
      'a list with a word in it',
      ['escalera_avisos', '30, quince'],
      'Configuración, fila 2 (escalera_avisos): el valor «30, quince» no sirve; se esperaba una lista de días enteros separados por comas, por ejemplo 30, 15, 7, 1, 0',
    ],
    ['a bad email', ['correo_coordinador', 'coordinación'], 'Configuración, fila 2 (correo_coordinador): el valor «coordinación» no sirve; se esperaba un correo electrónico válido, o nada'],
    ['an unknown combination', ['combinacion_becas', 'promedio'], 'Configuración, fila 2 (combinacion_becas): el valor «promedio» no sirve; se esperaba «mayor» o «suma»'],
  ])('%s is an issue naming the row; the default stands and the other rows apply', (_label, row, message) => {
    const r = read([['clave', 'valor'], row, ['max_materias_adeudadas', 2]]);
    expect(r.messages).toEqual([message]);
    const field = fieldOfClave(row[0]);
    if (field) expect(r.rules[field]).toEqual(DEFAULT_RULES[field]);
    expect(r.rules.maxOwedSubjects).toBe(2);
  });

  test('counts rows from firstRow, as in the sheet', () => {
    expect(read([['clave_inventada', 1]], 7).warnings).toEqual(['Configuración, fila 7: la clave «clave_inventada» no existe']);
    expect(read([['asistencia_minima', 'ochenta']], 7).messages[0]).toMatch(/^Configuración, fila 7 /);
  });

  describe('keys checked against each other', () => {
    test.each([
      ['both committee bounds raised, lower first', [['beca_comite_minima', '60 %'], ['beca_comite_maxima', '80 %']]],
      ['both committee bounds raised, upper first', [['beca_comite_maxima', '80 %'], ['beca_comite_minima', '60 %']]],
    ])('%s: both apply', (_label, rows) => {
      const r = read(rows);
      expect(r.messages).toEqual([]);
      expect([r.rules.committeeMinPct, r.rules.committeeMaxPct]).toEqual([0.6, 0.8]);
    });

    test('a 50–100 grading scale applies whichever row comes first', () => {
      const scale = [['escala_minima', 50], ['escala_maxima', 100], ['calificacion_aprobatoria', 60], ['calificacion_sin_derecho', 50]];
      for (const rows of [scale, [...scale].reverse()]) {
        const r = read(rows);
        expect(r.messages).toEqual([]);
        expect([r.rules.gradeMin, r.rules.gradeMax, r.rules.passingGrade, r.rules.gradeWithoutRight]).toEqual([50, 100, 60, 50]);
      }
    });

    /** The sheet "Crear plantillas" writes (every key at its default), with some values changed as a secretary would. */
    const defaultSheetWith = (changes: Record<string, unknown>) => defaultConfigRows().map((row) => (row[0] in changes ? [row[0], changes[row[0]]] : row));
    const rowOfClave = (clave: string) => defaultConfigRows().findIndex((row) => row[0] === clave) + 1;

    test.each([
      [
        'a committee minimum above the untouched maximum blames the minimum, not the maximum',
        { beca_comite_minima: '60 %' },
        `Configuración, fila ${rowOfClave('beca_comite_minima')} (beca_comite_minima): el valor «60 %» no sirve; debe ser menor o igual que beca_comite_maxima, que vale 50 % (fila ${rowOfClave('beca_comite_maxima')})`,
      ],
      [
        'a committee maximum below the untouched minimum blames the maximum',
        { beca_comite_maxima: '20 %' },
        `Configuración, fila ${rowOfClave('beca_comite_maxima')} (beca_comite_maxima): el valor «20 %» no sirve; debe ser mayor o igual que beca_comite_minima, que vale 25 % (fila ${rowOfClave('beca_comite_minima')})`,
      ],
      [
        'a passing grade above the top of the scale',
        { calificacion_aprobatoria: 11 },
        `Configuración, fila ${rowOfClave('calificacion_aprobatoria')} (calificacion_aprobatoria): el valor 11 no sirve; debe ser menor o igual que escala_maxima, que vale 10 (fila ${rowOfClave('escala_maxima')})`,
      ],
      [
        'a passing grade below the bottom of the scale',
        { calificacion_aprobatoria: 4 },
        `Configuración, fila ${rowOfClave('calificacion_aprobatoria')} (calificacion_aprobatoria): el valor 4 no sirve; debe ser mayor o igual que escala_minima, que vale 5 (fila ${rowOfClave('escala_minima')})`,
      ],
      [
        'a grade without the right off the scale',
        { calificacion_sin_derecho: '0' },
        `Configuración, fila ${rowOfClave('calificacion_sin_derecho')} (calificacion_sin_derecho): el valor «0» no sirve; debe ser mayor o igual que escala_minima, que vale 5 (fila ${rowOfClave('escala_minima')})`,
      ],
      [
        'a scale minimum raised above the untouched passing grade blames the minimum',
        { escala_minima: 7 },
        `Configuración, fila ${rowOfClave('escala_minima')} (escala_minima): el valor 7 no sirve; debe ser menor o igual que calificacion_aprobatoria, que vale 6 (fila ${rowOfClave('calificacion_aprobatoria')})`,
      ],
    ])('%s, in the default sheet; the defaults stand', (_label, changes, message) => {
      const r = read(defaultSheetWith(changes));
      expect(r.messages).toEqual([message]);
      expect(r.rules).toEqual(DEFAULT_RULES);
    });

    test('a key the sheet does not list is named as the default it keeps', () => {
      expect(read([['calificacion_aprobatoria', 11]]).messages).toEqual([
        'Configuración, fila 1 (calificacion_aprobatoria): el valor 11 no sirve; debe ser menor o igual que escala_maxima, que vale 10 (valor predeterminado)',
      ]);
    });

    test('crossed bounds both changed blame the upper one, name the lower, and keep it', () => {
      const r = read([['escala_minima', 0], ['escala_maxima', 0], ['calificacion_aprobatoria', 0], ['calificacion_sin_derecho', 0]]);
      expect(r.messages).toEqual(['Configuración, fila 2 (escala_maxima): el valor 0 no sirve; debe ser mayor que escala_minima, que vale 0 (fila 1)']);
      expect([r.rules.gradeMin, r.rules.gradeMax, r.rules.passingGrade]).toEqual([0, 10, 0]);
    });

    test('each blamed key is reported once, and the rest of the sheet still applies', () => {
      const r = read([['escala_minima', 7], ['escala_maxima', 6.5], ['max_materias_adeudadas', 2]]);
      expect(r.messages).toEqual([
        'Configuración, fila 2 (escala_maxima): el valor 6,5 no sirve; debe ser mayor que escala_minima, que vale 7 (fila 1)',
        'Configuración, fila 1 (escala_minima): el valor 7 no sirve; debe ser menor o igual que calificacion_aprobatoria, que vale 6 (valor predeterminado)',
      ]);
      expect(r.rules).toEqual({ ...DEFAULT_RULES, maxOwedSubjects: 2 });
    });
  });
});

describe('defaultConfigRows', () => {
  test('lists every key once, under a header, with a Spanish description', () => {
    const rows = defaultConfigRows();
    expect(rows[0]).toEqual(['clave', 'valor', 'descripción']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Object.values(CONFIG_KEYS).map((k) => k.clave));
    for (const row of rows.slice(1)) expect(row[2].length).toBeGreaterThan(10);
  });

  test('shows percentages and yes/no as a secretary types them', () => {
    const byClave = new Map(defaultConfigRows().map((r) => [r[0], r[1]]));
    expect(byClave.get('asistencia_minima')).toBe('80 %');
    expect(byClave.get('justificadas_cuentan')).toBe('sí');
    expect(byClave.get('promedio_excelencia')).toBe('9,5');
    expect(byClave.get('escalera_avisos')).toBe('30, 15, 7, 1, 0');
    expect(byClave.get('beca_empresas')).toBe('');
  });

  test('round-trips through readConfigRows to the defaults, with no issue', () => {
    expect(read(defaultConfigRows())).toEqual({ rules: DEFAULT_RULES, messages: [], warnings: [] });
  });

  test('a changed value written with showConfigValue reads back the same', () => {
    const changed: Partial<Rules> = { minAttendance: 0.85, justifiedCount: false, passingGrade: 6.5, reminderSteps: [10, 3, 0], empresasPct: 0.125, becaCombination: 'suma' };
    const rows = (Object.keys(changed) as (keyof Rules)[]).map((f) => [CONFIG_KEYS[f].clave, showConfigValue(f, changed[f])]);
    expect(read(rows)).toEqual({ rules: { ...DEFAULT_RULES, ...changed }, messages: [], warnings: [] });
  });
});

describe('the rules schema, loaded on first use', () => {
  test('DEFAULT_RULES, written out, are exactly the schema defaults', () => {
    const parsed = parseRules({});
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(DEFAULT_RULES);
  });

  /** Values for a key: its default, valid and invalid numbers, other types, lists and the texts its schemas know. */
  const anyValue = (field: keyof Rules): fc.Arbitrary<unknown> => {
    const def = DEFAULT_RULES[field];
    return fc.oneof(
      fc.constant(def),
      fc.double({ min: -10, max: 200, noNaN: true }),
      fc.integer({ min: -5, max: 4000 }),
      fc.constantFrom(0, 1, 0.5, 10, 100, 101, 2958466, null, true, false, '', 'mayor', 'suma', 'truncar', 'todos', 'promedio', 'x@escuela.mx', 'no es correo', undefined),
      fc.array(fc.integer({ min: -1, max: 4000 }), { maxLength: 22 }),
    );
  };
  const fields = Object.keys(DEFAULT_RULES) as (keyof Rules)[];
  /**
   * What a zod answer says, as config.ts reads it: the data, or the keys' issues in order, or (when every
   * key is valid) the pairs out of order. zod also checks the pairs of an object whose keys broke a
   * bound, on the bad values; config.ts never asks that (it drops a bad key before the whole check).
   */
  const shown = (r: { success: boolean; data?: unknown; error?: { issues: readonly z.core.$ZodIssue[] } }) => {
    if (r.success) return { data: r.data };
    const issues = r.error!.issues.map((i) => ({ code: i.code, path: i.path, minimum: (i as { minimum?: unknown }).minimum, maximum: (i as { maximum?: unknown }).maximum, pair: (i as { params?: { pair?: unknown } }).params?.pair }));
    const keys = issues.filter((i) => i.code !== 'custom');
    return { issues: keys.length ? keys : issues };
  };

  test('parseRules answers as one zod object of every key with the ordered pairs (fast-check, 400 cases)', () => {
    const whole = wholeSchema();
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), fc.constant(0)).chain((keys) => fc.record(Object.fromEntries(Object.keys(keys).map((k) => [k, anyValue(k as keyof Rules)])))), (overrides) => {
        expect(shown(parseRules(overrides))).toEqual(shown(z.safeParse(whole, overrides)));
      }),
      { numRuns: 400 },
    );
  });

  test.each([
    ['a grade above the scale', { passingGrade: 11 }],
    ['two pairs out of order', { gradeMin: 9, passingGrade: 7, committeeMinPct: 0.6 }],
    ['a bad key and a pair out of order', { minAttendance: 2, gradeMin: 10 }],
    ['an unknown key', { otra: 3, dueDay: 31 }],
    ['lists', { reminderSteps: [30, 15, 7, 1, 0], excelenciaSemesters: [] }],
  ])('parseRules answers as the whole schema: %s', (_what, overrides) => {
    expect(shown(parseRules(overrides))).toEqual(shown(z.safeParse(wholeSchema(), overrides)));
  });

  /** Loads config.ts afresh and says whether zod ran by the time `use` returns. */
  const zodLoadedAfter = (use: (config: typeof import('../../src/core/config')) => void): boolean => {
    let loaded = false;
    jest.isolateModules(() => {
      jest.doMock('zod/mini', () => {
        loaded = true;
        return jest.requireActual('zod/mini');
      });
      use(require('../../src/core/config'));
    });
    jest.dontMock('zod/mini');
    return loaded;
  };

  test('loading the module runs no zod: the defaults, the keys and the default sheet need none', () => {
    expect(
      zodLoadedAfter((config) => {
        expect(config.DEFAULT_RULES.minAttendance).toBe(0.8);
        expect(config.defaultConfigRows().length).toBe(Object.keys(config.CONFIG_KEYS).length + 1);
      }),
    ).toBe(false);
  });

  test('rows that change nothing (a blank Configuración!A:B, only the header) build no schema', () => {
    expect(zodLoadedAfter((config) => expect(config.readConfigRows([['clave', 'valor'], ['', ''], ['# nota', 'x']]).rules).toBe(config.DEFAULT_RULES))).toBe(false);
  });

  test('the first row with a value builds it, and reads it', () => {
    expect(zodLoadedAfter((config) => expect(config.readConfigRows([['asistencia_minima', '90 %']]).rules.minAttendance).toBe(0.9))).toBe(true);
  });
});
