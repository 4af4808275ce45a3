// A minimal zip reader and writer over node's zlib, for the direct .xlsx path (xlsx-direct.ts): an
// entry left alone is copied as it was compressed, and only the parts that change are packed again.
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';

const deflateLater = promisify(deflateRaw);

/** What the direct path does not read (zip64, encryption, other methods): the caller falls back to exceljs. */
export class Unsupported extends Error {}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's bytes as compressed in the file. */
  raw: Buffer;
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip file, in the order of its central directory; throws Unsupported for what it does not read. */
export function readZip(bytes: Buffer): ZipEntry[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Unsupported('sin directorio central');
  const count = bytes.readUInt16LE(end + 10);
  let p = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || p === 0xffffffff) throw new Unsupported('zip64');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(p) !== CENTRAL) throw new Unsupported('directorio central dañado');
    const flags = bytes.readUInt16LE(p + 8);
    const method = bytes.readUInt16LE(p + 10);
    const csize = bytes.readUInt32LE(p + 20);
    const size = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extra = bytes.readUInt16LE(p + 30);
    const comment = bytes.readUInt16LE(p + 32);
    const offset = bytes.readUInt32LE(p + 42);
    if (flags & 1 || (method !== 0 && method !== 8) || csize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff) throw new Unsupported('entrada que no se lee');
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (bytes.readUInt32LE(offset) !== LOCAL) throw new Unsupported('cabecera local dañada');
    const start = offset + 30 + bytes.readUInt16LE(offset + 26) + bytes.readUInt16LE(offset + 28);
    entries.push({ name, method, crc: bytes.readUInt32LE(p + 16), size, raw: bytes.subarray(start, start + csize), time: bytes.readUInt16LE(p + 12), date: bytes.readUInt16LE(p + 14) });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Buffer {
  return entry.method === 0 ? entry.raw : inflateRawSync(entry.raw);
}

/** zlib's level 1: a sheet of 50,000 rows packs in a fraction of level 6's time, the file some 30 % bigger. */
const DEFLATE_LEVEL = 1;

/** A new entry holding `data`, deflated. */
export function newEntry(name: string, data: Buffer | string, like?: ZipEntry): ZipEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { name, method: 8, crc: crc32(bytes), size: bytes.length, raw: deflateRawSync(bytes, { level: DEFLATE_LEVEL }), time: like?.time ?? 0, date: like?.date ?? 0x5c21 /* 2026-01-01 */ };
}

/** The fields the local header (at 4) and the central directory (at 6) both give an entry, from "version needed" to the name's length. */
function headerFields(header: Buffer, at: number, e: ZipEntry, flags: number, nameLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(flags, at + 2);
  header.writeUInt16LE(e.method, at + 4);
  header.writeUInt16LE(e.time, at + 6);
  header.writeUInt16LE(e.date, at + 8);
  header.writeUInt32LE(e.crc >>> 0, at + 10);
  header.writeUInt32LE(e.raw.length, at + 14);
  header.writeUInt32LE(e.size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** newEntry, deflated in zlib's thread pool: a big sheet packs on the other core while the next one is written. */
export async function newEntryLater(name: string, data: string, like?: ZipEntry): Promise<ZipEntry> {
  const bytes = Buffer.from(data, 'utf8');
  const raw = await deflateLater(bytes, { level: DEFLATE_LEVEL });
  return { name, method: 8, crc: crc32(bytes), size: bytes.length, raw, time: like?.time ?? 0, date: like?.date ?? 0x5c21 };
}

/** The bytes of a zip file with these entries. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const flags = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    headerFields(local, 4, e, flags, name.length);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    headerFields(dir, 6, e, flags, name.length);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.raw);
    central.push(dir, name);
    offset += 30 + name.length + e.raw.length;
  }
  if (offset > 0xffffffff || entries.length > 0xfffe) throw new Unsupported('zip64');
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}
