// Reading an issue's or a reason's details into the pieces of a Spanish sentence: quoted values, numbers, days, lists.
import { formatDay } from '../dates';
import { formatGrade, formatNumber, formatPercent, showValue } from './format';

export type Details = Record<string, unknown>;
/** A sentence of the locale: the details of one issue or reason, worded. */
export type Sentence = (d: Details) => string;
/** A value the user typed, quoted; dates read in the zone describe() was given. */
export const v = (d: Details, key = 'value') => showValue(d[key], d.timeZone as string | undefined);
export const n = (d: Details, key: string) => formatNumber(d[key] as number);
export const g = (d: Details, key: string) => formatGrade(d[key] as number);
export const p = (d: Details, key: string) => formatPercent(d[key] as number);
/** " (Cap. XI, Art. 2, Plan I)" when the issue names an article. */
export const art = (d: Details) => (d.article ? ` (${String(d.article)})` : '');
/** "fecha_limite " when the issue names the argument, so the user knows which one is wrong. */
export const f = (d: Details) => (d.field ? `${String(d.field)} ` : '');
/** "1 día", "3 días"; "" for 0 so a subject can leave the part out. */
export const count = (k: number, one: string, many: string) => (k === 0 ? '' : `${formatNumber(k)} ${k === 1 ? one : many}`);
export const day = (d: Details, key: string) => formatDay(d[key] as number);
/** "a, b y c". */
export const listOf = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`);
