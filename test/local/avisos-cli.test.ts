// `npm run avisos -- --enviar` sends nothing it cannot log: an unwritable workbook stops it before any email.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from '../../local/demo';
import { tempDir } from './factories';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const DAY = '2026-11-21';

async function demoWith(outboxName: string) {
  const dir = tempDir('avisos-');
  const book = join(dir, 'demo.xlsx');
  await generateDemo(book, { today: DAY });
  const outbox = join(dir, outboxName);
  const send = () => spawnSync(TSX, [join(ROOT, 'local/avisos.ts'), book, '--hoy', DAY, '--salida', outbox, '--enviar'], { cwd: ROOT, encoding: 'utf8' });
  return { book, outbox, send };
}

test('a read-only workbook stops the run before any email, with the reason in Spanish', async () => {
  const { book, outbox, send } = await demoWith('correo');
  chmodSync(book, 0o444);
  const before = readFileSync(book);
  const run = send();
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('Error: No se puede guardar «demo.xlsx»: el archivo es de solo lectura.');
  expect(existsSync(outbox)).toBe(false);
  expect(readFileSync(book).equals(before)).toBe(true);
}, 60000);

test('the emails land in the outbox once the Bitácora is saved, with no working folder left behind', async () => {
  const { outbox, send } = await demoWith('correo');
  const run = send();
  expect(run.status).toBe(0);
  const files = readdirSync(outbox);
  expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(9);
  expect(files.filter((f) => !f.endsWith('.eml'))).toEqual([]);
  expect(run.stdout).toContain(`Enviado a `);
  expect(run.stdout).toContain(join(outbox, files[0]));
}, 60000);
