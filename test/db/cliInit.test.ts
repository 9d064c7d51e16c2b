/** `segments init --db` end to end, in-process: tables created once, the password never printed, other commands refused. */
import type { Client } from "pg";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import { SEGMENTS } from "../../src/workbook/schema";
import { segments } from "../support/cli";
import { testClient, uniqueSchema } from "../support/pgTestDb";

let client: Client;
const schema = uniqueSchema("cli");

beforeAll(async () => {
  client = await testClient();
});
afterAll(async () => {
  await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await client.end();
});

describe("segments init --db", () => {
  it("creates the schema from the PG* variables (postgresql:// alone), then finds it up to date", async () => {
    const first = await segments("init", "--db", "postgresql://", "--schema", schema);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain(`Created the dedicated tables in schema "${schema}"`);
    expect((await client.query(`SELECT count(*)::int AS n FROM ${qualified(schema, SEGMENTS.tableName)}`)).rows).toEqual([{ n: 0 }]);
    const second = await segments("init", "--db=postgresql://", "--schema", schema, "--json");
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ schema, applied: [], version: 1 });
  });

  it("says which server refused, without the password", async () => {
    const run = await segments("init", "--db", `postgresql://nobody:Hunter2-secret@127.0.0.1:${process.env.PGPORT}/postgres`, "--schema", schema);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`nobody@127.0.0.1:${process.env.PGPORT}/postgres`);
    expect(run.stderr).not.toContain("Hunter2");
    expect(run.stdout).toBe("");
  });

  it("refuses the commands that do not run on PostgreSQL yet, before connecting", async () => {
    const run = await segments("lines", "SEG00001", "--db", "postgresql://");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("segments lines does not run on PostgreSQL yet");
  });
});
