/** `segments … --db` end to end, in-process: init once, the password never printed, commands on a contact table. */
import { MIGRATIONS } from "../../src/db/schemaDdl";
import { qualified } from "../../src/db/sqlNames";
import { SEGMENTS } from "../../src/app/store/sheetSpecs";
import { segments } from "../support/cli";
import { useTestDatabase } from "../support/pgTestDb";

const database = useTestDatabase();
const schema = database.schema("cli");

describe("segments on PostgreSQL (--db)", () => {
  it("creates the schema from the PG* variables (postgresql:// alone), then finds it up to date", async () => {
    const first = await segments("init", "--db", "postgresql://", "--schema", schema);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain(`Created the dedicated tables in schema "${schema}"`);
    expect(
      (await database.client.query(`SELECT count(*)::int AS n FROM ${qualified(schema, SEGMENTS.tableName)}`)).rows,
    ).toEqual([{ n: 0 }]);
    const second = await segments("init", "--db=postgresql://", "--schema", schema, "--json");
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      schema,
      applied: [],
      version: MIGRATIONS[MIGRATIONS.length - 1].version,
    });
  });

  it("says which server refused, without the password", async () => {
    const run = await segments(
      "init",
      "--db",
      `postgresql://nobody:Hunter2-secret@127.0.0.1:${process.env.PGPORT}/postgres`,
      "--schema",
      schema,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`nobody@127.0.0.1:${process.env.PGPORT}/postgres`);
    expect(run.stderr).not.toContain("Hunter2");
    expect(run.stdout).toBe("");
  });

  it("creates a segment, adds contacts from a table and lists the lines", async () => {
    await database.client.query(
      `CREATE TABLE ${qualified(schema, "people")} ("No." text, "Name" text, "Salesperson Code" text, "Mailing Groups" text[])`,
    );
    await database.client.query(
      `INSERT INTO ${qualified(schema, "people")} VALUES ('P1', 'Anna', 'JO', '{NEWS,XMAS}'), ('P2', 'Bo', 'PS', '{}'), ('P3', 'Åsa', 'JO', '{news}')`,
    );
    const db = ["--db", "postgresql://", "--schema", schema];
    const contacts = ["--contacts", `"${schema}".people`];
    const created = await segments("create", "--description", "Newsletter", ...db, "--json");
    expect(created.code).toBe(0);
    const no = JSON.parse(created.stdout).no as string;
    const added = await segments("add", no, "--where", "Mailing Groups=NEWS", ...db, ...contacts, "--json");
    expect(added).toMatchObject({ code: 0, stderr: "" });
    const lines = await segments("lines", no, ...db, ...contacts, "--json");
    expect(lines.code).toBe(0);
    expect(JSON.stringify(JSON.parse(lines.stdout))).toMatch(/"P1".*"P3"/);
    expect(lines.stdout).not.toContain('"P2"');
  });

  it("applies a mailing group to a text[] column, and refuses a list as a sheet and a workbook named beside --db", async () => {
    const db = ["--db", "postgresql://", "--schema", schema, "--contacts", `"${schema}".people`];
    const created = await segments("create", "--description", "VIP", ...db, "--json");
    const no = JSON.parse(created.stdout).no as string;
    expect(await segments("add", no, "--where", "Salesperson Code=JO", ...db)).toMatchObject({ code: 0 });
    const applied = await segments("apply-mailing-group", no, "--group", "vip", ...db);
    expect(applied).toMatchObject({ code: 0, stderr: "" });
    expect(applied.stdout).toContain(`Mailing Group vip is now applied to Segment ${no}: changed 2 contacts`);
    const { rows } = await database.client.query(
      `SELECT "No.", "Mailing Groups" FROM ${qualified(schema, "people")} ORDER BY 1`,
    );
    expect(rows.map((row) => [row["No."], row["Mailing Groups"]])).toEqual([
      ["P1", ["NEWS", "XMAS", "vip"]],
      ["P2", []],
      ["P3", ["news", "vip"]],
    ]);
    const sheet = await segments("export", no, "--sheet", "List", ...db);
    expect(sheet.code).toBe(1);
    expect(sheet.stderr).toContain("--file");
    const both = await segments("lines", "book.xlsx", "SEG00001", "--db", "postgresql://", "--schema", schema);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("with --db there is no workbook to name");
  });
});
