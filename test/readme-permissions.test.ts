// The README's «Permisos» table names every scope appsscript.json asks for, with its use and Google's consent text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const PREFIX = 'https://www.googleapis.com/auth/';

/** The rows of the table under «### Permisos»: scope, use, consent text. */
function permissionRows(): Map<string, { use: string; consent: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n### Permisos\n');
  if (start < 0) throw new Error('README.md has no «### Permisos» section');
  const section = readme.slice(start + 1, readme.indexOf('\n## ', start + 1));
  const rows = new Map<string, { use: string; consent: string }>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const scope = /^`([a-z_.]+)`/.exec(cells[1] ?? '');
    if (scope) rows.set(scope[1], { use: cells[2], consent: cells[3] });
  }
  return rows;
}

describe('README «Permisos»', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
  const rows = permissionRows();

  test.each(manifest.oauthScopes)('%s has a row with what it is for and what Google asks', (scope) => {
    const row = rows.get(scope.replace(PREFIX, ''));
    expect(row).toBeDefined();
    expect(row?.use.length).toBeGreaterThan(20);
    expect(row?.consent).toMatch(/^«.+»$/);
  });
});
