// The sheet XML of an .xlsx as the direct path reads it (xlsx-direct.ts): attributes, addresses, styles,
// cells (as exceljs reads them, through exceljs's own helpers for formats, dates and shared formulas) and rows.
import type { Merge, Stored } from './book';
import { cellKey } from './book';
import { Unsupported, ZipEntry, entryBytes } from './zip';

// exceljs's own helpers, so both paths read formats, dates and shared formulas alike.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const excelUtils = require('exceljs/lib/utils/utils') as { isDateFmt(f: string): boolean; xmlEncode(s: string): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as { slideFormula(f: string, from: string, to: string): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const defaultFormats = require('exceljs/lib/xlsx/defaultnumformats') as Record<number, { f?: string }>;

export const decodeXml = (s: string) =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|apos|quot));/gi, (m, hex: string, dec: string, named: string) =>
        hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : ({ lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' } as Record<string, string>)[named] ?? m,
      );
export const encodeXml = (s: string) => excelUtils.xmlEncode(s);

/** An attribute of a cell's tag, found by its text (' r="'): the cells' few attributes need no pattern. */
export function quick(attrs: string, lead: string): string | undefined {
  const i = attrs.indexOf(lead);
  if (i < 0) return undefined;
  const start = i + lead.length;
  return decodeXml(attrs.slice(start, attrs.indexOf('"', start)));
}

/** One attribute of a tag's attribute text, decoded; undefined when absent. */
const attrPatterns = new Map<string, RegExp>();
export function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name}="([^"]*)"`)));
  const m = re.exec(attrs);
  return m ? decodeXml(m[1]) : undefined;
}

export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=")[^"]*(")`);
  if (re.test(tag)) return tag.replace(re, `$1${value}$2`);
  return tag.replace(/^<(\w+)/, `<$1 ${name}="${value}"`);
}

/** The text of <t> runs, phonetic runs left out: what exceljs's shared and inline strings show. */
export const runsText = (xml: string) => {
  let out = '';
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  for (const m of body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) out += m[1] === undefined ? '' : decodeXml(m[1]);
  return out;
};

const columnLetters = (c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
export const address = (r: number, c: number) => `${columnLetters(c)}${r + 1}`;

/** 0-based row and column of an A1 address. */
export function decodeAddress(a: string): [number, number] {
  let c = 0;
  let i = 0;
  for (; i < a.length; i++) {
    const ch = a.charCodeAt(i);
    if (ch >= 65 && ch <= 90) c = c * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) c = c * 26 + ch - 96;
    else break;
  }
  const r = Number(a.slice(i));
  if (!c || !Number.isInteger(r) || r < 1) throw new Unsupported(`dirección ${a}`);
  return [r - 1, c - 1];
}

export function rangeOf(ref: string): Merge {
  const [a, b = a] = ref.split(':');
  const [r1, c1] = decodeAddress(a.replace(/\$/g, ''));
  const [r2, c2] = decodeAddress(b.replace(/\$/g, ''));
  return { r1, c1, r2, c2 };
}

export interface Styles {
  xml: string;
  /** Each cellXfs entry: its tag text and its number format's code. */
  xfs: { tag: string; numFmt?: string; date: boolean }[];
  numFmts: Map<number, string>;
}

export function readStyles(xml: string | undefined): Styles {
  const numFmts = new Map<number, string>();
  if (!xml) return { xml: '', xfs: [], numFmts };
  for (const m of xml.matchAll(/<numFmt\b([^>]*?)\/?>/g)) numFmts.set(Number(attr(m[1], 'numFmtId')), attr(m[1], 'formatCode') ?? '');
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => {
    const id = Number(attr(/^<xf\b([^>]*)/.exec(m[0])![1], 'numFmtId') ?? 0);
    const numFmt = id ? (numFmts.get(id) ?? defaultFormats[id]?.f) : undefined;
    return { tag: m[0], numFmt, date: numFmt ? excelUtils.isDateFmt(numFmt) : false };
  });
  return { xml, xfs, numFmts };
}

/** A cell as the file holds it, read as exceljs reads it (readBook's storedOf). */
export interface FileCell {
  c: number;
  s: number;
  value: Stored;
  formula?: string;
  shared: boolean;
  xml: string;
}

export interface SheetReader {
  sst: string[];
  styles: Styles;
  date1904: boolean;
  masters: Map<string, { formula: string; address: string }>;
}

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

