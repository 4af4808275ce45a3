// One `npm run calc` in its own process, for bench/scale.ts: prints its round trips and its peak RSS as JSON on the last line.
import { calc } from '../local/calc';

async function main() {
  const [book, output] = process.argv.slice(2);
  let trips = '';
  await calc({ book, output, mode: 'valores', replace: false }, (line) => {
    const m = /serían (\d+) viaje/.exec(line);
    if (m) trips = m[1];
  });
  // resourceUsage().maxRSS is in kilobytes: the largest this process ever was.
  console.log(JSON.stringify({ trips: Number(trips), peakMB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
