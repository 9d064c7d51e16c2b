import { constants, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { DomainError } from "../../domain/errors";

/**
 * Puts bytes safely into the user's file. The new book is written to a hidden temporary file beside the real file
 * (a symbolic link's target, so the link stays a link) with the book's permissions and owner, flushed to disk, and
 * renamed over the old one; the folder is flushed too, so a crash or power cut leaves the old book or the new one.
 * A failed write removes its temporary file; a run that was killed leaves one that the next run removes.
 *
 * write-file-atomic does most of this but is not used: it names its temporary file with a hash, so a later run cannot
 * tell a killed run's leftover from a running one's; it does not flush the folder; it cannot refuse to replace a
 * file that appeared meanwhile (--out without --force) nor one that another program changed since we read it.
 */

/** Identifies one version of the file: a replacement (new inode) or an in-place rewrite (size, time) changes it. */
export interface BookRevision {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface BookBytes {
  readonly data: Buffer;
  readonly revision: BookRevision;
}

export interface WriteOptions {
  /** Refuse when the file exists (a new --out file without --force); checked atomically at the replace. */
  readonly exclusive?: boolean;
  /** The revision read at open: refuse when another program has changed the file since. */
  readonly unchangedSince?: BookRevision;
}

const TEMP_TAG = "segments-";

/** Test hook: the crash tests name a point of the write at which the process kills itself, with no timing. */
export function crashPoint(name: string): void {
  if (process.env.SEGMENTS_TEST_CRASH_AT === name) process.kill(process.pid, "SIGKILL");
}

/** Reads the whole file and the revision of exactly the bytes read. */
export async function readBookFile(file: string): Promise<BookBytes> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, "r");
    const stat = await handle.stat();
    const data = await handle.readFile();
    return { data, revision: revisionOf(stat) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DomainError(
      code === "ENOENT" ? `${file}: no such file.` : `${file}: cannot be read (${reason(code)}).`,
      "io",
    );
  } finally {
    await handle?.close();
  }
}

/** The file the bytes really go to: a symbolic link's target (followed to the end), or a new file in the real folder. */
export async function realTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(file)), path.basename(file));
    } catch {
      return path.resolve(file);
    }
  }
}

/** Refuses an --out file that exists unless the user said --force; checked before the work, and again at the write. */
export async function refuseExisting(file: string): Promise<void> {
  const exists = await fs.lstat(file).then(
    () => true,
    () => false,
  );
  if (exists) throw new DomainError(`${file} already exists: nothing was written. Add --force to replace it.`, "io");
}

/**
 * Writes the book. Refuses a read-only book or folder (as Excel does) and a book changed by another program since it
 * was read; in every refusal and failure the file is as it was and no temporary file stays. Messages name `file`.
 * Returns the new file's revision.
 */
export async function writeBookFile(
  file: string,
  data: Uint8Array | readonly Uint8Array[],
  options: WriteOptions = {},
): Promise<BookRevision> {
  const target = await realTarget(file);
  const folder = path.dirname(target);
  const current = await fs.stat(target).catch(() => undefined);
  if (current && options.exclusive)
    throw new DomainError(`${file} already exists: nothing was written. Add --force to replace it.`, "io");
  if (current && ((current.mode & 0o222) === 0 || !(await writable(target)))) {
    throw new DomainError(
      `${file} is read-only: nothing was written. Make it writable, or write a copy with --out FILE.`,
      "read-only",
    );
  }
  if (!(await writable(folder))) {
    throw new DomainError(
      `Cannot write ${file}: its folder is not writable. Nothing was written; write a copy with --out FILE.`,
      "read-only",
    );
  }
  await removeStaleTemps(target);
  const temp = tempPath(target, process.pid);
  let handle: fs.FileHandle | undefined;
  try {
    // The book's own permissions from the start, so a private book is never readable by others, not even briefly.
    handle = await fs.open(temp, "wx", current ? current.mode & 0o7777 : 0o666);
    if (current) {
      await handle.chmod(current.mode & 0o7777);
      await keepOwner(handle, current.uid, current.gid);
    }
    await writeHalves(handle, data instanceof Uint8Array ? [data] : data);
    crashPoint("temp-written");
    await handle.sync();
    await handle.close();
    handle = undefined;
    crashPoint("temp-synced");
    if (options.unchangedSince) await refuseIfChanged(file, target, options.unchangedSince);
    if (options.exclusive) {
      // link() fails when the name exists, so a file that appeared since the check is never replaced.
      await fs.link(temp, target);
      await fs.unlink(temp);
    } else {
      await fs.rename(temp, target);
    }
    crashPoint("renamed");
    await syncFolder(folder);
    return revisionOf(await fs.stat(target));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof DomainError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && options.exclusive)
      throw new DomainError(`${file} already exists: nothing was written. Add --force to replace it.`, "io");
    throw new DomainError(`Cannot write ${file} (${reason(code)}): the book is as it was.`, "io");
  }
}

