// `npm run avisos`: prints the digests; with --enviar writes .eml files and the Bitácora, so a second run sends nothing new.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../local/demo';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

test('prints, sends once, then finds nothing new the same day', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'avisos-cli-'));
  const book = join(dir, 'demo.xlsx');
  const outbox = join(dir, 'correo');
  await generateDemo(book, { today: '2026-11-21' });
  const avisos = (...args: string[]) => execFileSync(TSX, [join(ROOT, 'local/avisos.ts'), book, '--hoy', '2026-11-21', '--salida', outbox, ...args], { cwd: ROOT, encoding: 'utf8' });

  const preview = avisos();
  expect(preview).toMatch(/^Asunto: Compromisos al 21\/11\/2026: /m);
  expect(preview).toMatch(/9 correo\(s\) saldrían con fecha de corte 21\/11\/2026 y 1 no, por su correo\./);
  // The demo's impossible fecha límite gets no reminder: the CLI says so, as the panel does.
  expect(preview).toMatch(/Filas que no se pudieron leer \(no reciben avisos hasta corregirlas\): 1\n  · Fila \d+: «30\/02\/2026» no es una fecha que exista/);

  expect(avisos('--enviar')).toMatch(/Fecha de corte 21\/11\/2026: 9 enviado\(s\), 0 diferido\(s\), 1 con correo no válido, 0 con error\./);
  expect(readdirSync(outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(9);

  expect(avisos('--enviar')).toMatch(/: 0 enviado\(s\), 0 diferido\(s\), 0 con correo no válido/);
  expect(readdirSync(outbox)).toHaveLength(9);
}, 60000);
