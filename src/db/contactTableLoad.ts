/**
 * `segments copy book.xlsx --db … --contacts schema.table`: the workbook's contacts into a table the user names
 * (docs/decisions.md §D64), created when absent with the sheet's headers as column names, loaded with COPY inside
 * the caller's transaction. A table that already holds contacts is refused unless `replace` (--force); an existing
 * table must have a column of a fitting type for every contact column.
 */
import { Readable } from "stream";
import { pipeline } from "stream/promises";
import type { ClientBase } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { serialToIso } from "../domain/contacts";
import { DomainError } from "../domain/errors";
import { contactIndexSql } from "./concernSql";
import { CREATED_TYPE, type ContactCopy, type CopiedKind } from "./contactCopyRows";
import { qualified, quoteIdent } from "./sqlNames";

export interface LoadedContactTable {
  /** The table as PostgreSQL spells it qualified (`crm.contacts`), as the schema's state stores the contact choice. */
  readonly name: string;
  readonly created: boolean;
  readonly rows: number;
  /** Rows the table held and the copy replaced (--force). */
  readonly replaced: number;
}

/** PostgreSQL's type categories (pg_type.typcategory) a contact column may be loaded into. */
const FITTING_CATEGORY: Record<CopiedKind, string> = {
  text: "S",
  multi: "S",
  number: "N",
  date: "D",
  timestamp: "D",
  boolean: "B",
};

const LINES_PER_CHUNK = 2000;

export async function loadContactTable(
  client: ClientBase,
  copy: ContactCopy,
  options: { readonly table: string; readonly replace: boolean },
): Promise<LoadedContactTable> {
  const [schema, table] = await tableName(client, options.table);
  const sql = qualified(schema, table);
  // Spelled as PostgreSQL and the list of contact sources spell it: quoted only where the name needs it.
  const name = (
    await client.query<{ name: string }>("SELECT format('%I.%I', $1::text, $2::text) AS name", [schema, table])
  ).rows[0].name;
  const found = await client.query<{ kind: string }>(
    `SELECT c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2`,
    [schema, table],
  );
  let created = false;
  let replaced = 0;
  let arrays = new Set<number>();
  if (found.rows.length === 0) {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    const columns = copy.columns.map((column) => `${quoteIdent(column.header)} ${CREATED_TYPE[column.kind]}`);
    await client.query(`CREATE TABLE ${sql} (${columns.join(", ")})`);
    created = true;
  } else {
    if (!["r", "p"].includes(found.rows[0].kind))
      throw new DomainError(
        `${name} is not a table (a view or another kind of relation): the contacts can only be copied into a table. Nothing was copied.`,
        "validation",
      );
    arrays = await checkColumns(client, name, schema, table, copy);
    const held = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${sql}`)).rows[0].n);
    if (held > 0 && !options.replace)
      throw new DomainError(
        `${name} already holds ${held} ${held === 1 ? "row" : "rows"}. Nothing was copied; add --force to replace them with ${copy.sheetName}'s contacts, or name another table with --contacts.`,
        "copy-target-taken",
      );
    if (held > 0) await client.query(`DELETE FROM ${sql}`);
    replaced = held;
  }
  const columnList = copy.columns.map((column) => quoteIdent(column.header)).join(", ");
  try {
    await pipeline(
      Readable.from(copyLines(copy, arrays)),
      client.query(copyFrom(`COPY ${sql} (${columnList}) FROM STDIN`)),
    );
  } catch (error) {
    throw copyFailure(error, name, copy);
  }
  // The lookups steps run inside the database make (README, Contacts in a database), on a table the copy made.
  if (created) for (const index of contactIndexSql(sql, copy.noHeader, copy.companyNoHeader)) await client.query(index);
  return { name, created, rows: copy.rowCount, replaced };
}

/** The user's name split by PostgreSQL's own rules (quotes, case), never pasted into SQL. */
async function tableName(client: ClientBase, text: string): Promise<[string, string]> {
  let parts: string[];
  try {
    const parsed = await client.query<{ parts: string[]; schema: string }>(
      "SELECT parse_ident($1) AS parts, current_schema() AS schema",
      [text],
    );
    parts = parsed.rows[0].parts;
    if (parts.length === 1 && parsed.rows[0].schema) parts = [parsed.rows[0].schema, parts[0]];
  } catch {
    parts = [];
  }
  if (parts.length !== 2 || parts.some((part) => part === ""))
    throw new DomainError(
      `--contacts "${text}" is not a table name: give schema.table (e.g. crm.contacts). Nothing was copied.`,
      "validation",
    );
  return [parts[0], parts[1]];
}

