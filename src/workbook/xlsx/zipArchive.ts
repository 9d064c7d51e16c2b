/**
 * The zip container of an .xlsx package, read and written entry by entry so that a part the command does not change
 * is copied as its original compressed bytes (never inflated and deflated again). Compression itself is zlib's.
 */
import * as zlib from "zlib";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** The entry's data as it sits in the archive (compressed with `method`). */
  readonly raw: Uint8Array;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Every entry of the archive, in central-directory order. Throws ZipFormatError for what is not a usable zip. */
export function readZip(data: Uint8Array): ZipEntry[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  // The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes.
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no zip end record");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR) {
    const end64 = Number(view.getBigUint64(eocd - 12, true));
    count = Number(view.getBigUint64(end64 + 32, true));
    offset = Number(view.getBigUint64(end64 + 48, true));
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || view.getUint32(offset, true) !== CENTRAL)
      throw new ZipFormatError("broken central directory");
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    let compressedSize = view.getUint32(offset + 20, true);
    let size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    let local = view.getUint32(offset + 42, true);
    const name = decoder.decode(data.subarray(offset + 46, offset + 46 + nameLength));
    // Zip64: the 32-bit fields that overflowed are in the extra field, in this order.
    for (let at = offset + 46 + nameLength; at + 4 <= offset + 46 + nameLength + extraLength;) {
      const id = view.getUint16(at, true);
      const length = view.getUint16(at + 2, true);
      if (id === 1) {
        let field = at + 4;
        if (size === 0xffffffff) {
          size = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(view.getBigUint64(field, true));
          field += 8;
        }
        if (local === 0xffffffff) local = Number(view.getBigUint64(field, true));
      }
      at += 4 + length;
    }
    if (flags & 1) throw new ZipFormatError("encrypted zip entry");
    if (method !== 0 && method !== 8) throw new ZipFormatError(`compression method ${method}`);
    if (view.getUint32(local, true) !== LOCAL) throw new ZipFormatError("broken local header");
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressedSize > data.length) throw new ZipFormatError("truncated entry");
    entries.push({ name, method, crc, compressedSize, size, raw: data.subarray(start, start + compressedSize) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's uncompressed bytes. */
export function entryData(entry: ZipEntry): Buffer {
  // Inflated into one buffer of the size the directory gives (zlib's 16 KiB chunks joined at the end held a 49 MB
  // sheet twice); a size that is wrong is refused below, and a huge one only sets the first chunk's size.
  const chunkSize = Math.min(Math.max(entry.size, 64), 1 << 28);
  const data = entry.method === 0 ? Buffer.from(entry.raw) : zlib.inflateRawSync(entry.raw, { chunkSize });
  if (data.length !== entry.size) throw new ZipFormatError(`${entry.name}: wrong size`);
  return data;
}

/** A new deflated entry. */
export function deflatedEntry(name: string, data: Uint8Array): ZipEntry {
  const raw = zlib.deflateRawSync(data, { level: 6 });
  return { name, method: 8, crc: zlib.crc32(data), compressedSize: raw.length, size: data.length, raw };
}

/**
 * The archive of these entries. Names are UTF-8 (flag bit 11); entries over 4 GiB are not written (Excel's own limit
 * on a part is far below that).
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    if (entry.compressedSize > 0xfffffffe || entry.size > 0xfffffffe || offset > 0xfffffffe)
      throw new ZipFormatError("part too big for a zip32 archive");
    const name = encoder.encode(entry.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    // 1980-01-01 00:00, as Excel writes it: the date of a part says nothing.
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.compressedSize, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    local.copy(header, 6, 4, 30);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, entry.raw);
    central.push(header, name);
    offset += 30 + name.length + entry.raw.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...central, end]);
}
