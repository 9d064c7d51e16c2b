/**
 * The parts of an .xlsx package by name. A part is inflated only when asked for, and save copies every part that was
 * not set as the compressed bytes it was read as, so what the command does not touch stays byte for byte.
 */
import { DomainError } from "../../domain/errors";
import {
  deflatedEntry,
  entryData,
  PartDeflater,
  ROWS_DEFLATE_LEVEL,
  readZip,
  writeZip,
  zipChunks,
  ZipFormatError,
  type ZipEntry,
} from "./zipArchive";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export class XlsxPackage {
  /** Lower-cased name → entry: part names in a package compare ignoring case. */
  private readonly byName = new Map<string, ZipEntry>();
  /** Changed and new parts: small ones as text, large ones written through `write` as their deflated entry. */
  private readonly changed = new Map<string, string | ZipEntry>();
  private readonly order: string[];
  private readonly decoder = new TextDecoder();
  /** Counts changes, so what was read from the parts can be kept until one changes. */
  revision = 0;
  /** Changes per part (lower-cased name), so what was read from one part is kept while others change. */
  private readonly partChanges = new Map<string, number>();
  /** Rollbacks so far: a rollback may change any part. */
  private rollbacks = 0;

  private constructor(entries: ZipEntry[]) {
    for (const entry of entries) this.byName.set(entry.name.toLowerCase(), entry);
    this.order = entries.filter((e) => !e.name.endsWith("/")).map((e) => e.name);
  }

  /** Reads the zip; a file that is no zip gets a message saying what it is instead. */
  static fromBytes(data: Uint8Array, label: string): XlsxPackage {
    if (OLE_SIGNATURE.every((byte, i) => data[i] === byte)) {
      // An encrypted .xlsx is an OLE compound file holding a stream named EncryptedPackage (UTF-16 in the directory).
      const encrypted = Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(
        Buffer.from("EncryptedPackage", "utf16le"),
      );
      throw new DomainError(
        encrypted
          ? `${label} is encrypted (protected with a password). Remove the password in Excel (File > Info > Protect Workbook) and try again.`
          : `${label} is an old-format Excel workbook (.xls). Save it as an Excel Workbook (.xlsx) and try again.`,
        "io",
      );
    }
    try {
      return new XlsxPackage(readZip(data));
    } catch (error) {
      if (!(error instanceof ZipFormatError)) throw error;
      const why = /encrypted/.test(error.message) ? " (its zip entries are encrypted)" : "";
      throw new DomainError(`${label} is not an .xlsx workbook: it is not a zip package${why}.`, "io");
    }
  }

  /** Part names as stored, in archive order (parts added since opening last). */
  partNames(): string[] {
    return [...this.order];
  }

  has(name: string): boolean {
    return this.changed.has(name) || this.byName.has(name.toLowerCase());
  }

  /** The part's name as stored (packages compare part names ignoring case), or undefined. */
  storedName(name: string): string | undefined {
    if (this.changed.has(name)) return name;
    return this.byName.get(name.toLowerCase())?.name;
  }

  bytes(name: string): Buffer | undefined {
    const changed = this.changed.get(name);
    if (typeof changed === "string") return Buffer.from(changed, "utf8");
    const entry = changed ?? this.byName.get(name.toLowerCase());
    return entry ? entryData(entry) : undefined;
  }

  /** The part's entry as read from the file, or undefined when it is new or changed since. */
  storedEntry(name: string): ZipEntry | undefined {
    return this.changed.has(this.storedName(name) ?? name) ? undefined : this.byName.get(name.toLowerCase());
  }

  text(name: string): string | undefined {
    const changed = this.changed.get(name);
    if (typeof changed === "string") return changed;
    const data = this.bytes(name);
    return data === undefined ? undefined : this.decoder.decode(data);
  }

  set(name: string, text: string): void {
    this.store(name, text);
  }

  /**
   * Sets the part to what `produce` writes, deflated as it comes: a sheet of many megabytes is never held as text.
   * When `produce` throws, the part stays as it was.
   */
  write(name: string, produce: (out: PartDeflater) => void): void {
    const out = new PartDeflater(ROWS_DEFLATE_LEVEL);
    produce(out);
    const stored = this.storedName(name) ?? name;
    this.store(stored, out.entry(stored));
  }

  private store(name: string, content: string | ZipEntry): void {
    const stored = this.storedName(name) ?? name;
    if (!this.order.includes(stored)) this.order.push(stored);
    this.changed.set(stored, content);
    this.revision++;
    this.partChanged(stored);
  }

  /** Identifies the part's current text: equal while the part is unchanged, whatever happens to other parts. */
  partRevision(name: string): string {
    return `${this.rollbacks}:${this.partChanges.get(name.toLowerCase()) ?? 0}`;
  }

  private partChanged(name: string): void {
    const key = name.toLowerCase();
    this.partChanges.set(key, (this.partChanges.get(key) ?? 0) + 1);
  }

  /** Forgets changes made since `snapshot()`, so a refused commit leaves the package as it was. */
  snapshot(): () => void {
    const changed = new Map(this.changed);
    const order = [...this.order];
    return () => {
      this.changed.clear();
      for (const [name, text] of changed) this.changed.set(name, text);
      this.order.splice(0, this.order.length, ...order);
      this.revision++;
      this.rollbacks++;
    };
  }

  remove(name: string): void {
    const stored = this.storedName(name);
    if (stored === undefined) return;
    this.changed.delete(stored);
    this.revision++;
    this.partChanged(stored);
    const at = this.order.indexOf(stored);
    if (at >= 0) this.order.splice(at, 1);
  }

  isChanged(name: string): boolean {
    return this.changed.has(name);
  }

  /** The package as a zip: unchanged parts copied compressed as they were, changed and new parts deflated. */
  toBytes(): Buffer {
    return writeZip(this.entries());
  }

  /** The zip as toBytes has it, in pieces to write in turn rather than joined in memory. */
  toChunks(): Uint8Array[] {
    return zipChunks(this.entries());
  }

  private entries(): ZipEntry[] {
    const encoder = new TextEncoder();
    return this.order.map((name) => {
      const changed = this.changed.get(name);
      if (typeof changed === "string") return deflatedEntry(name, encoder.encode(changed));
      return changed ?? this.byName.get(name.toLowerCase())!;
    });
  }
}

/** Parts Excel rebuilds on its own: dropping them loses nothing. */
const REBUILT_BY_EXCEL = new Set(["xl/calcchain.xml"]);

/** Parts of `before` missing from `after` (names compared ignoring case), except those Excel rebuilds itself. */
export function lostParts(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after.map((part) => part.toLowerCase()));
  return before.filter((part) => !kept.has(part.toLowerCase()) && !REBUILT_BY_EXCEL.has(part.toLowerCase()));
}
