/** The command keeps the user's file theirs: --out never replaces a file silently, a read-only book is refused, links stay links. */
import { promises as fs } from "fs";
import * as path from "path";
import { bytes, segments } from "../support/cli";
import { SMALL_CONTACTS } from "../support/smallContacts";
import { tempDir, writeWorkbook } from "../support/workbooks";

let dir: string;
let book: string;

beforeEach(async () => {
  dir = await tempDir();
  book = await writeWorkbook(path.join(dir, "book.xlsx"), [{ name: "Contacts", values: SMALL_CONTACTS }]);
  await segments("create", book, "--description", "Spring");
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const others = async () => (await fs.readdir(dir)).filter((name) => name !== "book.xlsx").sort();

describe("--out", () => {
  it("refuses an existing file, naming it, before any work; --force replaces it", async () => {
    const out = path.join(dir, "copy.xlsx");
    await fs.writeFile(out, "mine");
    const refused = await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS", "--out", out);
    expect(refused).toMatchObject({
      code: 1,
      stderr: `${out} already exists: nothing was written. Add --force to replace it.`,
    });
    expect(await fs.readFile(out, "utf8")).toBe("mine");

    const before = await bytes(book);
    const forced = await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS", "--out", out, "--force");
    expect(forced.code).toBe(0);
    expect((await segments("lines", out, "SEG00001")).stdout).toMatch(/\d/);
    expect((await bytes(book)).equals(before)).toBe(true);
    expect(await others()).toEqual(["copy.xlsx"]);
  });
});

describe("the book's file", () => {
  it("a read-only book is refused with a message naming it and left as it was; reading it still works", async () => {
    await fs.chmod(book, 0o444);
    const before = await bytes(book);
    const run = await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS");
    expect(run).toMatchObject({
      code: 1,
      stderr: `${book} is read-only: nothing was written. Make it writable, or write a copy with --out FILE.`,
    });
    expect((await bytes(book)).equals(before)).toBe(true);
    expect((await segments("lines", book, "SEG00001")).code).toBe(0);
    expect(await others()).toEqual([]);
  });

  it("keeps a private book private", async () => {
    await fs.chmod(book, 0o600);
    expect((await segments("add", book, "SEG00001", "--where", "Mailing Groups=NEWS")).code).toBe(0);
    expect((await fs.stat(book)).mode & 0o777).toBe(0o600);
  });

  it("updates the book a symbolic link points to; the link stays a link and messages name the link", async () => {
    const link = path.join(dir, "link.xlsx");
    await fs.symlink("book.xlsx", link);
    expect((await segments("add", link, "SEG00001", "--where", "Mailing Groups=NEWS")).code).toBe(0);
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(true);
    expect((await segments("lines", book, "SEG00001")).stdout).toMatch(/\d/);
    await fs.chmod(book, 0o444);
    expect((await segments("create", link, "--description", "Autumn")).stderr).toBe(
      `${link} is read-only: nothing was written. Make it writable, or write a copy with --out FILE.`,
    );
    expect(await others()).toEqual(["link.xlsx"]);
  });
});