/** Every cell of a row's inner XML, in file order. */
export function cellsOf(rowXml: string, row: number, reader: SheetReader): FileCell[] {
  const out: FileCell[] = [];
  CELL.lastIndex = 0;
  for (let m = CELL.exec(rowXml); m; m = CELL.exec(rowXml)) {
    const attrs = m[1];
    const inner = m[2] ?? '';
    // The attribute text starts at the space after "<c".
    const lead = attrs;
    const ref = quick(lead, ' r="');
    if (!ref) throw new Unsupported('celda sin dirección');
    const [r, c] = decodeAddress(ref);
    if (r !== row) throw new Unsupported('celda fuera de su fila');
    const s = Number(quick(lead, ' s="') ?? 0);
    const t = quick(lead, ' t="') ?? 'n';
    const style = s ? reader.styles.xfs[s] : undefined;
    let formula: string | undefined;
    let shared = false;
    const f = inner.includes('<f') ? /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(inner) : null;
    if (f) {
      const kind = attr(f[1], 't');
      if (kind === 'shared') {
        shared = true;
        const si = attr(f[1], 'si') ?? '';
        if (f[2] !== undefined && f[2] !== '') reader.masters.set(si, { formula: decodeXml(f[2]), address: ref });
        const master = reader.masters.get(si);
        if (!master) throw new Unsupported('fórmula compartida sin su primera celda');
        formula = master.address === ref ? master.formula : slideFormula(master.formula, master.address, ref);
      } else if (kind && kind !== 'normal') throw new Unsupported(`fórmula ${kind}`);
      else formula = decodeXml(f[2] ?? '');
    }
    const vAt = inner.indexOf('<v>');
    const v = vAt < 0 ? undefined : inner.slice(vAt + 3, inner.indexOf('</v>', vAt));
    let value: Stored = '';
    if (t === 's') value = v === undefined ? '' : (reader.sst[Number(v)] ?? '');
    else if (t === 'inlineStr') value = runsText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
    else if (t === 'str' || t === 'e') value = v === undefined ? '' : decodeXml(v);
    else if (t === 'b') value = v === undefined ? '' : v === '1' || v === 'true';
    else if (t === 'n') {
      if (v !== undefined && v !== '') {
        const n = Number(v);
        value = style?.date ? dateOfSerial(n, reader.date1904) : n;
      }
    } else throw new Unsupported(`celda de tipo ${t}`);
    out.push({ c, s, value, formula: formula ? `=${formula}` : undefined, shared, xml: m[0] });
  }
  return out;
}

// Dates repeat (a few thousand days in 50,000 rows): one Date per distinct serial; stored dates are never mutated.
const dates = new Map<number, Date>();
export function dateOfSerial(n: number, date1904: boolean): Date {
  const ms = Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000);
  let d = dates.get(ms);
  if (!d) {
    if (dates.size > 100_000) dates.clear();
    dates.set(ms, (d = new Date(ms)));
  }
  return d;
}

const ROW = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/** The parts of a worksheet's XML: before its cells, its rows, after them. */
export function splitSheet(xml: string): { head: string; body: string; tail: string } {
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) throw new Unsupported('hoja sin sheetData');
  if (open[1]) return { head: xml.slice(0, open.index), body: '', tail: xml.slice(open.index + open[0].length) };
  const close = xml.indexOf('</sheetData>', open.index);
  if (close < 0) throw new Unsupported('sheetData sin cerrar');
  return { head: xml.slice(0, open.index), body: xml.slice(open.index + open[0].length, close), tail: xml.slice(close + '</sheetData>'.length) };
}

export function eachRow(body: string, fn: (row: number, attrs: string, inner: string, xml: string) => void): void {
  ROW.lastIndex = 0;
  let previous = -1;
  for (let m = ROW.exec(body); m; m = ROW.exec(body)) {
    const r = attr(m[1], 'r');
    const row = r === undefined ? previous + 1 : Number(r) - 1;
    if (!Number.isInteger(row) || row <= previous) throw new Unsupported('filas fuera de orden');
    previous = row;
    const attrs = m[1];
    const inner = m[2] ?? '';
    fn(row, attrs, inner, m[0]);
  }
}

export const text = (entries: Map<string, ZipEntry>, name: string) => {
  const e = entries.get(name);
  return e ? entryBytes(e).toString('utf8') : undefined;
};

export function partPath(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

export function coveredCells(merges: Merge[]): Set<number> {
  const out = new Set<number>();
  for (const m of merges) for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) if (r !== m.r1 || c !== m.c1) out.add(cellKey(r, c));
  return out;
}
