/**
 * The SegmentBook port on PostgreSQL: the dedicated tables of a schema `init --db` made, and contacts read from a
 * table or view the user names (recognised by column name, as on a sheet). Use cases ask it only for the contacts
 * an action concerns, and an Add's preview is counted by the server (contactQueries, docs/decisions.md §D45, §D61).
 *
 * `action(work)` runs one use case in one transaction (its reads and its commit) that holds the locks of what the use
 * case claims (claimLocks.ts, docs/decisions.md §D58); a commit outside an action is a transaction of its own.
 */
import type { ClientBase, QueryArrayConfig, QueryConfig } from "pg";
import { Query } from "./pgDriver";
import type {
  BookChange,
  Claim,
  BookState,
  ContactCellsChange,
  ContactQueries,
  ContactSourceList,
  ContactSourceRequest,
  SegmentBook,
  SheetChange,
} from "../app/store/ports";
import { buildContactTable, type ContactSheetInput } from "../domain/contacts";
import { isoToSerial, type ColumnType } from "../domain/contacts/column";
import { DomainError } from "../domain/errors";
import { keyOf, type StoredRow } from "../app/store/rows";
import { staleRows, takenKey } from "../app/store/applySheetChange";
import type { CellKind, SheetSpec } from "../app/store/sheetSpecs";
import { addCountQuery, addCountsOf } from "./addCountSql";
import { columnReadSql, concernQuery, type ContactRelation, readColumns } from "./concernSql";
import { arrayLiteral } from "./arrayLiteral";
import { recordFromRow, recordValues, type DbValue } from "./records";
import { removeCountQuery, removeCountsOf } from "./removeCountSql";
import { RepeatedText } from "./repeatedText";
import { columnOf, FOLD_COLLATION, foldedSegmentNoSql, STATE_TABLE } from "./schemaDdl";
import { qualified, quoteIdent } from "./sqlNames";
import { inTransaction } from "./transaction";
import { claimLocks } from "./claimLocks";
import { writeContactCells } from "./contactCellsWrite";

export interface PgBookOptions {
  readonly schema: string;
  /** The contact table or view (`crm.contacts`) when none is asked for and the state stores none. */
  readonly contacts?: string;
  /** BCP 47 language of the contacts' text order (a workbook's own language on a sheet). */
  readonly locale?: string;
}

/** Every value as PostgreSQL's text: parsed here by column kind, never by the driver's guesses (dates, bigints). */
const RAW_TEXT: QueryConfig["types"] = { getTypeParser: () => (value: string) => value };

const BOOL = 16;
const NUMERIC_TYPES = new Set([20, 21, 23, 700, 701, 1700]);
const DATE = 1082;
const TIMESTAMP = 1114;
const TIMESTAMPTZ = 1184;
/** The array type a column's values travel in, for one INSERT of many rows (the columns' types: schemaDdl.ts). */
const ARRAY_TYPE: Record<CellKind, string> = {
  text: "text[]",
  number: "float8[]",
  integer: "int8[]",
  date: "date[]",
  boolean: "bool[]",
};
const CHUNK_ROWS = 2000;
/** The database keeps no cells beside a record's (docs/decisions.md §D48): one empty map serves every row. */
const NO_EXTRA: ReadonlyMap<number, never> = new Map<number, never>();

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK_ROWS) out.push(items.slice(i, i + CHUNK_ROWS));
  return out;
}

/**
 * Text per INSERT statement, besides CHUNK_ROWS: the Go Back history's rows hold 30,000 characters each, and a few
 * hundred of them in one statement made literals and buffers of tens of megabytes at once (docs/decisions.md §D93).
 */
const CHUNK_CHARS = 1_000_000;

/**
 * A row with this much text goes in a statement of its own, its values as parameters: a Go Back history's JSON is
 * all quotes, and escaping it into an array literal made several times its size in garbage (docs/decisions.md §D115).
 */
const LONE_ROW_CHARS = 10_000;

/**
 * Rows to insert with their values, in statements of at most CHUNK_ROWS rows and about CHUNK_CHARS of text; a row of
 * LONE_ROW_CHARS or more alone (`lone`).
 */