/** Every contact column must have its column, of a fitting type; returns the positions loaded as text[]. */
async function checkColumns(
  client: ClientBase,
  name: string,
  schema: string,
  table: string,
  copy: ContactCopy,
): Promise<Set<number>> {
  const found = await client.query<{ name: string; type: string; category: string; element: string | null }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, t.typcategory AS category, e.typcategory AS element
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
     WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped`,
    [schema, table],
  );
  const byName = new Map(found.rows.map((row) => [row.name, row]));
  const arrays = new Set<number>();
  copy.columns.forEach((column, i) => {
    const target = byName.get(column.header);
    const where = `${copy.sheetName} column ${column.letter} ("${column.header}")`;
    if (!target)
      throw new DomainError(
        `${name} has no column "${column.header}" for ${where}. Nothing was copied; add the column, or name a new table with --contacts.`,
        "validation",
      );
    const isTextArray = column.kind === "multi" && target.category === "A" && target.element === "S";
    if (isTextArray) arrays.add(i);
    else if (target.category !== FITTING_CATEGORY[column.kind])
      throw new DomainError(
        `${name}.${quoteIdent(column.header)} is ${target.type}, but ${where} holds ${column.kind === "multi" ? "lists" : column.kind} values (${CREATED_TYPE[column.kind]}). Nothing was copied.`,
        "validation",
      );
  });
  return arrays;
}

/** The contacts as COPY's text format, a few thousand lines at a time. */
function* copyLines(copy: ContactCopy, arrays: ReadonlySet<number>): Generator<string> {
  let chunk: string[] = [];
  for (let row = 0; row < copy.rowCount; row++) {
    const cells = copy.columns.map((column, i) =>
      arrays.has(i) ? copyText(arrayLiteral(copy.values(row, i))) : copyField(column.kind, copy.value(row, i)),
    );
    chunk.push(cells.join("\t"));
    if (chunk.length === LINES_PER_CHUNK) {
      yield chunk.join("\n") + "\n";
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join("\n") + "\n";
}

function copyField(kind: CopiedKind, value: string | number | boolean | null): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") {
    if (kind === "date") return serialToIso(value);
    if (kind === "timestamp") return timestampText(value);
    return String(value);
  }
  return copyText(value);
}

/** An Excel serial as yyyy-mm-dd hh:mm:ss.sss, to the millisecond Excel keeps. */
function timestampText(serial: number): string {
  let day = Math.floor(serial);
  let ms = Math.round((serial - day) * 86_400_000);
  if (ms === 86_400_000) [day, ms] = [day + 1, 0];
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const time = `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
  return `${serialToIso(day)} ${time}`;
}

/** COPY's text format escapes backslash, tab and line ends. */
function copyText(text: string): string {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

/** The server's refusal of a line (a constraint, a type) named by the sheet row and column it came from. */
function copyFailure(error: unknown, name: string, copy: ContactCopy): unknown {
  const where = (error as { where?: unknown }).where;
  const message = (error as { message?: unknown }).message;
  if (typeof where !== "string" || typeof message !== "string") return error;
  const line = /line (\d+)/.exec(where);
  if (!line) return error;
  const row = Number(line[1]) - 1;
  // A constraint names its column in the error's fields; a value the type refuses, in the line's context.
  const named = (error as { column?: unknown }).column;
  const column = typeof named === "string" ? named : /column ([^:]+)/.exec(where)?.[1];
  const at = copy.columns.find((c) => c.header === column);
  const sheetRow = row >= 0 && row < copy.rowCount ? ` row ${copy.sheetRow(row)}` : "";
  return new DomainError(
    `Loading the contacts into ${name} failed at ${copy.sheetName}${sheetRow}${at ? `, column ${at.letter} ("${at.header}")` : ""}: ${message}. Nothing was copied.`,
    "copy-contacts",
  );
}
