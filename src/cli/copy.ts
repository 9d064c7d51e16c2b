/**
 * `segments copy book.xlsx --db URL [--schema S] [--contacts T] [--force]` and `segments copy --db URL [--schema S]
 * out.xlsx [--with-contacts] [--force]`: the segment data, and the contacts when asked, between a workbook and a
 * PostgreSQL schema. Like cp, what comes first is the source
 * (docs/decisions.md §D48). The database side is one transaction; the workbook side is written by the safe write,
 * so a failure leaves nothing half-written on either side.
 */
import { promises as fs } from "fs";
import { copyBook, type CopyOutcome } from "../app/copyBook";
import { buildTable, readContactInput } from "../app/store/contactSource";
import { DomainError } from "../domain/errors";
import { parseCommandArgs } from "./args";
import { UsageError } from "./usage";
import { lockBook } from "../workbook/xlsx/bookFile";
import { XlsxBook } from "../workbook/xlsx/xlsxBook";
import { guarded } from "../db/cli";
import { connect, dbTarget, type DbTarget } from "../db/connection";
import { contactCopyOf, type ContactCopy } from "../db/contactCopyRows";
import { loadContactTable } from "../db/contactTableLoad";
import { initDatabase } from "../db/initDb";
import { PgBook } from "../db/pgBook";
import { DEFAULT_SCHEMA } from "../db/schemaDdl";

const COPY_OPTIONS = {
  db: { type: "string" },
  schema: { type: "string" },
  "with-contacts": { type: "boolean" },
} as const;

const CALL =
  "segments copy book.xlsx --db URL [--schema S] [--contacts SCHEMA.TABLE] [--force], or segments copy --db URL [--schema S] out.xlsx [--with-contacts [--contacts SCHEMA.TABLE]]";

/** The sheet a copy from the database writes the contacts on: the name a workbook's contacts are found by. */
const CONTACT_SHEET = "Contacts";

export interface CopyCall {
  readonly direction: "to-db" | "to-book";
  readonly bookPath: string;
  readonly url: string | undefined;
  readonly schema: string;
  readonly force: boolean;
  readonly asJson: boolean;
  /**
   * Copy the contacts too (docs/decisions.md §D64): into this table (to the database), or from this table, else the
   * schema's contact choice (to a workbook).
   */
  readonly contacts?: { readonly table?: string };
}

