// Building workbooks for the demo and the test fixtures: sheets as tables of records, office formats,
// and .xlsx bytes that are the same for the same content.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Day, partsOfDay } from '../src/core/dates';
import { Cell } from '../src/core/parse';

/** How a calendar day is kept in .xlsx: a Date at UTC midnight of that date (the file has no zone). */
export function dateCell(day: Day): Date {
  const p = partsOfDay(day);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** A day as a Date cell; text as typed (a secretary's "15/03/2026" or an impossible date); nothing as blank. */
export type DateValue = Day | string | undefined;
export const dateValue = (v: DateValue): Cell => (typeof v === 'number' ? dateCell(v) : (v ?? null));

export const DATE_FORMAT = 'dd/mm/yyyy';
export const MONEY_FORMAT = '"$"#,##0.00';
export const PERCENT_FORMAT = '0 %';

export interface Column<T> {
  header: string;
  value: (record: T) => Cell;
  format?: string;
  width?: number;
}

export interface SheetSpec {
  name: string;
  /** Lines above the header row (a school's title), each in column A. */
  titleRows?: string[];
  headers: string[];
  /** Data rows; an empty array is a blank row. */
  rows: Cell[][];
  formats?: (string | undefined)[];
  widths?: (number | undefined)[];
}

/** A sheet of records, one column per field: the shape every demo and fixture sheet has. */
export function tableSheet<T>(name: string, records: T[], columns: Column<T>[], titleRows?: string[]): SheetSpec {
  return {
    name,
    titleRows,
    headers: columns.map((c) => c.header),
    rows: records.map((r) => columns.map((c) => c.value(r))),
    formats: columns.map((c) => c.format),
    widths: columns.map((c) => c.width),
  };
}

/** Adds a sheet as an office would have it: bold frozen headers with a filter, formats per column. */
export function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const titles = spec.titleRows ?? [];
  const headerRow = titles.length + 1;
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: headerRow }] });
  titles.forEach((t, i) => {
    const cell = sheet.getCell(i + 1, 1);
    cell.value = t === '' ? null : t;
    cell.font = { bold: true, size: i === 0 ? 13 : 11 };
  });
  const header = sheet.getRow(headerRow);
  header.values = spec.headers;
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  spec.rows.forEach((values, i) => {
    if (values.length) sheet.getRow(headerRow + 1 + i).values = values as ExcelJS.CellValue[];
  });
  spec.headers.forEach((h, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = spec.widths?.[i] ?? Math.min(40, Math.max(10, h.length + 2));
    const format = spec.formats?.[i];
    if (format) for (let r = headerRow + 1; r <= headerRow + spec.rows.length; r++) sheet.getCell(r, i + 1).numFmt = format;
  });
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: spec.headers.length } };
  return sheet;
}

/** A workbook whose document properties carry no clock, so the same content gives the same file. */
export function newWorkbook(description: string, day: Day): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const stamp = dateCell(day);
  workbook.creator = 'Secretaría escolar (datos inventados)';
  workbook.lastModifiedBy = 'Secretaría escolar';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.description = description;
  return workbook;
}

const ZIP_DATE = new Date(Date.UTC(2026, 0 /* Jan */, 1));

/**
 * The .xlsx bytes of a workbook, byte-for-byte the same for the same content: exceljs stamps every
 * zip entry with the current time, so the entries are packed again with one fixed date.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const written = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const packed = new JSZip();
  for (const entry of Object.values(written.files)) {
    if (!entry.dir) packed.file(entry.name, await entry.async('uint8array'), { date: ZIP_DATE, createFolders: false });
  }
  return packed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await workbookBytes(workbook));
}
