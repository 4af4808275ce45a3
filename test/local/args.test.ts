// The command-line parser of calc, avisos and start: every slip is a Spanish error with exit code 2, never a silent default.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { UsageError, parseOptions } from '../../local/args';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SPEC = { salida: { value: true, example: 'otro.xlsx' }, formulas: { value: false } } as const;

test.each([
  ['a value after its option', ['libro.xlsx', '--salida', 'b.xlsx'], { options: { salida: 'b.xlsx' }, positionals: ['libro.xlsx'], help: false }],
  ['a value after =', ['--salida=b.xlsx', 'libro.xlsx'], { options: { salida: 'b.xlsx' }, positionals: ['libro.xlsx'], help: false }],
  ['a flag', ['--formulas', 'libro.xlsx'], { options: { formulas: true }, positionals: ['libro.xlsx'], help: false }],
  ['help in Spanish or English', ['--ayuda'], { options: {}, positionals: [], help: true }],
  ['a lone dash as a name', ['-'], { options: {}, positionals: ['-'], help: false }],
])('reads %s', (_label, argv, want) => expect(parseOptions(argv, SPEC)).toEqual(want));

test.each([
  ['a value missing at the end', ['libro.xlsx', '--salida'], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida otro.xlsx.'],
  ['another option where the value goes', ['--salida', '--formulas'], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida otro.xlsx.'],
  ['an empty value', ['--salida='], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida otro.xlsx.'],
  ['an unknown option', ['--rapido'], 'La opción --rapido no existe.'],
  ['a single-dash option', ['-salida', 'b.xlsx'], 'La opción -salida no existe.'],
  ['an option of the prototype', ['--constructor'], 'La opción --constructor no existe.'],
  ['a value given to a flag', ['--formulas=no'], 'La opción --formulas no lleva valor (recibí «no»).'],
  ['an option twice', ['--salida', 'a.xlsx', '--salida', 'b.xlsx'], 'La opción --salida aparece dos veces.'],
])('refuses %s', (_label, argv, message) => {
  expect(() => parseOptions(argv, SPEC)).toThrow(UsageError);
  expect(() => parseOptions(argv, SPEC)).toThrow(message);
});

test.each([
  ['npm run calc', 'local/calc.ts', ['libro.xlsx', '--salida'], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida otro.xlsx.', 'Uso: npm run calc'],
  ['npm run calc', 'local/calc.ts', ['libro.xlsx', '--valores'], 'La opción --valores no existe.', 'Uso: npm run calc'],
  ['npm start', 'local/start.ts', ['libro.xlsx', '--salida'], 'Falta el valor de --salida: escríbalo después, por ejemplo --salida copia.xlsx.', 'Uso: npm start'],
  ['npm start', 'local/start.ts', ['libro.xlsx', '--puerto', '80'], 'La opción --puerto no existe.', 'Uso: npm start'],
])('%s %p: the sentence, the usage, exit code 2', (_command, script, argv, message, usage) => {
  const run = spawnSync(TSX, [join(ROOT, script), ...argv], { cwd: ROOT, encoding: 'utf8' });
  expect(run.status).toBe(2);
  expect(run.stderr.split('\n')[0]).toBe(message);
  expect(run.stderr).toContain(usage);
}, 30000);
