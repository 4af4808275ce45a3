// `npx tsx local/write-registros.ts`: writes the office registers of issue 9 (test/fixtures/registros/), the same bytes each time.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTROS, REGISTROS_DIR } from './registros';
import { writeWorkbook } from './workbook';

async function main(): Promise<void> {
  for (const [name, build] of Object.entries(REGISTROS)) {
    const path = join(REGISTROS_DIR, `${name}.xlsx`);
    await writeWorkbook(build(), path);
    console.log(`test/fixtures/registros/${name}.xlsx: ${(statSync(path).size / 1024).toFixed(1)} KB`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
