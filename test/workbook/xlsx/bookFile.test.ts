/** bookFile on the real file system: the user's file keeps its permissions, links and contents unless fully replaced. */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { DomainError } from "../../../src/domain/errors";
import { lockBook, readBookFile, removeStaleTemps, tempPath, writeBookFile } from "../../../src/workbook/xlsx/bookFile";
import { tempDir } from "../../support/workbooks";

let dir: string;
let book: string;
const OLD = Buffer.from("old book");
const NEW = Buffer.from("the new book, longer than the old one");

beforeEach(async () => {
  dir = await tempDir();
  book = path.join(dir, "book.xlsx");
  await fs.writeFile(book, OLD);
});

afterEach(async () => {
  await fs.chmod(dir, 0o755).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});

const others = async (folder = dir) => (await fs.readdir(folder)).filter((name) => name !== "book.xlsx").sort();

/** A process id that no process has now: a child that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(child.stdout.toString());
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).message;
}

describe("writeBookFile", () => {
  it("replaces the book and keeps its permissions", async () => {
    await fs.chmod(book, 0o640);
    await writeBookFile(book, NEW);
    expect(await fs.readFile(book)).toEqual(NEW);
    expect((await fs.stat(book)).mode & 0o777).toBe(0o640);
    expect(await others()).toEqual([]);
  });

  it("keeps the owner and group of a book owned by someone else (when the system lets it)", async () => {
    if (process.getuid?.() !== 0) {
      // Only the superuser may give a file away; others keep their own ownership, which is the book's.
      await writeBookFile(book, NEW);
      expect((await fs.stat(book)).uid).toBe(process.getuid?.());
      return;
    }
    await fs.chown(book, 65534, 65534);
    await writeBookFile(book, NEW);
    const stat = await fs.stat(book);
    expect([stat.uid, stat.gid]).toEqual([65534, 65534]);
  });

  it("refuses a read-only book, naming it, and leaves it as it was", async () => {
    await fs.chmod(book, 0o444);
    const message = await refusal(writeBookFile(book, NEW));
    expect(message).toBe(
      `${book} is read-only: nothing was written. Make it writable, or write a copy with --out FILE.`,
    );
    expect(await fs.readFile(book)).toEqual(OLD);
    expect(await others()).toEqual([]);
  });

  it("updates the file a symbolic link points to, and the link stays a link", async () => {
    const real = path.join(dir, "real");
    await fs.mkdir(real);
    await fs.rename(book, path.join(real, "target.xlsx"));
    await fs.symlink(path.join("real", "target.xlsx"), book);
    await writeBookFile(book, NEW);
    expect((await fs.lstat(book)).isSymbolicLink()).toBe(true);
    expect(await fs.readFile(path.join(real, "target.xlsx"))).toEqual(NEW);
    expect(await fs.readdir(real)).toEqual(["target.xlsx"]);
  });

  it("refuses an existing file when asked for a new one, naming it", async () => {
    const message = await refusal(writeBookFile(book, NEW, { exclusive: true }));
    expect(message).toBe(`${book} already exists: nothing was written. Add --force to replace it.`);
    expect(await fs.readFile(book)).toEqual(OLD);
    const fresh = path.join(dir, "copy.xlsx");
    await writeBookFile(fresh, NEW, { exclusive: true });
    expect(await fs.readFile(fresh)).toEqual(NEW);
    expect(await others()).toEqual(["copy.xlsx"]);
  });

  it("refuses to replace a book another program changed since it was read", async () => {
    const { revision } = await readBookFile(book);
    await fs.writeFile(book, "changed by Excel meanwhile");
    const message = await refusal(writeBookFile(book, NEW, { unchangedSince: revision }));
    expect(message).toMatch(
      /^\S+book\.xlsx was changed by another program while this command ran: nothing was written/,
    );
    expect(await fs.readFile(book, "utf8")).toBe("changed by Excel meanwhile");
    expect(await others()).toEqual([]);
  });

  it("returns the new revision, so a second save of the same run is not taken for someone else's change", async () => {
    const { revision } = await readBookFile(book);
    const written = await writeBookFile(book, NEW, { unchangedSince: revision });
    await writeBookFile(book, OLD, { unchangedSince: written });
    expect(await fs.readFile(book)).toEqual(OLD);
  });

  it("removes temporary files of runs that are gone, and keeps those of running ones", async () => {
    const dead = tempPath(book, deadPid());
    const legacy = path.join(dir, `.book.xlsx.${deadPid()}.tmp`);
    const running = tempPath(book, process.ppid);
    const unrelated = path.join(dir, ".other.xlsx.segments-1.tmp");
    for (const file of [dead, legacy, running, unrelated]) await fs.writeFile(file, "x");
    await removeStaleTemps(book);
    expect(await others()).toEqual([path.basename(running), path.basename(unrelated)].sort());
  });

  it("a write that cannot finish (disk full) leaves the book as it was, no temporary file, and names the book", async () => {
    if (process.getuid?.() !== 0) {
      // Without the superuser's mount, a folder that is not writable stands for a write that cannot finish.
      await fs.chmod(dir, 0o555);
      const message = await refusal(writeBookFile(book, NEW));
      expect(message).toBe(
        `Cannot write ${book}: its folder is not writable. Nothing was written; write a copy with --out FILE.`,
      );
      expect(await fs.readFile(book)).toEqual(OLD);
      expect(await others()).toEqual([]);
      return;
    }
    const small = path.join(dir, "small");
    await fs.mkdir(small);
    expect(spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", small]).status).toBe(0);
    try {
      const full = path.join(small, "book.xlsx");
      await fs.writeFile(full, OLD);
      const message = await refusal(writeBookFile(full, Buffer.alloc(256 * 1024, 1)));
      expect(message).toBe(`Cannot write ${full} (the disk is full): the book is as it was.`);
      expect(await fs.readFile(full)).toEqual(OLD);
      expect(await others(small)).toEqual([]);
    } finally {
      spawnSync("umount", [small]);
    }
  });
});

describe("lockBook", () => {
  it("refuses while another live run holds the book, naming that run", async () => {
    await fs.writeFile(
      path.join(dir, ".book.xlsx.segments-lock"),
      JSON.stringify({ pid: process.ppid, host: os.hostname() }),
    );
    const message = await refusal(lockBook(book, []));
    expect(message).toBe(
      `${book} is being changed by another segments run (process ${process.ppid}): nothing was done. Run the command again when it has finished.`,
    );
    expect(await others()).toEqual([".book.xlsx.segments-lock"]);
  });

  it("takes over the lock of a run that was killed, and leaves nothing behind on release", async () => {
    await fs.writeFile(
      path.join(dir, ".book.xlsx.segments-lock"),
      JSON.stringify({ pid: deadPid(), host: os.hostname() }),
    );
    const lock = await lockBook(book, []);
    expect(await others()).toEqual([".book.xlsx.segments-lock"]);
    await expect(lockBook(book, [])).rejects.toThrow(`(process ${process.pid})`);
    await lock.release();
    expect(await others()).toEqual([]);
  });

  it("waits for a run that finishes within the retries", async () => {
    const first = await lockBook(book, []);
    // Retries on every turn of the event loop: the second lock is taken as soon as the first is released.
    const second = lockBook(book, Array<number>(100_000).fill(0));
    await first.release();
    await (await second).release();
    expect(await others()).toEqual([]);
  });
});
