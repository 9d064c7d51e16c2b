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
function testClient(): Promise<Client> {
  return connect(dbTarget(undefined));
}

/** A test file's (or describe block's) connection to the test server, and what its tests leave to clean up. */
export interface TestDatabase {
  /** The client connected before the tests. */
  readonly client: Client;
  /** Another connected client (a second user), closed after the tests. */
  connectAnother(): Promise<Client>;
  /** A schema name no other file uses, dropped after the tests if they made it. */
  schema(prefix: string): string;
  /** A schema with the dedicated tables (`init`), dropped after the tests. */
  initialisedSchema(prefix: string): Promise<string>;
  /**
   * An initialised schema and, in schema `<schema>_crm`, a contact table (see `loadContactTable`), both dropped after.
   * Returns the schema and the contact table's name.
   */
  schemaWithContacts(
    prefix: string,
    values: readonly (readonly unknown[])[],
    options?: { lists?: readonly string[] },
  ): Promise<{ schema: string; contacts: string }>;
  /** Work to do after the tests, on the client still connected, before the schemas are dropped. */
  onCleanup(work: () => Promise<unknown>): void;
}

/**
 * Connects before the tests of the block it is called in and, after them, runs the cleanups, drops every schema
 * the block named and closes every client: one place for what each database test file needs around its tests.
 */
export function useTestDatabase(): TestDatabase {
  let client: Client | undefined;
  const others: Client[] = [];
  const schemas: string[] = [];
  const cleanups: (() => Promise<unknown>)[] = [];
  const connected = () => {
    if (!client) throw new Error("useTestDatabase's client is used outside its tests");
    return client;
  };
  const schema = (prefix: string) => {
    const name = uniqueSchema(prefix);
    schemas.push(name);
    return name;
  };
  const initialisedSchema = async (prefix: string) => {
    const name = schema(prefix);
    await initDatabase(connected(), name);
    return name;
  };
  beforeAll(async () => {
    client = await testClient();
  });
  afterAll(async () => {
    // The other clients go first: a transaction one of them left open would hold locks the drops wait for.
    await Promise.all(others.splice(0).map((other) => other.end()));
    if (!client) return;
    for (const work of cleanups.splice(0)) await work();
    for (const name of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(name)} CASCADE`);
    await client.end();
  });
  return {
    get client() {
      return connected();
    },
    async connectAnother() {
      const other = await testClient();
      others.push(other);
      return other;
    },
    schema,
    initialisedSchema,
    async schemaWithContacts(prefix, values, options = {}) {
      const name = await initialisedSchema(prefix);
      const crm = `${name}_crm`;
      schemas.push(crm);
      return { schema: name, contacts: await loadContactTable(connected(), crm, values, options) };
    },
    onCleanup(work) {
      cleanups.push(work);
    },
  };
}

/** A schema name no other test file (or run) uses. */
function uniqueSchema(prefix: string): string {
  counter += 1;
  return `${prefix}_${process.pid}_${counter}`;
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