function* insertChunks(
  spec: SheetSpec,
  rows: readonly StoredRow<object>[],
): Generator<{ rows: StoredRow<object>[]; records: DbValue[][]; lone?: boolean }> {
  let chunk: { rows: StoredRow<object>[]; records: DbValue[][] } = { rows: [], records: [] };
  let chars = 0;
  for (const row of rows) {
    const values = recordValues(spec, row.record);
    let rowChars = 0;
    for (const value of values) if (typeof value === "string") rowChars += value.length;
    if (rowChars >= LONE_ROW_CHARS) {
      yield { rows: [row], records: [values], lone: true };
      continue;
    }
    chars += rowChars;
    chunk.rows.push(row);
    chunk.records.push(values);
    if (chunk.rows.length >= CHUNK_ROWS || chars >= CHUNK_CHARS) {
      yield chunk;
      chunk = { rows: [], records: [] };
      chars = 0;
    }
  }
  if (chunk.rows.length > 0) yield chunk;
}

/** At least this much memory for a preview's count: an exact bitmap of a few million rows (docs/decisions.md §D84). */
const COUNT_WORK_MEM = "64MB";

const RETRYABLE = new Set(["40001", "40P01"]);
const MAX_ATTEMPTS = 8;

export class PgBook implements SegmentBook {
  private inAction = false;

  constructor(
    private readonly client: ClientBase,
    private readonly options: PgBookOptions,
  ) {}

  /**
   * Runs one use case in one READ COMMITTED transaction: what it claims is locked before it reads it
   * (docs/decisions.md §D58), so it reads what the actions it waited for wrote. A deadlock (a whole-book claim
   * against an action under way) runs it again.
   */
  async action<T>(work: (book: PgBook) => Promise<T>): Promise<T> {
    if (this.inAction) throw new Error("PgBook actions do not nest.");
    for (let attempt = 1; ; attempt++) {
      await this.client.query("BEGIN ISOLATION LEVEL READ COMMITTED");
      this.inAction = true;
      try {
        const result = await work(this);
        await this.client.query("COMMIT");
        return result;
      } catch (error) {
        await this.client.query("ROLLBACK").catch(() => undefined);
        const code = (error as { code?: unknown }).code;
        if (attempt >= MAX_ATTEMPTS || typeof code !== "string" || !RETRYABLE.has(code)) throw error;
      } finally {
        this.inAction = false;
      }
    }
  }

  /** Held until the action ends; outside an action each statement is its own transaction and holds nothing. */
  async claim(what: Claim): Promise<void> {
    if (!this.inAction) return;
    for (const { text, values } of claimLocks(this.options.schema, what)) await this.client.query(text, [...values]);
  }

  private async rows(text: string, values: readonly unknown[] = []): Promise<(string | null)[][]> {
    const result = await this.client.query({ text, values: [...values], rowMode: "array", types: RAW_TEXT });
    return result.rows as (string | null)[][];
  }

