// A rectangle of cells of one sheet, 0-based and inclusive: what a formula reads or spills into.
import { SheetModel } from '../services/book';

export interface Rect {
  sheet: SheetModel;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export const overlaps = (a: Rect, b: Rect) => a.sheet === b.sheet && a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
