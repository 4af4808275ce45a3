// `npm run bench`: runs every benchmark section on the built dist/, prints its figures and PASS/FAIL per target.
import { cpus, loadavg } from 'node:os';
import { batchSection, sidebarSection } from './batch';
import { bundleSection } from './bundle';
import { functionsSection } from './functions';
import { hyperformulaSection } from './hyperformula';
import { memoSection } from './memo';
import { roundTripsSection } from './roundtrips';
import { scaleSection } from './scale';
import { Section, printSection } from './report';

/**
 * The sections, in the order they print. To add one (e.g. issue 3's batch over 10,000 students),
 * write `bench/<name>.ts` exporting a function that returns a `Section` (or a Promise of one)
 * and list it here; its checks join the PASS/FAIL summary and the exit code.
 */
const SECTIONS: (() => Section | Promise<Section>)[] = [bundleSection, functionsSection, memoSection, hyperformulaSection, roundTripsSection, batchSection, scaleSection, sidebarSection];

async function main() {
  // Timings on a shared machine are only comparable at a similar load: print it with them.
  console.log(`Node ${process.version}, ${new Date().toISOString()}, carga del sistema ${loadavg()[0].toFixed(1)} en ${cpus().length} núcleos`);
  let failed = 0;
  let total = 0;
  for (const run of SECTIONS) {
    const section = await run();
    failed += printSection(section);
    total += section.checks.length;
  }
  console.log(`\n${failed === 0 ? 'PASS' : 'FAIL'}: ${total - failed} de ${total} objetivos cumplidos`);
  if (failed) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