  /**
   * Each row as it arrives, handed to `onRow` and not kept: a read of many rows (a segment's lines, the contacts a
   * step concerns) then never holds the driver's rows beside what they become.
   */
  private eachRow(text: string, values: readonly unknown[], onRow: (row: (string | null)[]) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const config: QueryArrayConfig = { text, values: [...values], rowMode: "array", types: RAW_TEXT };
      const query = new Query<(string | null)[]>(config);
      query.on("row", (row) => onRow(row));
      query.on("error", reject);
      query.on("end", () => resolve());
      this.client.query(query);
    });
  }

  /** Rows of the contact relation read with columnReadSql, as cells (cellOf), one at a time. */
  private async contactRows(relation: ContactRelation, text: string, values: readonly unknown[] = []) {
    const kinds = relation.columns.map((column) => column.kind);
    const cells: Cell[][] = [];
    // Codes, types and flags repeat in every row: one string each while the table is built from the cells.
    const repeated = new RepeatedText();
    await this.eachRow(text, values, (row) =>
      cells.push(repeated.share(row).map((value, i) => cellOf(kinds[i], value))),
    );
    return cells;
  }

  private table(spec: SheetSpec): string {
    return qualified(this.options.schema, spec.tableName);
  }

  async readContactSheet(request: ContactSourceRequest): Promise<ContactSheetInput> {
    const source = await this.contactSource(request);
    const select = source.relation.columns.map(({ name, kind }) => columnReadSql(name, kind));
    return this.contactInput(
      source,
      await this.contactRows(source.relation, `SELECT ${select.join(", ")} FROM ${source.relation.name} ORDER BY 1`),
    );
  }

  /** Steps run inside the database: only the contacts an action concerns are read (docs/decisions.md §D45). */
  readonly contactQueries: ContactQueries = {
    readContactHeader: async (request) => this.contactInput(await this.contactSource(request), []),
    readConcernedContacts: async (request, concern) => {
      const source = await this.contactSource(request);
      const { table } = buildContactTable(this.contactInput(source, []));
      const query = concernQuery(source.relation, table, concern, this.options.schema);
      const relation = readColumns(source.relation, table, concern);
      return this.contactInput({ ...source, relation }, await this.contactRows(relation, query.text, query.values));
    },
    countAddStep: async (request, step) => {
      const source = await this.contactSource(request);
      const { table } = buildContactTable(this.contactInput(source, []));
      const query = addCountQuery(source.relation, table, step, this.options.schema);
      return query && addCountsOf(await this.countRows(query));
    },
    countRemoveStep: async (request, step) => {
      const source = await this.contactSource(request);
      const { table } = buildContactTable(this.contactInput(source, []));
      const query = removeCountQuery(source.relation, table, step, this.options.schema);
      return query && removeCountsOf(await this.countRows(query));
    },
  };

  /**
   * A preview's count (docs/decisions.md §D84), with the settings it needs for the time a keystroke allows: memory
   * enough that the bitmap of the rows its conditions select stays exact (else every row of a lossy page has its
   * folded texts computed again), and no JIT compilation, which costs more than it saves on a count of tens of
   * thousands of contacts. Both for this statement only: the action's other statements run as configured.
   */
  private async countRows({ text, values }: { text: string; values: readonly unknown[] }) {
    const count = async () => {
      const [[jit, workMem]] = await this.rows("SELECT current_setting('jit'), current_setting('work_mem')");
      await this.rows(
        `SELECT set_config('jit', 'off', true), set_config('work_mem', CASE WHEN pg_size_bytes(current_setting('work_mem'))
           < pg_size_bytes($1) THEN $1 ELSE current_setting('work_mem') END, true)`,
        [COUNT_WORK_MEM],
      );
      const rows = await this.rows(text, values);
      await this.rows("SELECT set_config('jit', $1, true), set_config('work_mem', $2, true)", [jit, workMem]);
      return rows;
    };
    return this.inAction ? count() : inTransaction(this.client, count);
  }

  /** The contact table or view asked for (else the stored choice, else --contacts) and its columns. */
  private async contactSource(request: ContactSourceRequest): Promise<{ wanted: string; relation: ContactRelation }> {
    const stored = (await this.readState()).contactSource;
    const wanted = request.name ?? (stored !== "" ? stored : this.options.contacts);
    if (wanted === undefined || wanted.trim() === "") {
      throw new DomainError(
        "No contact table chosen: name the table or view that holds the contacts (--contacts schema.table).",
        "no-contacts",
      );
    }
    // PostgreSQL resolves the name itself (quoting, search_path): the user's text is a parameter, never SQL.
    let found: (string | null)[][];
    try {
      found = await this.rows(
        `SELECT c.oid::text, format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.oid = to_regclass($1) AND c.relkind IN ('r', 'v', 'm', 'p', 'f')`,
        [wanted],
      );
    } catch {
      found = [];
    }
    if (found.length === 0)
      throw new DomainError(`No table or view named "${wanted}" in this database.`, "no-contacts");
    const [oid, name] = found[0] as [string, string];
    const columns = await this.rows(
      `SELECT attname, atttypid::text, (attndims > 0 OR t.typcategory = 'A')::text FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
       WHERE attrelid = $1::oid AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
      [oid],
    );
    return {
      wanted,
      relation: {
        name,
        columns: columns.map(([column, type, isArray]) => ({
          name: column as string,
          kind: isArray === "true" ? "array" : Number(type),
        })),
      },
    };
  }

  /** Cells read by contactRows, as a sheet's: the header, then the values; types as declared. */
  private contactInput(
    { wanted, relation }: { wanted: string; relation: ContactRelation },
    cells: Cell[][],
  ): ContactSheetInput {
    const kinds = relation.columns.map((column) => column.kind);
    // The header goes first into the rows' own array: no second array of every row.
    cells.unshift(relation.columns.map((column) => column.name));
    return {
      sheetName: wanted,
      values: cells,
      numberFormats: kinds.map((kind) =>
        kind === DATE ? "yyyy-mm-dd" : kind === TIMESTAMP || kind === TIMESTAMPTZ ? "yyyy-mm-dd hh:mm" : undefined,
      ),
      columnTypes: kinds.map(declaredType),
      locale: this.options.locale ?? "en",
    };
  }

  async listContactSources(): Promise<ContactSourceList> {
    const found = await this.rows(
      `SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema', $1) AND n.nspname NOT LIKE 'pg\\_%'
       ORDER BY 1`,
      [this.options.schema],
    );
    return { tables: found.map(([name]) => ({ name: name as string, sheetName: name as string })), sheets: [] };
  }

  async hasSheet(spec: SheetSpec): Promise<boolean> {
    const found = await this.rows("SELECT to_regclass($1) IS NOT NULL", [this.table(spec)]);
    return found[0][0] === "t";
  }

  async readRows<R>(spec: SheetSpec): Promise<StoredRow<R>[]> {
    if (!(await this.hasSheet(spec))) return [];
    const columns = spec.columns.map((column) => quoteIdent(column.header));
    const keys = spec.keyProps.map((prop) => quoteIdent(columnOf(spec, prop)));
    const rows: StoredRow<R>[] = [];
    const repeated = new RepeatedText();
    await this.eachRow(`SELECT ${columns.join(", ")} FROM ${this.table(spec)} ORDER BY ${keys.join(", ")}`, [], (row) =>
      rows.push({ record: recordFromRow<R>(spec, repeated.share(row)), extra: NO_EXTRA }),
    );
    return rows;
  }

  /**
   * The rows whose Segment No., trimmed as JavaScript trims and folded, is `segmentNo`'s (docs/decisions.md §D67),
   * found by migration 2's index (docs/decisions.md §D88): the use case keeps the segment's own by its rule, so this
   * only finds them.
   */
  async readSegmentRows<R>(spec: SheetSpec, segmentNo: string): Promise<StoredRow<R>[]> {
    if (!(await this.hasSheet(spec))) return [];
    const columns = spec.columns.map((column) => quoteIdent(column.header));
    const keys = spec.keyProps.map((prop) => quoteIdent(columnOf(spec, prop)));
    const no = quoteIdent(columnOf(spec, "segmentNo"));
    const rows: StoredRow<R>[] = [];
    const repeated = new RepeatedText();
    await this.eachRow(
      `SELECT ${columns.join(", ")} FROM ${this.table(spec)}
       WHERE ${foldedSegmentNoSql(no)} = ${foldedSegmentNoSql("$1")}
       ORDER BY ${keys.join(", ")}`,
      [segmentNo],
      (row) => rows.push({ record: recordFromRow<R>(spec, repeated.share(row)), extra: NO_EXTRA }),
    );
    return rows;
  }

  /** Per property, a row with its largest value (its index serves the order): docs/decisions.md §D67. */
  async readLastRows<R>(spec: SheetSpec, props: readonly string[]): Promise<StoredRow<R>[]> {
    if (!(await this.hasSheet(spec))) return [];
    const columns = spec.columns.map((column) => quoteIdent(column.header)).join(", ");
    const last = props.map(
      (prop) =>
        `(SELECT ${columns} FROM ${this.table(spec)} ORDER BY ${quoteIdent(columnOf(spec, prop))} DESC NULLS LAST LIMIT 1)`,
    );
    const rows = await this.rows(last.join(" UNION ALL "));
    return rows.map((row) => ({ record: recordFromRow<R>(spec, row), extra: NO_EXTRA }));
  }

  async readState(): Promise<BookState> {
    const state = { schemaVersion: 0, lastSegmentNo: 0, contactSource: "" };
    const table = qualified(this.options.schema, STATE_TABLE);
    if ((await this.rows("SELECT to_regclass($1) IS NOT NULL", [table]))[0][0] !== "t") return state;
    for (const [key, value] of await this.rows(`SELECT "Key", "Value" FROM ${table}`)) {
      if (key === "contactSource") state.contactSource = value ?? "";
      else if (key === "schemaVersion" || key === "lastSegmentNo") state[key] = Number(value) || 0;
    }
    return state;
  }

  async commit(change: BookChange): Promise<void> {
    if (change.newSheets && change.newSheets.length > 0)
      throw new DomainError(
        "With --db there is no workbook to add a sheet to: write the list with --file LIST.xlsx (or .csv) instead.",
        "db-unsupported",
      );
    const apply = async () => {
      // Tables are made by `init --db` (with the seed rows a new workbook gets), never by an action.
      for (const { spec } of change.createSheets ?? []) {
        if (!(await this.hasSheet(spec)))
          throw new DomainError(`Table ${this.table(spec)} is missing: run segments init --db first.`, "missing-sheet");
      }
      if (change.contactCells) await this.writeContactCells(change.contactCells);
      for (const sheetChange of change.sheets ?? []) await this.applySheetChange(sheetChange);
      if (change.state) await this.writeState(change.state);
    };
    if (this.inAction) await apply();
    else await inTransaction(this.client, apply);
  }

  /** Cells of one contact column (Apply Mailing Group), found by contact number: contactCellsWrite.ts. */
  private async writeContactCells(change: ContactCellsChange): Promise<void> {
    const source = await this.contactSource({ name: change.sheetName });
    const { table } = buildContactTable(this.contactInput(source, []));
    const stored = (field: "no" | "mailingGroups") => {
      const index = table.fieldColumns[field];
      return index === undefined ? undefined : source.relation.columns[table.columns[index].sheetColumn];
    };
    const noColumn = stored("no");
    const column = source.relation.columns.find((c) => c.name === change.header);
    if (change.addColumn || !noColumn || !column || column !== stored("mailingGroups"))
      throw new DomainError(
        `The contact table ${source.relation.name} has no ${change.header} column to write, and the add-in does not change a database's tables.`,
        "db-unsupported",
      );
    if (column.kind !== "array" && declaredType(column.kind) !== "text")
      throw new DomainError(
        `${source.relation.name}.${change.header} is not a text or text[] column: the group is not written.`,
        "db-unsupported",
      );
    await writeContactCells(this.client, source.relation, noColumn, column, change);
  }

  private async applySheetChange({ spec, insert, update, deleteKeys }: SheetChange): Promise<void> {
    const table = this.table(spec);
    // keyOf's text: lower case for text keys, the number's digits for whole-number keys. The key text is cast to
    // the column's type, never the column to text, so the key's index serves the lookup.
    const keyMatch = (prop: string, keyText: string) => {
      const quoted = quoteIdent(columnOf(spec, prop));
      const kind = spec.columns.find((c) => c.prop === prop)?.kind ?? "text";
      return kind === "text"
        ? `lower(${quoted} COLLATE ${FOLD_COLLATION}) = ${keyText}`
        : `${quoted} = (${keyText})::${ARRAY_TYPE[kind].replace("[]", "")}`;
    };
    const where = (before: number) =>
      spec.keyProps.map((prop, i) => keyMatch(prop, `$${before + i + 1}`)).join(" AND ");
    // Many rows go in a few statements (a Log of 100,000 lines would otherwise be 100,000 round trips).
    for (const keys of chunks(deleteKeys ?? [])) {
      const parts = spec.keyProps.map((_, i) => keys.map((key) => key.split("\u0000")[i] ?? ""));
      const unnest = parts.map((_, i) => `$${i + 1}::text[]`).join(", ");
      const names = parts.map((_, i) => `k${i}`);
      const match = spec.keyProps.map((prop, i) => keyMatch(prop, `k.${names[i]}`)).join(" AND ");
      await this.client.query(
        `DELETE FROM ${table} USING unnest(${unnest}) AS k(${names.join(", ")}) WHERE ${match}`,
        parts.map(arrayLiteral),
      );
    }
    const columns = spec.columns.map((column) => quoteIdent(column.header));
    // An update that finds no row (gone meanwhile, or deleted by this change) is refused as a sheet refuses it; the
    // transaction then writes nothing of the change (docs/decisions.md §D79).
    const missing: string[] = [];
    for (const row of update ?? []) {
      const values = recordValues(spec, row.record);
      const set = columns.map((column, i) => `${column} = $${i + 1}`).join(", ");
      const key = keyOf(spec, row.record);
      const done = await this.client.query(`UPDATE ${table} SET ${set} WHERE ${where(values.length)}`, [
        ...values,
        ...key.split("\u0000"),
      ]);
      if (done.rowCount === 0) missing.push(key);
    }
    if (missing.length > 0) throw staleRows(spec, missing);
    for (const { rows, records, lone } of insertChunks(spec, insert ?? [])) {
      if (lone) {
        await this.insertOne(spec, table, columns, rows[0], records[0]);
        continue;
      }
      const arrays = spec.columns.map((_, i) => arrayLiteral(records.map((values) => values[i])));
      const unnest = spec.columns.map((column, i) => `$${i + 1}::${ARRAY_TYPE[column.kind]}`).join(", ");
      await this.client.query("SAVEPOINT segments_insert");
      try {
        await this.client.query(`INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${unnest})`, arrays);
        await this.client.query("RELEASE SAVEPOINT segments_insert");
      } catch (error) {
        await this.client.query("ROLLBACK TO SAVEPOINT segments_insert");
        if ((error as { code?: unknown }).code !== "23505") throw error;
        // A taken key: insert one by one to name it.
        for (const row of rows) await this.insertOne(spec, table, columns, row);
      }
    }
  }

  private async insertOne(
    spec: SheetSpec,
    table: string,
    columns: readonly string[],
    row: StoredRow<object>,
    values: DbValue[] = recordValues(spec, row.record),
  ) {
    try {
      await this.client.query(
        `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${values.map((_, i) => `$${i + 1}`).join(", ")})`,
        values,
      );
    } catch (error) {
      if ((error as { code?: unknown }).code === "23505") throw takenKey(spec, keyOf(spec, row.record));
      throw error;
    }
  }

  private async writeState(patch: Partial<BookState>): Promise<void> {
    const table = qualified(this.options.schema, STATE_TABLE);
    for (const [key, value] of Object.entries(patch)) {
      await this.client.query(
        `INSERT INTO ${table} ("Key", "Value") VALUES ($1, $2) ON CONFLICT ("Key") DO UPDATE SET "Value" = EXCLUDED."Value"`,
        [key, String(value)],
      );
    }
  }
}

/** The type a column's PostgreSQL type declares (docs/decisions.md §D46): text for text and lists. */
function declaredType(kind: number | "array"): ColumnType {
  if (kind === BOOL) return "boolean";
  if (typeof kind === "number" && NUMERIC_TYPES.has(kind)) return "number";
  if (kind === DATE || kind === TIMESTAMP || kind === TIMESTAMPTZ) return "date";
  return "text";
}

type Cell = string | number | boolean;

/** A column's text as the cell Excel's Range.values would give: numbers, TRUE/FALSE, date serials, "" for NULL. */
function cellOf(kind: number | "array", text: string | null): Cell {
  if (text === null) return "";
  if (kind === BOOL) return text === "t";
  if (typeof kind === "number" && NUMERIC_TYPES.has(kind)) return Number(text);
  if (kind === DATE) return isoToSerial(text);
  if (kind === TIMESTAMP || kind === TIMESTAMPTZ) {
    const [day, time = "00:00:00"] = text.split(" ");
    const [h, m, s] = time.split(":").map(Number);
    return isoToSerial(day) + (h * 3600 + m * 60 + s) / 86400;
  }
  return text;
}
