/**
 * The PostgreSQL server the database tests use: the one PGHOST/PGPORT/PGUSER/PGDATABASE name (npm run test:db
 * starts a throwaway cluster and sets them). Each test file works in schemas of its own, dropped afterwards.
 */
import type { Client } from "pg";
import { connect, dbTarget } from "../../src/db/connection";
import { initDatabase } from "../../src/db/initDb";
import { qualified, quoteIdent } from "../../src/db/sqlNames";

let counter = 0;

/** A connected client to the test server. */
export function testClient(): Promise<Client> {
  return connect(dbTarget(undefined));
}

/** A schema name no other test file (or run) uses. */
export function uniqueSchema(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`;
}

/** A new schema with the dedicated tables (`init`), and how to drop it. */
export async function initialisedSchema(
  client: Client,
  prefix: string,
): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = uniqueSchema(prefix);
  await initDatabase(client, schema);
  return { schema, drop: () => client.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`).then(() => undefined) };
}

/** A column's PostgreSQL type from its cells, as a CRM would have typed it: numbers, booleans, else text. */
function columnType(cells: readonly unknown[]): string {
  const filled = cells.filter((cell) => cell !== "");
  if (filled.length > 0 && filled.every((cell) => typeof cell === "number")) return "double precision";
  if (filled.length > 0 && filled.every((cell) => typeof cell === "boolean")) return "boolean";
  return "text";
}

/**
 * A contact sheet's values (header row first) as table `schema.contacts`, made with the schema when missing; blank
 * cells as NULL. Columns named in `lists` are text[] (the cell's values split at "," or ";"). Returns its name.
 */
export async function loadContactTable(
  client: Client,
  schema: string,
  values: readonly (readonly unknown[])[],
  options: { lists?: readonly string[] } = {},
): Promise<string> {
  const [header, ...rows] = values;
  const isList = header.map((h) => options.lists?.includes(String(h)) ?? false);
  const types = header.map((_, i) => (isList[i] ? "text[]" : columnType(rows.map((row) => row[i] ?? ""))));
  const table = qualified(schema, "contacts");
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  await client.query(
    `CREATE TABLE ${table} (${header.map((h, i) => `${quoteIdent(String(h))} ${types[i]}`).join(", ")})`,
  );
  const params = header.map((_, i) => `$${i + 1}`).join(", ");
  const cellValue = (cell: unknown, i: number) => {
    if (isList[i]) return cell === "" || cell === undefined ? [] : String(cell).split(/\s*[,;]\s*/);
    return cell === "" || cell === undefined ? null : cell;
  };
  for (const row of rows)
    await client.query(
      `INSERT INTO ${table} VALUES (${params})`,
      header.map((_, i) => cellValue(row[i], i)),
    );
  return table;
}

/** An initialised schema and, in a schema of its own, a contact table; how to drop both. */
export async function schemaWithContacts(
  client: Client,
  prefix: string,
  values: readonly (readonly unknown[])[],
  options: { lists?: readonly string[] } = {},
): Promise<{ schema: string; contacts: string; drop(): Promise<void> }> {
  const made = await initialisedSchema(client, prefix);
  const crm = `${made.schema}_crm`;
  const contacts = await loadContactTable(client, crm, values, options);
  return {
    schema: made.schema,
    contacts,
    drop: async () => {
      await made.drop();
      await client.query(`DROP SCHEMA ${quoteIdent(crm)} CASCADE`);
    },
  };
}
