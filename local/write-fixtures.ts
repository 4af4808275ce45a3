// `npm run fixtures`: writes every fixture workbook of local/fixtures.ts into test/fixtures/.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { writeWorkbook } from './workbook';
import { FIXTURES } from './fixtures';

const DIR = join(__dirname, '../test/fixtures');

async function main(): Promise<void> {
  for (const [name, build] of Object.entries(FIXTURES)) {
    const path = join(DIR, name);
    await writeWorkbook(build(), path);
    console.log(`test/fixtures/${name}: ${(statSync(path).size / 1024).toFixed(1)} KB`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