/** The call's meaning, or a UsageError (exit code 2) saying what is wrong with it. */
export function parseCopyCall(args: readonly string[]): CopyCall {
  const parsed = parseCommandArgs(args, COPY_OPTIONS);
  const { values, common } = parsed;
  if (!("db" in values) || values.db === undefined) throw new UsageError(`copy needs --db: ${CALL}.`);
  for (const option of ["out", "locale", "user", "workdate"] as const) {
    if (common[option] !== undefined) throw new UsageError(`--${option} has no meaning for copy: ${CALL}.`);
  }
  if (parsed.positionals.length === 0) throw new UsageError(`copy needs the workbook: ${CALL}.`);
  if (parsed.positionals.length > 1)
    throw new UsageError(`Unexpected argument "${parsed.positionals[1]}": copy takes one workbook. ${CALL}.`);
  const schema = (values.schema as string | undefined) ?? DEFAULT_SCHEMA;
  if (schema.trim() === "" || schema.includes("\u0000"))
    throw new UsageError(`--schema "${schema}" is not a schema name.`);
  const url = values.db as string;
  const direction = parsed.beforeFirstPositional.has("db") ? "to-book" : "to-db";
  const table = common.contacts;
  if (table !== undefined && table.trim() === "")
    throw new UsageError("--contacts needs a table name: --contacts schema.table.");
  if (direction === "to-db" && values["with-contacts"] === true && table === undefined)
    throw new UsageError(
      "--with-contacts: name the table the contacts go into with --contacts schema.table (made when missing).",
    );
  const contacts = table !== undefined || values["with-contacts"] === true ? { table } : undefined;
  return {
    direction,
    bookPath: parsed.positionals[0],
    url: url === "" ? undefined : url,
    schema,
    force: common.force === true,
    asJson: common.json,
    contacts,
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
      (outcome.replaced > 0 ? `; replaced ${outcome.replaced} rows the target held.` : ".") +
      (outcome.contacts ? `\n${contactsText(outcome.contacts, call.direction)}` : "");
    return {
      text,
      json: {
        from,
        to,
        sheets: outcome.sheets,
        lastSegmentNo: outcome.lastSegmentNo,
        replaced: outcome.replaced,
        ...(outcome.contacts ? { contacts: outcome.contacts } : {}),
      },
      warnings,
      asJson: call.asJson,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

type Client = Awaited<ReturnType<typeof connect>>;

/** What was copied of the contacts: the table and the rows (and, to a database, whether the table was made). */
interface CopiedContacts {
  readonly table: string;
  readonly sheet: string;
  readonly rows: number;
  readonly created?: boolean;
  readonly replaced?: number;
}

type Copied = CopyOutcome & { readonly contacts?: CopiedContacts };

function contactsText(contacts: CopiedContacts, direction: CopyCall["direction"]): string {
  if (direction === "to-book") return `Contacts: ${contacts.rows} from ${contacts.table} on sheet ${contacts.sheet}.`;
  const how = contacts.created ? " (table created)" : contacts.replaced ? `, replacing ${contacts.replaced} rows` : "";
  return `Contacts: ${contacts.rows} from sheet ${contacts.sheet} into ${contacts.table}${how}.`;
}

/**
 * The schema is made (or brought up to date) first, then filled in one transaction of its own, the contacts too.
 * The contacts are read and checked before the database is touched, so a cell that cannot be copied stops it first.
 */
async function copyToDb(call: CopyCall, client: Client, target: DbTarget, schemaName: string): Promise<Copied> {
  const book = await XlsxBook.open(call.bookPath);
  const contacts = call.contacts && (await contactsOfBook(book));
  return guarded(target, `copy to ${schemaName}`, async () => {
    await initDatabase(client, call.schema);
    const db = new PgBook(client, { schema: call.schema });
    return db.action(async (pg) => {
      const outcome = await copyBook(book, pg, { replace: call.force, fromName: call.bookPath, toName: schemaName });
      if (!contacts || call.contacts?.table === undefined) return outcome;
      const loaded = await loadContactTable(client, contacts, { table: call.contacts.table, replace: call.force });
      // The schema's commands then read these contacts without --contacts.
      await pg.commit({ state: { contactSource: loaded.name } });
      const { name, ...rest } = loaded;
      return { ...outcome, contacts: { table: name, sheet: contacts.sheetName, ...rest } };
    });
  });
}

/** The workbook's contact sheet (its stored choice, else Contacts), as the rows a database table takes. */
async function contactsOfBook(book: XlsxBook): Promise<ContactCopy> {
  const input = await readContactInput(book);
  return contactCopyOf(input, buildTable(input, "en").table);
}

/** An existing workbook keeps everything but its dedicated sheets' rows; a new one is written only where none is. */
async function copyToBook(call: CopyCall, client: Client, target: DbTarget, schemaName: string): Promise<Copied> {
  const lock = await lockBook(call.bookPath);
  try {
    const exists = await fs.lstat(call.bookPath).then(
      () => true,
      () => false,
    );
    const book = exists ? await XlsxBook.open(call.bookPath) : XlsxBook.blank(call.bookPath);
    if (call.contacts && exists) await refuseBookWithContacts(book, call.bookPath);
    const db = new PgBook(client, { schema: call.schema });
    // One snapshot of every table, read only: nothing to retry, so the workbook is changed once.
    const outcome = await guarded(target, `copy from ${schemaName}`, async (): Promise<Copied> => {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        const copied = await copyBook(db, book, { replace: call.force, fromName: schemaName, toName: call.bookPath });
        if (!call.contacts) return copied;
        const table = call.contacts.table;
        const input = await db.readContactSheet(table === undefined ? {} : { name: table });
        book.addContactSheet(CONTACT_SHEET, input);
        await book.commit({ state: { contactSource: CONTACT_SHEET } });
        return { ...copied, contacts: { table: input.sheetName, sheet: CONTACT_SHEET, rows: input.values.length - 1 } };
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

/** A workbook that has contacts keeps them: the copy writes a contact sheet only into a book without one. */
async function refuseBookWithContacts(book: XlsxBook, bookPath: string): Promise<void> {
  const sheet = await book.readContactSheet({}).then(
    (input) => input.sheetName,
    () => undefined,
  );
  if (sheet !== undefined)
    throw new DomainError(
      `${bookPath} already has contacts (sheet "${sheet}"). Nothing was copied; --with-contacts writes the contacts into a workbook without a contact sheet: name a new file, or copy without --with-contacts.`,
      "copy-target-taken",
    );
}
