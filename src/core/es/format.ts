// Spanish rendering of values inside messages: decimal comma, dd/mm/aaaa, quoted and shortened text.
import { dayFromParts, dayOfDate, formatDay, isDate } from '../dates';

const formatted: Map<number, string>[] = [];
const MAX_REMEMBERED = 10000;

/**
 * 8.5 → "8,5"; 1234.5 → "1234,5". Up to `maxDecimals` decimals, no trailing zeros. A column repeats
 * few distinct values (grades, percentages), so each is formatted once and remembered.
 */
export function formatNumber(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const memo = formatted[maxDecimals] || (formatted[maxDecimals] = new Map());
  let text = memo.get(n);
  if (text === undefined) {
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    text = n.toFixed(maxDecimals).replace(/\.?0+$/, '').replace('.', ',');
    memo.set(n, text);
  }
  return text;
}

/** Grades and averages always show one decimal at least: 8 → "8,0", 9.75 → "9,75". */
export function formatGrade(n: number): string {
  const s = formatNumber(n, 2);
  return s.includes(',') ? s : `${s},0`;
}

/** 0.1 → "10 %", 0.125 → "12,5 %" (Spanish puts a space before %). */
export function formatPercent(fraction: number): string {
  return `${formatNumber(fraction * 100, 2)} %`;
}

const MAX_SHOWN = 40;

/**
 * How a user's value is quoted in a message: text in «», long text shortened, dates as dd/mm/aaaa.
 * A date is the calendar day it shows in `timeZone` (the spreadsheet's), as dayOfDate reads cells;
 * without a zone, the day of its UTC parts, the same wherever the code runs.
 */
export function showValue(v: unknown, timeZone?: string): string {
  if (v === null || v === undefined || v === '') return '(vacío)';
  // NaN and ±Infinity never come from a sheet, but a message must not show them in English.
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(v, 6) : '(número no válido)';
  if (typeof v === 'boolean') return v ? 'VERDADERO' : 'FALSO';
  if (isDate(v)) {
    const day = timeZone ? dayOfDate(v, timeZone) : dayFromParts(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
    return Number.isFinite(day) ? formatDay(day) : '(fecha no válida)';
  }
  if (Array.isArray(v)) return '(una lista de valores)';
  let s = String(v).replace(/\s+/g, ' ').trim();
  const chars = Array.from(s);
  if (chars.length > MAX_SHOWN) s = `${chars.slice(0, MAX_SHOWN).join('')}…`;
  return `«${s}»`;
}
