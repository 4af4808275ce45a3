// Where each chosen result goes in a student sheet, and its columns grouped into blocks each written by one call.
import { normalizeHeader } from '../text';
import { Cell, isBlank } from '../parse';
import { OutputId, outputOfHeader, outputSpec } from './fields';

export interface Target {
  id: OutputId;
  /** First of the result's columns (a result may spill into more: `headers`). */
  column: number;
  /** Per column of the result: its header is already the expected one, so the add-on wrote it. */
  own: boolean[];
}

/**
 * Where each result goes: its own columns when the sheet has its first header and no spill column
 * is another result's; else the next free columns, after the last header and after the spill of
 * every result already in the sheet, so a new result never lands on a spill column.
 */
export function placeOutputs(headers: Cell[], outputs: OutputId[]): Target[] {
  const width = (id: OutputId) => outputSpec(id).headers.length;
  const matches = (column: number, header: string) => normalizeHeader(headers[column]) === normalizeHeader(header);
  let next = headers.reduce<number>((last, h, i) => (isBlank(h) ? last : i), -1) + 1;
  headers.forEach((h, i) => {
    const id = outputOfHeader(h, true);
    if (id) next = Math.max(next, i + width(id));
  });
  return outputs.map((id) => {
    const spec = outputSpec(id);
    const existing = headers.findIndex((h) => outputOfHeader(h, true) === id);
    const spillsOnOther = spec.headers.some((header, j) => j > 0 && !matches(existing + j, header) && outputOfHeader(headers[existing + j]) !== undefined);
    if (existing >= 0 && !spillsOnOther) return { id, column: existing, own: spec.headers.map((header, j) => matches(existing + j, header)) };
    const column = next;
    next += width(id);
    return { id, column, own: spec.headers.map(() => false) };
  });
}

export interface Block {
  column: number;
  width: number;
  values: (string | number)[][];
}

/** Contiguous target columns become one block, so each is written by one setValues. */
export function blocksOf(columns: { column: number; values: (string | number)[] }[]): Block[] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const blocks: Block[] = [];
  for (const c of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last.column + last.width === c.column) {
      last.values.forEach((row, i) => row.push(c.values[i]));
      last.width++;
    } else {
      blocks.push({ column: c.column, width: 1, values: c.values.map((v) => [v]) });
    }
  }
  return blocks;
}
