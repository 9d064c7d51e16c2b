/** `segments copy`'s arguments, checked before any server is asked: the direction, and wrong calls (exit code 2). */
import { parseCopyCall } from "../../src/cli/copy";
import { segments } from "../support/cli";

describe("segments copy: the call", () => {
  it("copies from what comes first, like cp", () => {
    expect(parseCopyCall(["book.xlsx", "--db", "postgresql://u@h/d"])).toMatchObject({
      direction: "to-db",
      bookPath: "book.xlsx",
      url: "postgresql://u@h/d",
      schema: "segments",
      force: false,
    });
    expect(parseCopyCall(["--db", "postgresql://u@h/d", "--schema", "crm seg", "out.xlsx", "--force"])).toMatchObject({
      direction: "to-book",
      bookPath: "out.xlsx",
      schema: "crm seg",
      force: true,
    });
    expect(parseCopyCall(["--db=", "out.xlsx"])).toMatchObject({ direction: "to-book", url: undefined });
    // The contacts: into the table --contacts names; back from the schema's choice, or the table named.
    expect(parseCopyCall(["book.xlsx", "--db", "postgresql://", "--contacts", "crm.people"])).toMatchObject({
      contacts: { table: "crm.people" },
    });
    expect(parseCopyCall(["--db", "postgresql://", "out.xlsx", "--with-contacts"])).toMatchObject({
      direction: "to-book",
      contacts: { table: undefined },
    });
    expect(parseCopyCall(["--db", "postgresql://", "out.xlsx"]).contacts).toBeUndefined();
    // An option before the workbook that is not --db does not turn the direction.
    expect(parseCopyCall(["--schema", "s", "book.xlsx", "--db", "postgresql://"])).toMatchObject({
      direction: "to-db",
    });
  });

  it.each([
    [["book.xlsx"], "copy needs --db"],
    [["--db", "postgresql://"], "copy needs the workbook"],
    [["a.xlsx", "b.xlsx", "--db", "postgresql://"], 'Unexpected argument "b.xlsx"'],
    [["book.xlsx", "--db", "postgresql://", "--out", "x.xlsx"], "--out has no meaning for copy"],
    [["book.xlsx", "--db", "postgresql://", "--with-contacts"], "name the table the contacts go into with --contacts"],
    [["book.xlsx", "--db", "postgresql://", "--contacts", " "], "--contacts needs a table name"],
    [["book.xlsx", "--db", "postgresql://", "--with-contacts", "crm.people"], 'Unexpected argument "crm.people"'],
    [["book.xlsx", "--db", "postgresql://", "--schema", " "], "is not a schema name"],
    [["book.xlsx", "--db", "postgresql://", "--sheets"], "Unknown option '--sheets'"],
  ])("refuses %j with exit code 2 before connecting", async (args, message) => {
    const run = await segments("copy", ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it("never repeats a URL it cannot read (it may hold a password)", async () => {
    const run = await segments("copy", "book.xlsx", "--db", "user:Hunter2@host");
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("Hunter2");
  });

  it("is listed in the usage", async () => {
    expect((await segments("--help")).stdout).toContain("copy book.xlsx --db URL");
  });
});
