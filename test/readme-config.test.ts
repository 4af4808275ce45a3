// The README's configuration table is the one CONFIG_KEYS produces (run `npm run docs` to refresh it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withConfigTable } from '../build/readme-config';

test('README lists every configuration key with its default', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
  expect(readme).toBe(withConfigTable(readme));
});
