// What every benchmark section returns and how `npm run bench` prints it: a table, then PASS/FAIL per target.

/** One measured target: what it is, the measured figure in words, and whether it met the target. */
export interface Check {
  target: string;
  measured: string;
  pass: boolean;
}

/** One section of the benchmark: a title, an optional table of figures, and the targets it checks. */
export interface Section {
  title: string;
  table?: { header: string[]; rows: string[][] };
  checks: Check[];
}

/** Median of a list of durations; the benchmark reports medians so one GC pause does not decide. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds one call of `fn` takes. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * Runs each of `fns` `warmups` times untimed, then `runs` rounds that time each once in turn, so
 * all of them see the same load on a shared machine. Returns the durations in ms, one list per fn.
 */
export function timeInterleaved(fns: (() => unknown)[], runs: number, warmups = 2): number[][] {
  for (let i = 0; i < warmups; i++) fns.forEach((fn) => fn());
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) fns.forEach((fn, j) => times[j].push(timeOnce(fn)));
  return times;
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** Prints a section; returns how many of its targets failed. */
export function printSection(section: Section): number {
  console.log(`\n## ${section.title}\n`);
  if (section.table) printTable(section.table.header, section.table.rows);
  if (section.checks.length) console.log('');
  for (const c of section.checks) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.target}: ${c.measured}`);
  return section.checks.filter((c) => !c.pass).length;
}
