/**
 * `segments COMMAND --db URL [--schema NAME] [--contacts TABLE]`: the commands on PostgreSQL. `init` creates the
 * schema; every other command runs its use case through PgBook in one transaction. The contacts are read whole
 * into memory, as from a workbook: steps do not run inside the database yet.
 */
import { parseCommandArgs } from "../cli/args";
import type { Command } from "../cli/commands/command";
import { runContext } from "../cli/context";
import { UsageError } from "../cli/usage";
import { DomainError } from "../domain/errors";
import { connect, dbError, dbTarget, type DbTarget } from "./connection";
import { initDatabase } from "./initDb";
import { PgBook } from "./pgBook";
import { DEFAULT_SCHEMA } from "./schemaDdl";

const DB_OPTIONS = { db: { type: "string" }, schema: { type: "string" } } as const;

export interface DbCommandOutcome {
  readonly text: string;
  readonly json: unknown;
  readonly warnings?: readonly string[];
  readonly asJson: boolean;
}

export async function runDbCommand(
  name: string,
  command: Command,
  args: readonly string[],
  now: Date,
): Promise<DbCommandOutcome> {
  command.checkArgs?.(args);
  const parsed = parseCommandArgs(args, { ...command.options, ...DB_OPTIONS });
  if (parsed.common.out !== undefined)
    throw new UsageError("--out is for workbooks: with --db the database is changed in place.");
  const rest = parsed.positionals;
  const missing = command.positionals.slice(rest.length);
  if (missing.length > 0)
    throw new UsageError(
      `${name} needs ${missing.join(" ")}: segments ${name} ${command.positionals.join(" ")} --db URL`,
    );
  if (rest.length > command.positionals.length)
    throw new UsageError(
      `Unexpected argument "${rest[command.positionals.length]}" (with --db there is no workbook to name).`,
    );
  const schema = (parsed.values.schema as string | undefined) ?? DEFAULT_SCHEMA;
  if (schema.trim() === "" || schema.includes("\u0000"))
    throw new UsageError(`--schema "${schema}" is not a schema name.`);
  const ctx = runContext(parsed.common, now);
  const target = dbTarget(parsed.values.db as string | undefined);
  const client = await connect(target);
  try {
    if (name === "init")
      return await guarded(target, `init of schema "${schema}"`, () =>
        init(client, schema, target, parsed.common.json),
      );
    const book = new PgBook(client, { schema, contacts: parsed.common.contacts, locale: ctx.locale });
    const outcome = await guarded(target, name, () => book.action((b) => command.run(b, ctx, parsed, rest)));
    return { text: outcome.text, json: outcome.json, warnings: outcome.warnings, asJson: parsed.common.json };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Domain errors pass as they are; anything the server or driver throws is named with the server, password masked. */
export async function guarded<T>(target: DbTarget, doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof DomainError || error instanceof UsageError ? error : dbError(target, error, doing);
  }
}

async function init(
  client: Parameters<typeof initDatabase>[0],
  schema: string,
  target: DbTarget,
  asJson: boolean,
): Promise<DbCommandOutcome> {
  const outcome = await initDatabase(client, schema);
  const text =
    outcome.applied.length === 0
      ? `Schema "${schema}" on ${target.label} is up to date (layout version ${outcome.version}); nothing changed.`
      : outcome.applied.includes(1)
        ? `Created the dedicated tables in schema "${schema}" on ${target.label} (layout version ${outcome.version}).`
        : `Brought schema "${schema}" on ${target.label} up to layout version ${outcome.version} (applied ${outcome.applied.join(", ")}).`;
  return { text, json: { schema, applied: outcome.applied, version: outcome.version, server: target.label }, asJson };
}
