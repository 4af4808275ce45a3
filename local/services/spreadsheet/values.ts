// Values as Sheets stores and shows them: what a script's write becomes, and the text a cell displays under its format.
import { types } from 'node:util';
import { CellFormat, Stored } from '../book';
import { wallOfInstant } from '../zone';

const SHEETS_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SHEETS_ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SHEETS_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** What Sheets stores for a value written by a script: text is read as if typed, "'" keeps it text. */
export function storedOfWritten(v: unknown, timeZone: string): { value: Stored; formula?: string } {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { value: v };
  if (types.isDate(v)) {
    const ms = (v as Date).getTime();
    return { value: Number.isFinite(ms) ? new Date(wallOfInstant(ms, timeZone)) : '' };
  }
  const s = String(v);
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s.startsWith('=')) return { value: '', formula: s };
  const t = s.trim();
  if (SHEETS_NUMBER.test(t)) return { value: Number(t) };
  const d = SHEETS_DATE.exec(t);
  const iso = d ? null : SHEETS_ISO_DATE.exec(t);
  const [year, month, day] = d ? [d[3], d[2], d[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year) {
    const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
    if (new Date(ms).getUTCDate() === Number(day) && new Date(ms).getUTCMonth() === Number(month) - 1) return { value: new Date(ms) };
  }
  return { value: s };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The text Sheets shows for a stored value (dd/mm/aaaa dates, percentages, TRUE/FALSE). */
export function displayOf(v: Stored, format?: CellFormat): string {
  if (v === '') return '';
  if (types.isDate(v)) {
    const d = v as Date;
    const day = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
    const time = d.getUTCHours() || d.getUTCMinutes() || d.getUTCSeconds() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : '';
    return day + time;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return (format?.numberFormat && formatNumber(v, format.numberFormat)) ?? String(Math.round(v * 1e10) / 1e10);
  return String(v);
}

/** A number format split into literal text and the characters of its digit pattern. */
function formatTokens(section: string): { text: string; digit: boolean }[] {
  const tokens: { text: string; digit: boolean }[] = [];
  const spec = section.replace(/\[\$([^\]-]*)[^\]]*\]/g, '"$1"').replace(/\[[^\]]*\]/g, '');
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (ch === '"') {
      const end = spec.indexOf('"', i + 1);
      tokens.push({ text: spec.slice(i + 1, end < 0 ? spec.length : end), digit: false });
      i = end < 0 ? spec.length : end;
    } else if (ch === '\\') tokens.push({ text: spec[++i] ?? '', digit: false });
    else if (ch === '_') {
      // '_x' leaves the width of x blank.
      tokens.push({ text: ' ', digit: false });
      i++;
    } else if (ch === '*') i++;
    else tokens.push({ text: ch, digit: '0#?.,'.includes(ch) });
  }
  return tokens;
}

/**
 * The text Sheets (es_MX: 3,150.00) shows for a number under a format such as '0%', '0.0',
 * '"$"#,##0.00' or '#,##0;(#,##0)'; undefined for formats without a digit pattern (dates, text).
 */
function formatNumber(v: number, numberFormat: string): string | undefined {
  const sections = numberFormat.match(/("[^"]*"|\\.|[^;"\\])+/g) ?? [];
  let section = sections[0] ?? '';
  let sign = v < 0 ? '-' : '';
  if (v < 0 && sections.length > 1) [section, sign] = [sections[1], ''];
  else if (v === 0 && sections.length > 2) section = sections[2];
  const tokens = formatTokens(section);
  const isPlaceholder = (t: { text: string; digit: boolean }) => t.digit && '0#?'.includes(t.text);
  const first = tokens.findIndex(isPlaceholder);
  if (first < 0) return undefined;
  const last = tokens.length - 1 - [...tokens].reverse().findIndex(isPlaceholder);
  const pattern = tokens.slice(first, last + 1).map((t) => t.text).join('');
  const literal = (part: typeof tokens) => part.map((t) => t.text).join('');
  const prefix = literal(tokens.slice(0, first));
  const suffix = literal(tokens.slice(last + 1));
  const percent = (prefix + suffix).split('%').length - 1;
  const [integerPart, decimalPart = ''] = pattern.split('.');
  const maxDecimals = decimalPart.replace(/[^0#?]/g, '').length;
  const minDecimals = decimalPart.replace(/[^0]/g, '').length;
  let [whole, fraction = ''] = (Math.abs(v) * 100 ** percent).toFixed(maxDecimals).split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (whole === '0' && !integerPart.includes('0')) whole = '';
  if (integerPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${prefix}${whole}${fraction ? `.${fraction}` : ''}${suffix}`;
}
