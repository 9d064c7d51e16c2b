/**
 * `segments copy book.xlsx --db URL [--schema S] [--force]` and `segments copy --db URL [--schema S] out.xlsx
 * [--force]`: the segment data between a workbook and a PostgreSQL schema. Like cp, what comes first is the source
 * (docs/decisions.md §D48). The database side is one transaction; the workbook side is written by the safe write,
 * so a failure leaves nothing half-written on either side.
 */
import { promises as fs } from "fs";
import { copyBook, type CopyOutcome } from "../app/copyBook";
import { parseCommandArgs } from "./args";
import { UsageError } from "./usage";
import { lockBook } from "../workbook/xlsx/bookFile";
import { XlsxBook } from "../workbook/xlsx/xlsxBook";
import { guarded } from "../db/cli";
import { connect, dbTarget, type DbTarget } from "../db/connection";
import { initDatabase } from "../db/initDb";
import { PgBook } from "../db/pgBook";
import { DEFAULT_SCHEMA } from "../db/schemaDdl";

const COPY_OPTIONS = {
  db: { type: "string" },
  schema: { type: "string" },
  "with-contacts": { type: "string" },
} as const;

const CALL = "segments copy book.xlsx --db URL [--schema S] [--force], or segments copy --db URL [--schema S] out.xlsx";

export interface CopyCall {
  readonly direction: "to-db" | "to-book";
  readonly bookPath: string;
  readonly url: string | undefined;
  readonly schema: string;
  readonly force: boolean;
  readonly asJson: boolean;
}

/** The call's meaning, or a UsageError (exit code 2) saying what is wrong with it. */
export function parseCopyCall(args: readonly string[]): CopyCall {
  const parsed = parseCommandArgs(args, COPY_OPTIONS);
  const { values, common } = parsed;
  if (!("db" in values) || values.db === undefined) throw new UsageError(`copy needs --db: ${CALL}.`);
  if (values["with-contacts"] !== undefined)
    throw new UsageError(
      "--with-contacts: copy does not copy contacts yet. Load them into a table yourself (psql's \\copy) and name it with --contacts.",
    );
  for (const option of ["out", "contacts", "locale", "user", "workdate"] as const) {
    if (common[option] !== undefined) throw new UsageError(`--${option} has no meaning for copy: ${CALL}.`);
  }
  if (parsed.positionals.length === 0) throw new UsageError(`copy needs the workbook: ${CALL}.`);
  if (parsed.positionals.length > 1)
    throw new UsageError(`Unexpected argument "${parsed.positionals[1]}": copy takes one workbook. ${CALL}.`);
  const schema = (values.schema as string | undefined) ?? DEFAULT_SCHEMA;
  if (schema.trim() === "" || schema.includes("\u0000"))
    throw new UsageError(`--schema "${schema}" is not a schema name.`);
  const url = values.db as string;
  return {
    direction: parsed.beforeFirstPositional.has("db") ? "to-book" : "to-db",
    bookPath: parsed.positionals[0],
    url: url === "" ? undefined : url,
    schema,
    force: common.force === true,
    asJson: common.json,
  };
}

export interface CopyCommandOutcome {
  readonly text: string;
  readonly json: unknown;
  readonly warnings: readonly string[];
  readonly asJson: boolean;
}

export async function runCopyCommand(args: readonly string[]): Promise<CopyCommandOutcome> {
  const call = parseCopyCall(args);
  const target = dbTarget(call.url);
  const schemaName = `schema "${call.schema}" on ${target.label}`;
  const client = await connect(target);
  try {
    const outcome =
      call.direction === "to-db"
        ? await copyToDb(call, client, target, schemaName)
        : await copyToBook(call, client, target, schemaName);
    const from = call.direction === "to-db" ? call.bookPath : schemaName;
    const to = call.direction === "to-db" ? schemaName : call.bookPath;
    const rows = outcome.sheets.reduce((sum, sheet) => sum + sheet.rows, 0);
    const own = outcome.sheets.filter((sheet) => sheet.rowsWithOwnColumns > 0);
    const warnings =
      call.direction === "to-db" && own.length > 0
        ? [
            `the database keeps only the add-in's columns: the cells of your own columns were not copied (${own
              .map((sheet) => `${sheet.sheet}: ${sheet.rowsWithOwnColumns} rows`)
              .join(", ")}).`,
          ]
        : [];
    const text =
      `Copied ${rows} rows from ${from} to ${to}: ` +
      outcome.sheets.map((sheet) => `${sheet.sheet} ${sheet.rows}`).join(", ") +
      (outcome.replaced > 0 ? `; replaced ${outcome.replaced} rows the target held.` : ".");
    return {
      text,
      json: { from, to, sheets: outcome.sheets, lastSegmentNo: outcome.lastSegmentNo, replaced: outcome.replaced },
      warnings,
      asJson: call.asJson,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

type Client = Awaited<ReturnType<typeof connect>>;

/** The schema is made (or brought up to date) first, then filled in one transaction of its own. */
async function copyToDb(call: CopyCall, client: Client, target: DbTarget, schemaName: string): Promise<CopyOutcome> {
  const book = await XlsxBook.open(call.bookPath);
  return guarded(target, `copy to ${schemaName}`, async () => {
    await initDatabase(client, call.schema);
    const db = new PgBook(client, { schema: call.schema });
    return db.action((pg) => copyBook(book, pg, { replace: call.force, fromName: call.bookPath, toName: schemaName }));
  });
}

/** An existing workbook keeps everything but its dedicated sheets' rows; a new one is written only where none is. */
async function copyToBook(call: CopyCall, client: Client, target: DbTarget, schemaName: string): Promise<CopyOutcome> {
  const lock = await lockBook(call.bookPath);
  try {
    const exists = await fs.lstat(call.bookPath).then(
      () => true,
      () => false,
    );
    const book = exists ? await XlsxBook.open(call.bookPath) : XlsxBook.blank(call.bookPath);
    const db = new PgBook(client, { schema: call.schema });
    // One snapshot of every table, read only: nothing to retry, so the workbook is changed once.
    const outcome = await guarded(target, `copy from ${schemaName}`, async () => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        return await copyBook(db, book, { replace: call.force, fromName: schemaName, toName: call.bookPath });
      } finally {
        await client.query("ROLLBACK").catch(() => undefined);
      }
    });
    await book.save();
    return outcome;
  } finally {
    await lock.release();
  }
}
