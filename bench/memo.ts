// No cliff at the memo's size: 100,000 rows with 1,000, 2,001 and 50,000 distinct values, time per 1,000 rows.
import vm from 'node:vm';
import { loadBundle } from '../test/helpers/bundle';
import { GENERATION_SIZE } from '../src/core/memo';
import { Check, Section, median, ms, timeInterleaved } from './report';

export const MEMO_ROWS = 100_000;
/**
 * 1,000 and 2,001 distinct values straddle the old bound, where the cache was cleared whole. Between
 * one and two generations a cycling column's hit rate falls gradually, to none at twice a generation:
 * that column shows it then costs no more than 50,000, where almost every row is new.
 */
export const DISTINCT = [1_000, 2_001, 2 * GENERATION_SIZE, 50_000];
/** 2,001 distinct values, one past a memo generation, may cost at most this much more than 1,000. */
export const MAX_CLIFF = 1.5;
const RUNS = 5;

type Realm = Record<string, any>;
type Fn = (...a: unknown[]) => unknown;

/** One column of `MEMO_ROWS` rows whose row r holds `value(r % distinct)`. */
function column(distinct: number, value: (k: number) => unknown): unknown[][] {
  return Array.from({ length: MEMO_ROWS }, (_, r) => [value(r % distinct)]);
}

/**
 * Ways a hand-typed column writes plan I: with stray spaces before and after and in any case they
 * are distinct texts that read the same, which is how a text-heavy column reaches 50,000 distinct values.
 */
const PLAN_I = ['I', 'Plan I', 'plan i', 'PLAN I', 'Continuidad', 'continuidad', 'Beca de continuidad', 'BECA DE CONTINUIDAD', 'Plan I - Continuidad', 'Plan I Continuidad', 'beca I', 'Plan de beca I'];
const PAD = 65;
function planSpelling(k: number): string {
  const word = PLAN_I[k % PLAN_I.length];
  const rest = Math.floor(k / PLAN_I.length);
  return `${' '.repeat(rest % PAD)}${word}${' '.repeat(Math.floor(rest / PAD))}`;
}

interface Case {
  name: string;
  /** What makes the values distinct, for the table. */
  values: string;
  args: (distinct: number, realm: Realm) => unknown[];
  /** The result every run must give, so a fast wrong answer cannot pass. */
  check: (result: unknown, distinct: number) => boolean;
}

const CASES: Case[] = [
  {
    name: 'COBERTURA',
    values: 'códigos modulares escritos como texto',
    args: (distinct) => [column(distinct, (k) => `0${2_000_000 + k}`), distinct],
    check: (result) => result === 1,
  },
  {
    name: 'RESUMEN_COMPROMISOS',
    values: 'grupos (aliados)',
    args: (distinct, realm) => {
      const RealmDate = vm.runInContext('Date', realm) as DateConstructor;
      const estados = ['Cumplido', 'Pendiente', 'Cancelado', 'pendiente'];
      return [
        column(distinct, (k) => `Aliado ${k}`),
        Array.from({ length: MEMO_ROWS }, (_, r) => [estados[r % estados.length]]),
        column(1, () => new RealmDate(Date.UTC(2026, 2, 10, 6))),
        new RealmDate(Date.UTC(2026, 2, 15, 6)),
      ];
    },
    // A header, one row per group and the Total row.
    check: (result, distinct) => Array.isArray(result) && result.length === distinct + 2 && result[result.length - 1][1] === MEMO_ROWS,
  },
  {
    name: 'BECA',
    values: 'el plan I escrito a mano',
    args: (distinct) => [column(distinct, planSpelling), column(1, () => 8.5), column(1, () => 'Sí')],
    check: (result) => Array.isArray(result) && result.length === MEMO_ROWS && result.every((row) => row[0] === 0.1),
  },
];

export function memoSection(): Section {
  const realm = loadBundle();
  const rows: string[][] = [];
  const checks: Check[] = [];
  for (const c of CASES) {
    const fn = realm[c.name] as Fn;
    const argsOf = DISTINCT.map((d) => c.args(d, realm));
    const wrong = DISTINCT.filter((d, i) => !c.check(fn(...argsOf[i]), d));
    if (wrong.length) {
      checks.push({ target: `${c.name}: resultado correcto con muchos valores distintos`, measured: `resultado inesperado con ${wrong.join(', ')} distintos`, pass: false });
      continue;
    }
    const times = timeInterleaved(argsOf.map((args) => () => fn(...args)), RUNS, 1).map(median);
    const perThousand = times.map((t) => t / (MEMO_ROWS / 1000));
    rows.push([c.name, c.values, ...perThousand.map(ms)]);
    const cliff = times[1] / times[0];
    checks.push({
      target: `${c.name}: ${DISTINCT[1].toLocaleString('es-MX')} valores distintos ≤ ${MAX_CLIFF}× el tiempo de ${DISTINCT[0].toLocaleString('es-MX')}`,
      measured: `${cliff.toFixed(2)}× (${ms(times[0])} y ${ms(times[1])} por ${MEMO_ROWS.toLocaleString('es-MX')} filas)`,
      pass: cliff <= MAX_CLIFF,
    });
  }
  return {
    title: `Memoria de lecturas sin escalón: ${MEMO_ROWS.toLocaleString('es-MX')} filas, tiempo por cada 1.000 filas (mediana de ${RUNS})`,
    table: { header: ['función', 'valores distintos', ...DISTINCT.map((d) => `${d.toLocaleString('es-MX')} distintos`)], rows },
    checks,
  };
}
