/** `init` on a real server: the tables the sheet specs describe, their keys, idempotence, concurrent runs, all-or-nothing. */
import { initDatabase } from "../../src/db/initDb";
import { MIGRATIONS, STATE_TABLE } from "../../src/db/schemaDdl";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import { DEDICATED_SHEETS, SCHEMA_VERSION, SEGMENT_LINES, SEGMENTS } from "../../src/app/store/sheetSpecs";
import { useTestDatabase } from "../support/pgTestDb";

const database = useTestDatabase();

function newSchema(): string {
  const schema = database.schema("init");
  return schema;
}

async function columnsOf(schema: string, table: string): Promise<{ name: string; type: string }[]> {
  const result = await database.client.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position`,
    [schema, table],
  );
  return result.rows;
}

const PG_TYPES = { text: "text", number: "double precision", integer: "bigint", date: "date", boolean: "boolean" };

describe("segments init on PostgreSQL", () => {
  it("creates every dedicated table with the sheet's column names, in order, typed by kind", async () => {
    const schema = newSchema();
    const outcome = await initDatabase(database.client, schema);
    expect(outcome).toEqual({
      schema,
      applied: MIGRATIONS.map((m) => m.version),
      version: MIGRATIONS[MIGRATIONS.length - 1].version,
    });
    for (const spec of DEDICATED_SHEETS) {
      expect(await columnsOf(schema, spec.tableName)).toEqual(
        spec.columns.map((c) => ({ name: c.header, type: PG_TYPES[c.kind] })),
      );
    }
  });

  it("keys rows by keyProps, ignoring case as a sheet does", async () => {
    const schema = newSchema();
    await initDatabase(database.client, schema);
    const lines = qualified(schema, SEGMENT_LINES.tableName);
    await database.client.query(
      `INSERT INTO ${lines} ("Segment No.", "Line No.") VALUES ('SEG1', 10000), ('SEG1', 20000), ('SEG2', 10000)`,
    );
    await expect(
      database.client.query(`INSERT INTO ${lines} ("Segment No.", "Line No.") VALUES ('SEG1', 10000)`),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      database.client.query(`INSERT INTO ${lines} ("Segment No.", "Line No.") VALUES ('seg1', 10000)`),
    ).rejects.toThrow(/duplicate key/);
    const segments = qualified(schema, SEGMENTS.tableName);
    await database.client.query(`INSERT INTO ${segments} ("No.") VALUES ('SEG00001')`);
    await expect(database.client.query(`INSERT INTO ${segments} ("No.") VALUES ('seg00001')`)).rejects.toThrow(
      /duplicate key/,
    );
    // Blank cells read as "", 0 and FALSE on a sheet: the same defaults here.
    const row = await database.client.query(
      `SELECT "Description", "No. of Lines", "Campaign Target", "Date" FROM ${segments}`,
    );
    expect(row.rows).toEqual([{ Description: "", "No. of Lines": "0", "Campaign Target": false, Date: null }]);
  });

  it("writes the state rows and the applied migrations; a second run changes nothing", async () => {
    const schema = newSchema();
    await initDatabase(database.client, schema);
    await database.client.query(
      `UPDATE ${qualified(schema, STATE_TABLE)} SET "Value" = '7' WHERE "Key" = 'lastSegmentNo'`,
    );
    const again = await initDatabase(database.client, schema);
    expect(again.applied).toEqual([]);
    const state = await database.client.query(
      `SELECT "Key", "Value" FROM ${qualified(schema, STATE_TABLE)} ORDER BY "Key"`,
    );
    expect(state.rows).toEqual([
      { Key: "contactSource", Value: "" },
      { Key: "lastSegmentNo", Value: "7" },
      { Key: "schemaVersion", Value: String(SCHEMA_VERSION) },
    ]);
    const migrations = await database.client.query(`SELECT "Version" FROM ${qualified(schema, "SchemaMigrations")}`);
    expect(migrations.rows).toEqual(MIGRATIONS.map((m) => ({ Version: m.version })));
  });

  it("serialises two runs at once: one creates, the other finds it done", async () => {
    const schema = newSchema();
    const other = await database.connectAnother();
    const outcomes = await Promise.all([initDatabase(database.client, schema), initDatabase(other, schema)]);
    expect(outcomes.map((o) => o.applied.length).sort()).toEqual([0, MIGRATIONS.length]);
  });

  it("is all or nothing: a table in the way leaves no schema behind", async () => {
    const schema = newSchema();
    await database.client.query(
      `CREATE SCHEMA ${quoteIdent(schema)}; CREATE TABLE ${qualified(schema, SEGMENT_LINES.tableName)} (x integer)`,
    );
    await expect(initDatabase(database.client, schema)).rejects.toThrow(/already exists/);
    const tables = await database.client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = $1`,
      [schema],
    );
    expect(tables.rows).toEqual([{ table_name: SEGMENT_LINES.tableName }]);
  });
});

describe("js_number_text", () => {
  it("writes a number as JavaScript's String() does", async () => {
    const schema = newSchema();
    await initDatabase(database.client, schema);
    // 1.2345e21: PostgreSQL's own float8 text is 1.2344999999999999e+21.
    const random = Array.from({ length: 2000 }, (_, i) => Math.sin(i + 1) * 10 ** ((i % 60) - 30));
    const values = [
      ...random,
      0,
      -0,
      1,
      -1,
      0.5,
      0.1 + 0.2,
      123456.789,
      1e15,
      1e20,
      1.5e20,
      1e21,
      1.2345e21,
      0.000001,
      0.0000012,
      1e-7,
      2.5e-7,
      -3.5e-9,
      5e-324,
      Number.MAX_VALUE,
      1 / 3,
      100,
      1200,
      2 ** 64,
    ];
    const result = await database.client.query<{ text: string }>(
      `SELECT ${qualified(schema, "js_number_text")}(v) AS text FROM unnest($1::float8[]) WITH ORDINALITY AS u(v, i) ORDER BY i`,
      [values.map(String)],
    );
    expect(result.rows.map((r) => r.text)).toEqual(values.map(String));
  });
});
