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

/** Deflate's best ratio is about 1,032 to 1: a size claimed beyond that is not believed when sizing the output. */
const MAX_DEFLATE_RATIO = 1032;

/** The entry's uncompressed bytes. */
export function entryData(entry: ZipEntry): Buffer {
  // One output buffer of the size the directory gives (one byte more, so zlib sees room left and stops): zlib's
  // default 16 KiB chunks cost a copy of the whole part (3,000 chunks concatenated) and twice its memory meanwhile.
  const room = Math.min(entry.size, entry.compressedSize * MAX_DEFLATE_RATIO + 1024) + 1;
  const data =
    entry.method === 0 ? Buffer.from(entry.raw) : zlib.inflateRawSync(entry.raw, { chunkSize: Math.max(64, room) });
  if (data.length !== entry.size) throw new ZipFormatError(`${entry.name}: wrong size`);
  return data;
}

/** The level new and changed parts are deflated at (see PartDeflater). */
export const DEFLATE_LEVEL = 6;

/**
 * The level of a dedicated sheet's rows, written anew by every step (docs/decisions.md §D122): a third of level 6's
 * time for a part some 16 % larger.
 */
export const ROWS_DEFLATE_LEVEL = 2;

/** A new deflated entry. */
export function deflatedEntry(name: string, data: Uint8Array): ZipEntry {
  const deflater = new PartDeflater();
  deflater.write(data);
  return deflater.entry(name);
}

/** Text and bytes are gathered in a batch of this size before they are deflated. */
const BATCH_BYTES = 1 << 20;

/**
 * Deflates a part as it is written, so a part of many megabytes is never held whole: only its compressed bytes and
 * one batch. Text is encoded straight into the batch (joining it first cost a copy of every megabyte). Each batch is
 * deflated on its own and ended with a sync flush (byte-aligned, not final), so the batches joined are one valid
 * deflate stream, which the last batch ends. Starting afresh every megabyte costs under 0.1 % of the compressed size.
 */
export class PartDeflater {
  /** Grows up to BATCH_BYTES as the part does, so the many small parts of a command stay small. */
  private batch = Buffer.allocUnsafe(4096);
  private used = 0;
  private readonly compressed: Buffer[] = [];
  private crc = 0;
  private size = 0;

  constructor(private readonly level = DEFLATE_LEVEL) {}

  write(data: string | Uint8Array): void {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit: a text that surely fits is encoded in place.
    const most = typeof data === "string" ? data.length * 3 : data.length;
    if (most > BATCH_BYTES - this.used) {
      this.deflate(false);
      if (most > BATCH_BYTES) {
        this.deflateBytes(typeof data === "string" ? Buffer.from(data, "utf8") : data, false);
        return;
      }
    }
    if (most > this.batch.length - this.used) this.grow(this.used + most);
    if (typeof data === "string") this.used += this.batch.write(data, this.used, "utf8");
    else {
      this.batch.set(data, this.used);
      this.used += data.length;
    }
  }

  /** The finished entry; the deflater is not used after. */
  entry(name: string): ZipEntry {
    this.deflateBytes(this.batch.subarray(0, this.used), true);
    this.used = 0;
    const raw = this.compressed.length === 1 ? this.compressed[0] : Buffer.concat(this.compressed);
    return { name, method: 8, crc: this.crc >>> 0, compressedSize: raw.length, size: this.size, raw };
  }

  private grow(needed: number): void {
    let length = this.batch.length;
    while (length < needed) length *= 2;
    const batch = Buffer.allocUnsafe(Math.min(length, BATCH_BYTES));
    this.batch.copy(batch, 0, 0, this.used);
    this.batch = batch;
  }

  private deflate(final: boolean): void {
    if (this.used === 0 && !final) return;
    this.deflateBytes(this.batch.subarray(0, this.used), final);
    this.used = 0;
  }

  private deflateBytes(data: Uint8Array, final: boolean): void {
    this.crc = zlib.crc32(data, this.crc);
    this.size += data.length;
    this.compressed.push(
      zlib.deflateRawSync(data, {
        level: this.level,
        finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      }),
    );
  }
}

/**
 * The archive of these entries. Names are UTF-8 (flag bit 11); entries over 4 GiB are not written (Excel's own limit
 * on a part is far below that).
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  return Buffer.concat(zipChunks(entries));
}

/** The archive as the pieces writeZip joins: headers and the entries' own bytes, uncopied, for writing in turn. */
export function zipChunks(entries: readonly ZipEntry[]): Uint8Array[] {
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
  return [...chunks, ...central, end];
}
