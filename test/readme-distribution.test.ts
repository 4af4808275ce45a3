// README «Llevarlo a las escuelas» and docs/aviso-de-privacidad.md say the same permissions as «Permisos» and appsscript.json, in the place the README promises.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const NOTICE = readFileSync(join(ROOT, 'docs/aviso-de-privacidad.md'), 'utf8');
const SCOPES = (JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] }).oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''));

/** The text from a heading to the next heading of the same level or above. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const level = heading.split(' ')[0];
  const ends = ['\n## ', ...(level === '###' ? ['\n### '] : [])].map((h) => text.indexOf(h, start + heading.length + 1)).filter((i) => i > 0);
  return text.slice(start + 1, Math.min(...ends, text.length));
}

/** The first cell of each table row, and the «…» quotes in it. */
const firstCells = (text: string) => text.split('\n').filter((l) => /^\| [^-]/.test(l)).map((l) => l.split('|')[1].trim());
const quoted = (cells: string[]) => cells.map((c) => /^«(.+?)…?»$/.exec(c)?.[1]).filter((q): q is string => q !== undefined);

/** Google's consent texts as the «Permisos» table gives them, by scope. */
const consent = new Map(
  section(README, '### Permisos')
    .split('\n')
    .map((l) => l.split('|').map((c) => c.trim()))
    .filter((c) => /^`[a-z_.]+`$/.test(c[1] ?? ''))
    .map((c) => [c[1].slice(1, -1), c[3].slice(1, -1)]),
);

test('the section comes right before «## Despliegue en Google Sheets», with its three parts', () => {
  const headings = README.split('\n').filter((l) => /^##+ /.test(l));
  const at = headings.indexOf('## Llevarlo a las escuelas');
  expect(headings.slice(at, at + 5)).toEqual(['## Llevarlo a las escuelas', '### Plantilla para copiar', '### Complemento publicado en el Marketplace', '### ¿Cuál me conviene?', '## Despliegue en Google Sheets']);
});

test('the template route names every permission of appsscript.json with the words of «Permisos»', () => {
  expect(consent.size).toBe(SCOPES.length);
  const shown = quoted(firstCells(section(README, '### Plantilla para copiar')));
  expect(shown).toHaveLength(SCOPES.length);
  for (const scope of SCOPES) expect(shown.some((q) => consent.get(scope)!.startsWith(q))).toBe(true);
});

test('the Marketplace route justifies every permission of appsscript.json, and no other', () => {
  const rows = firstCells(section(README, '### Complemento publicado en el Marketplace')).filter((c) => /^`[a-z_.]+`$/.test(c));
  expect(rows.map((c) => c.slice(1, -1)).sort()).toEqual([...SCOPES].sort());
});

test('the privacy notice lists each consent text of «Permisos», whole', () => {
  expect(quoted(firstCells(NOTICE)).sort()).toEqual([...consent.values()].sort());
});

test('the privacy notice says where data stays: the sheet, the Bitácora and the document properties', () => {
  expect(NOTICE).toContain('**Todo queda en la hoja de cálculo de la institución**');
  expect(NOTICE).toContain('**La hoja «Bitácora de avisos»**');
  expect(NOTICE).toContain('**Propiedades del documento**');
});

test('the README shows the local Tablero picture and links the notice, and both files exist', () => {
  for (const file of ['docs/tablero-local.png', 'docs/aviso-de-privacidad.md']) {
    expect(README).toContain(`(${file})`);
    expect(existsSync(join(ROOT, file))).toBe(true);
  }
});