/** Writes the pieces in turn (a book is written as its zip's pieces, never joined in memory), with a crash point halfway. */
async function writeHalves(handle: fs.FileHandle, pieces: readonly Uint8Array[]): Promise<void> {
  const half = Math.floor(pieces.reduce((sum, piece) => sum + piece.length, 0) / 2);
  let written = 0;
  for (const piece of pieces) {
    if (written < half && written + piece.length >= half) {
      await writeAll(handle, piece.subarray(0, half - written));
      crashPoint("temp-partial");
      await writeAll(handle, piece.subarray(half - written));
    } else await writeAll(handle, piece);
    written += piece.length;
  }
}

/** A write may take fewer bytes than given; the rest follows until all are in. */
async function writeAll(handle: fs.FileHandle, data: Uint8Array): Promise<void> {
  for (let done = 0; done < data.length;) {
    const { bytesWritten } = await handle.write(data, done, data.length - done);
    done += bytesWritten;
  }
}

/** The revision of the file now, or undefined when there is none. */
export async function currentRevision(file: string): Promise<BookRevision | undefined> {
  return fs.stat(file).then(revisionOf, () => undefined);
}

export interface BookLock {
  release(): Promise<void>;
}

/**
 * Keeps other `segments` runs off the book from open to save, so two runs never lose one's change: the second waits a
 * little, then refuses naming the run that holds the book. The lock is a file naming its owner (process and machine),
 * so a lock left by a killed run is taken over at once. proper-lockfile is not used: it judges a lock stale by a
 * heartbeat, which a run busy for seconds parsing a large book misses, so a live run would lose its lock. A folder
 * where no lock can be made (read-only) is read without one: nothing can be written there anyway.
 */
