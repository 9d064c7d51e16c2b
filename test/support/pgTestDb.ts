/**
 * The PostgreSQL server the database tests use: the one PGHOST/PGPORT/PGUSER/PGDATABASE name (npm run test:db
 * starts a throwaway cluster and sets them). Each test file works in schemas of its own, dropped afterwards.
 */
import type { Client } from "pg";
import { connect, dbTarget } from "../../src/db/connection";
import { initDatabase } from "../../src/db/initDb";
import { quoteIdent } from "../../src/db/sqlNames";

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
