/**
 * `segments … --db URL`: the commands that already run on PostgreSQL. Today that is `init`; every other command
 * says plainly that it does not run there yet, rather than touching a workbook.
 */
import { parseArgs } from "util";
import { DomainError } from "../domain/errors";
import { UsageError } from "../cli/usage";
import { connect, dbError, dbTarget } from "./connection";
import { initDatabase } from "./initDb";
import { DEFAULT_SCHEMA } from "./schemaDdl";

/** True when the arguments ask for a database (--db URL or --db=URL). */
export function wantsDatabase(args: readonly string[]): boolean {
  return args.some((arg) => arg === "--db" || arg.startsWith("--db="));
}

export interface DbCommandOutcome {
  readonly text: string;
  readonly json: unknown;
}

export async function runDbCommand(name: string, args: readonly string[]): Promise<DbCommandOutcome> {
  if (name !== "init") throw new UsageError(`segments ${name} does not run on PostgreSQL yet: only init --db does (see README, "Contacts in a database").`);
  let values;
  try {
    ({ values } = parseArgs({ args: [...args], options: { db: { type: "string" }, schema: { type: "string" }, json: { type: "boolean" } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new UsageError(`init --db: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, ".")}`);
  }
  const schema = values.schema ?? DEFAULT_SCHEMA;
  if (schema.trim() === "" || schema.includes("\u0000")) throw new UsageError(`--schema "${schema}" is not a schema name.`);
  const target = dbTarget(values.db);
  const client = await connect(target);
  try {
    const outcome = await initDatabase(client, schema).catch((error: unknown) => {
      throw error instanceof DomainError ? error : dbError(target, error, `init of schema "${schema}"`);
    });
    const text =
      outcome.applied.length === 0
        ? `Schema "${schema}" on ${target.label} is up to date (layout version ${outcome.version}); nothing changed.`
        : `Created the dedicated tables in schema "${schema}" on ${target.label} (layout version ${outcome.version}).`;
    return { text, json: { schema, applied: outcome.applied, version: outcome.version, server: target.label } };
  } finally {
    await client.end().catch(() => undefined);
  }
}
