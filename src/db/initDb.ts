/**
 * `segments init --db`: the schema, its dedicated tables and the state rows, created or brought up to date in one
 * transaction (all or nothing). Running it again changes nothing; two runs at once are serialised by a lock.
 */
import type { ClientBase } from "pg";
import { SEED_TEMPLATES } from "../app/store/dedicatedSheets";
import { INTERACTION_TEMPLATES, SCHEMA_VERSION } from "../app/store/sheetSpecs";
import { recordValues } from "./records";
import { createCollationSql, MIGRATIONS, MIGRATIONS_TABLE, migrationsTableSql, STATE_TABLE } from "./schemaDdl";
import { qualified, quoteIdent } from "./sqlNames";
import { inTransaction } from "./transaction";

export interface InitOutcome {
  readonly schema: string;
  /** Migration versions applied by this run ([] when the schema was up to date). */
  readonly applied: readonly number[];
  readonly version: number;
}

/** The languages whose text order the filter SQL can use from the start; others are added when first used. */
export const INITIAL_LOCALES = ["en", "sv"];

export async function initDatabase(client: ClientBase, schema: string): Promise<InitOutcome> {
  return inTransaction(client, async () => {
    await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`segments init ${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(migrationsTableSql(schema));
    const migrations = qualified(schema, MIGRATIONS_TABLE);
    const current = await client.query<{ version: number | null }>(
      `SELECT max(${quoteIdent("Version")}) AS version FROM ${migrations}`,
    );
    const from = current.rows[0].version ?? 0;
    const applied: number[] = [];
    for (const migration of MIGRATIONS.filter((m) => m.version > from)) {
      for (const statement of migration.statements(schema)) await client.query(statement);
      if (migration.version === 1) await seedTemplates(client, schema);
      await client.query(
        `INSERT INTO ${migrations} (${quoteIdent("Version")}, ${quoteIdent("Description")}) VALUES ($1, $2)`,
        [migration.version, migration.description],
      );
      applied.push(migration.version);
    }
    for (const locale of INITIAL_LOCALES) await client.query(createCollationSql(schema, locale));
    const state = qualified(schema, STATE_TABLE);
    await client.query(
      `INSERT INTO ${state} (${quoteIdent("Key")}, ${quoteIdent("Value")}) VALUES ('schemaVersion', $1), ('lastSegmentNo', '0'), ('contactSource', '')
       ON CONFLICT (${quoteIdent("Key")}) DO NOTHING`,
      [String(SCHEMA_VERSION)],
    );
    await client.query(
      `UPDATE ${state} SET ${quoteIdent("Value")} = $1 WHERE ${quoteIdent("Key")} = 'schemaVersion' AND ${quoteIdent("Value")}::integer < $1::integer`,
      [String(SCHEMA_VERSION)],
    );
    return { schema, applied, version: Math.max(from, ...applied) };
  });
}

/** The text order of `locale` available to the filter SQL (a collation in the schema); needs CREATE on the schema. */
export async function ensureOrderCollation(client: ClientBase, schema: string, locale: string): Promise<void> {
  await client.query(createCollationSql(schema, locale));
}

/** The common templates a new workbook's Interaction Templates sheet starts with, once, when the table is made. */
async function seedTemplates(client: ClientBase, schema: string): Promise<void> {
  const columns = INTERACTION_TEMPLATES.columns.map((column) => quoteIdent(column.header)).join(", ");
  const placeholders = INTERACTION_TEMPLATES.columns.map((_, i) => `$${i + 1}`).join(", ");
  for (const template of SEED_TEMPLATES) {
    await client.query(
      `INSERT INTO ${qualified(schema, INTERACTION_TEMPLATES.tableName)} (${columns}) VALUES (${placeholders})`,
      recordValues(INTERACTION_TEMPLATES, template),
    );
  }
}