export async function lockBook(
  file: string,
  waits: readonly number[] = [50, 100, 200, 400, 800, 1_600],
): Promise<BookLock> {
  const target = await realTarget(file);
  const lockPath = path.join(path.dirname(target), `.${path.basename(target)}.${TEMP_TAG}lock`);
  const owner = { pid: process.pid, host: os.hostname() };
  // Written whole under a temporary name, then linked into place: the lock never exists without its owner.
  const staged = path.join(path.dirname(target), `.${path.basename(target)}.${TEMP_TAG}${process.pid}.lock.tmp`);
  await removeStaleTemps(target);
  try {
    await fs.writeFile(staged, JSON.stringify(owner), { flag: "w" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") return { release: async () => undefined };
    throw new DomainError(`Cannot lock ${file} (${reason(code)}).`, "io");
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await fs.link(staged, lockPath);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = await readOwner(lockPath);
      if (holder && holder.host === owner.host && !processAlive(holder.pid)) {
        // The holder was killed. Unlinking only the file we read, by renaming it away first, keeps a lock that a
        // third run took meanwhile.
        await takeOver(lockPath, holder.pid);
        continue;
      }
      if (attempt >= waits.length) {
        const who = holder
          ? `process ${holder.pid}${holder.host === owner.host ? "" : ` on ${holder.host}`}`
          : "another process";
        throw new DomainError(
          `${file} is being changed by another segments run (${who}): nothing was done. Run the command again when it has finished.`,
          "locked",
        );
      }
      await new Promise((resolve) => setTimeout(resolve, waits[attempt]));
    }
  } finally {
    await fs.rm(staged, { force: true }).catch(() => undefined);
  }
  crashPoint("locked");
  return {
    release: async () => {
      const holder = await readOwner(lockPath);
      if (holder?.pid === owner.pid && holder.host === owner.host)
        await fs.rm(lockPath, { force: true }).catch(() => undefined);
    },
  };
}

async function takeOver(lockPath: string, deadPid: number): Promise<void> {
  const aside = `${lockPath}.${process.pid}.tmp`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  if (moved && moved.pid !== deadPid) await fs.link(aside, lockPath).catch(() => undefined);
  await fs.rm(aside, { force: true });
}

/** Removes temporary files of this book left by runs whose process is gone (a kill leaves one behind). */
export async function removeStaleTemps(target: string): Promise<void> {
  const folder = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    // Earlier versions named it .book.xlsx.<pid>.tmp; this one .book.xlsx.segments-<pid>.tmp (and .lock.tmp for the
    // lock's owner file, segments-lock.<pid>.tmp for a lock being taken over).
    const pid = tempOwner(name.slice(prefix.length, -".tmp".length));
    if (pid === undefined) continue;
    if (pid !== process.pid && !processAlive(pid))
      await fs.rm(path.join(folder, name), { force: true }).catch(() => undefined);
  }
}

function tempOwner(middle: string): number | undefined {
  const match =
    /^(?:segments-)?([0-9]{1,10})(?:\.lock)?$/.exec(middle) ?? /^segments-lock\.([0-9]{1,10})$/.exec(middle);
  return match ? Number(match[1]) : undefined;
}

export function tempPath(target: string, pid: number): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${TEMP_TAG}${pid}.tmp`);
}

function revisionOf(stat: { dev: number; ino: number; size: number; mtimeMs: number }): BookRevision {
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
}

async function refuseIfChanged(file: string, target: string, expected: BookRevision): Promise<void> {
  const now = await currentRevision(target);
  const same =
    now !== undefined &&
    now.dev === expected.dev &&
    now.ino === expected.ino &&
    now.size === expected.size &&
    now.mtimeMs === expected.mtimeMs;
  if (!same) {
    throw new DomainError(
      `${file} was changed by another program while this command ran: nothing was written. Run the command again.`,
      "changed",
    );
  }
}

async function writable(file: string): Promise<boolean> {
  return fs.access(file, constants.W_OK).then(
    () => true,
    () => false,
  );
}

/** Keeps the book's owner and group; only the superuser may give a file away, so others keep what they can. */
async function keepOwner(handle: fs.FileHandle, uid: number, gid: number): Promise<void> {
  if (uid === process.getuid?.() && gid === process.getgid?.()) return;
  await handle.chown(uid, gid).catch(() => handle.chown(-1, gid).catch(() => undefined));
}

/** Makes the rename itself durable (some systems cannot sync a folder). */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, "r");
    await handle.sync();
  } catch {
    // The book is already in place; only its durability against a power cut is then up to the system.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function readOwner(ownerPath: string): Promise<{ pid: number; host: string } | undefined> {
  try {
    const owner = JSON.parse(await fs.readFile(ownerPath, "utf8")) as { pid?: unknown; host?: unknown };
    return typeof owner.pid === "number" && typeof owner.host === "string"
      ? { pid: owner.pid, host: owner.host }
      : undefined;
  } catch {
    return undefined;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function reason(code: string | undefined): string {
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "read-only file system";
    case "EISDIR":
      return "it is a folder";
    default:
      return code ?? "unknown error";
  }
}
