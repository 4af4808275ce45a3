// What each formula's last evaluation saw and left, so a formula over unchanged values keeps its result.
import { types } from 'node:util';
import { SheetModel, keyColumn, keyRow } from '../services/book';
import { Rect } from './rect';

/**
 * What a formula's last evaluation saw and left: Sheets calls a custom function again only when the
 * formula or its argument values change, so the same formula over the same values keeps its result.
 */
interface Memo {
  formula: string;
  args: string;
  /** snapshot() after the evaluation: any other value means a write touched the cell or its spill. */
  left: string;
  spill?: Rect;
}

const memos = new WeakMap<SheetModel, Map<number, Memo>>();

export function memosOf(sheet: SheetModel): Map<number, Memo> {
  let m = memos.get(sheet);
  if (!m) memos.set(sheet, (m = new Map()));
  return m;
}

const isBlankRow = (row: unknown) => Array.isArray(row) && row.every((v) => v === '');

const float = new Float64Array(1);
const floatWords = new Uint32Array(float.buffer);

/**
 * Two independent 32-bit hashes of argument values (Dates by instant), to tell whether any of them
 * changed without building their text: a change goes unseen only if both collide. Blank rows at the
 * end of a range do not count: an open range (`F2:F`) stops at the sheet's last row here, where
 * Sheets passes every row of the grid, so a write further down changes no argument.
 */
export class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x9747b28c;

  private word(n: number): void {
    this.a = Math.imul(this.a ^ n, 0x01000193);
    this.b = Math.imul(this.b ^ n, 0x5bd1e995);
    this.b ^= this.b >>> 15;
  }

  private number(n: number): void {
    float[0] = n;
    this.word(floatWords[0]);
    this.word(floatWords[1]);
  }

  add(v: unknown): this {
    if (Array.isArray(v)) {
      let end = v.length;
      while (end > 0 && isBlankRow(v[end - 1])) end--;
      this.word(1);
      for (let i = 0; i < end; i++) this.add(v[i]);
      this.word(2);
    } else if (typeof v === 'string') {
      this.word(3);
      this.word(v.length);
      for (let i = 0; i < v.length; i++) this.word(v.charCodeAt(i));
    } else if (typeof v === 'number') {
      this.word(4);
      this.number(v);
    } else if (typeof v === 'boolean') this.word(v ? 5 : 6);
    else if (types.isDate(v)) {
      this.word(7);
      this.number((v as Date).getTime());
    } else this.add(String(v));
    return this;
  }

  text(): string {
    return `${this.a >>> 0}:${this.b >>> 0}`;
  }
}

/** A cheap fingerprint of a formula's output: anchor value, error and spill size. */
export function snapshot(sheet: SheetModel, key: number): string {
  let owned = 0;
  let sum = '';
  for (const [k, owner] of sheet.spillOwner) {
    if (owner !== key) continue;
    owned++;
    if (owned <= 64) sum += `${k}=${String(sheet.get(keyRow(k), keyColumn(k)))};`;
  }
  const v = sheet.get(keyRow(key), keyColumn(key));
  return `${types.isDate(v) ? (v as Date).getTime() : String(v)}|${sheet.errors.get(key) ?? ''}|${owned}|${sum}`;
}
