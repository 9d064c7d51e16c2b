/**
 * The SQL that finds the contacts one action concerns (docs/decisions.md §D45): those a step's filter groups may
 * select, or those a segment's lines name, with their companies and, when asked, the companies' other contacts.
 * It may find more than the domain will select, never fewer: each condition compiles with the filter SQL
 * (sqlCompile.ts in the PostgreSQL dialect), a condition that cannot compile here reads as TRUE, and the domain
 * then runs the step's own rules on the rows found. Values are parameters; the SQL holds only quoted names.
 * Lookups by number are `key = ANY(ARRAY(…))`: the planner then walks the key index, where `IN (SELECT …)` let it
 * hash the whole table, computing the key of every contact (profiled: a second per 200,000 contacts).
 */
import type { ContactConcern } from "../app/store/ports";
import { INTERACTION_LOG } from "../app/store/sheetSpecs";
import type { Column } from "../domain/contacts/column";
import type { ContactTable } from "../domain/contacts/table";
import { buildEntryTable, resolveEntryField } from "../domain/interactions/entryTable";
import type { FilterEnv } from "../domain/filter/contract";
import { resolveField } from "../domain/segments/fieldResolution";
import { inheritsCompanyValues } from "../domain/segments/matchStep";
import type { Condition, FilterGroup } from "../domain/segments/step";
import { JS_SPACES, trimSql } from "./jsTrimSql";
import { compilePgFilter, type MultiValuedStorage } from "./pgFilterSql";
import { columnOf, FOLD_COLLATION } from "./schemaDdl";
import { qualified, quoteIdent } from "./sqlNames";

/** How a contact column is stored: a PostgreSQL type oid, or a text[] (or other) array. */
export type StoredKind = number | "array";

const TIMESTAMPTZ = 1184;

/** The contact relation as PgBook read its catalogue: columns by position, as in the header row. */
export interface ContactRelation {
  /** The relation, quoted and qualified. */
  readonly name: string;
  readonly columns: readonly { readonly name: string; readonly kind: StoredKind }[];
}

/** A column as PgBook reads it into a cell: a list as a sheet writes one, a zoned time as the session's local time. */
export function columnReadSql(name: string, kind: StoredKind, alias?: string): string {
  const quoted = alias === undefined ? quoteIdent(name) : `${alias}.${quoteIdent(name)}`;
  if (kind === "array") return `array_to_string(${quoted}, '; ')`;
  if (kind === TIMESTAMPTZ) return `${quoted}::timestamp`;
  return quoted;
}

/**
 * What JavaScript's trim leaves of a cell after a sheet's non-breaking spaces became spaces, in NFC: the text the
 * domain compares (normaliseText), so the database compares the same text.
 */
export function cellTextSql(cell: string): string {
  return `normalize(${trimmedCellSql(cell)}, NFC)`;
}

/** A cell's text as JavaScript's trim leaves it once the non-breaking spaces became spaces. */
function trimmedCellSql(cell: string): string {
  return `btrim(translate(${cell}::text, E'\\u00a0\\u202f\\u2007', '   '), ${JS_SPACES})`;
}

/**
 * Whether cellTextSql(cell) is blank (NULL or ''), without its NFC: normalising never empties a text nor fills an
 * empty one, and it is the costly part (docs/decisions.md §D91).
 */
export function blankCellSql(cell: string): string {
  return `coalesce(${trimmedCellSql(cell)}, '') = ''`;
}

/** A contact number as the domain keys it: the cell's text, case folded. Indexes on this serve every lookup. */
export function contactKeySql(cell: string): string {
  return `lower(${cellTextSql(cell)} COLLATE ${FOLD_COLLATION})`;
}

/** The statements that create the indexes a contact table needs for steps run inside the database (README). */
export function contactIndexSql(relation: string, noColumn: string, companyNoColumn?: string): string[] {
  const statements = [`CREATE INDEX ON ${relation} (${contactKeySql(quoteIdent(noColumn))})`];
  if (companyNoColumn) statements.push(`CREATE INDEX ON ${relation} (${contactKeySql(quoteIdent(companyNoColumn))})`);
  return statements;
}

/** The index that lets `Column = value` (and ranges in the workbook language's order, no) find rows fast. */
export function textFilterIndexSql(relation: string, column: string): string {
  return `CREATE INDEX ON ${relation} (lower((coalesce(${cellTextSql(quoteIdent(column))}::text, '')) COLLATE ${FOLD_COLLATION}))`;
}

export { trimSql };

export interface ConcernQuery {
  readonly text: string;
  readonly values: unknown[];
}

/**
 * The columns read of the concerned contacts: every one, or the fields the concern names and the columns its
 * step's conditions name, in the relation's order.
 */
export function readColumns(relation: ContactRelation, header: ContactTable, concern: ContactConcern): ContactRelation {
  if (!concern.fields) return relation;
  const keep = new Set<number>();
  for (const field of ["no", ...concern.fields] as const) {
    const index = header.fieldColumns[field];
    if (index !== undefined) keep.add(header.columns[index].sheetColumn);
  }
  for (const group of concern.step?.groups ?? []) {
    for (const condition of group) {
      if (condition.table !== "Contact") continue;
      try {
        keep.add(resolveField(header, condition.field).column.sheetColumn);
      } catch {
        // A condition the header does not resolve was refused before anything was read.
      }
    }
  }
  return { name: relation.name, columns: relation.columns.filter((_, i) => keep.has(i)) };
}

/** The SELECT of the concerned contacts' columns (readColumns), in no particular order. */
export function concernQuery(
  relation: ContactRelation,
  header: ContactTable,
  concern: ContactConcern,
  schema: string,
): ConcernQuery {
  const values: unknown[] = [];
  const stored = (column: Column) => relation.columns[column.sheetColumn];
  const columnSql = (column: Column, alias: string) => columnReadSql(stored(column).name, stored(column).kind, alias);
  const noColumn = header.columns[header.fieldColumns.no ?? -1];
  if (!noColumn) throw new Error("A contact table without a No. column has no contacts to find.");
  const companyNoColumn =
    header.fieldColumns.companyNo === undefined ? undefined : header.columns[header.fieldColumns.companyNo];
  const key = (alias: string) => contactKeySql(columnSql(noColumn, alias));
  const companyKey = (alias: string) => (companyNoColumn ? contactKeySql(columnSql(companyNoColumn, alias)) : `''`);
  const from = (alias: string) => `${relation.name} AS ${alias}`;

  // Compiled only where the SQL uses it: every parameter must appear in the statement.
  const stepUsed = concern.numbers === undefined || concern.members === "matching" || concern.orStep === true;
  const step =
    concern.step && stepUsed
      ? stepConditionSql(concern.step.groups, concern.step.env, contactStepSource(relation, header, schema, values))
      : undefined;

  const read = readColumns(relation, header, concern).columns;
  // The rows found carry their cells, so only the companies and members not found already are looked up again.
  const cells = (alias: string) =>
    read.map((column, i) => `${columnReadSql(column.name, column.kind, alias)} AS _c${i}`).join(", ");
  const out = read.map((_, i) => `_c${i}`).join(", ");
  let where: string;
  if (concern.numbers) {
    values.push([...concern.numbers]);
    where = `${key("c")} = ANY(ARRAY(SELECT ${contactKeySql("n")} FROM unnest($${values.length}::text[]) AS n))`;
    if (concern.orStep && step) where = `(${where} OR ${step("c")})`;
  } else where = step ? step("c") : "TRUE";
  const withMembers = concern.members !== undefined && companyNoColumn !== undefined;
  const memberWhere = concern.members === "matching" && step ? ` AND ${step("c")}` : "";
  const members = withMembers
    ? `,
members AS MATERIALIZED (SELECT ${key("c")} AS _key, ${cells("c")} FROM ${from("c")}
  WHERE ${companyKey("c")} = ANY(ARRAY(SELECT key FROM firms))${memberWhere}
  AND NOT EXISTS (SELECT 1 FROM hit WHERE hit._key = ${key("c")}))`
    : "";
  const text = `WITH hit AS MATERIALIZED (SELECT ${key("c")} AS _key, ${companyKey("c")} AS _ckey, ${cells("c")} FROM ${from("c")} WHERE ${where}),
firms AS MATERIALIZED (SELECT _key AS key FROM hit UNION SELECT _ckey FROM hit WHERE _ckey <> '')${members},
extra AS MATERIALIZED (SELECT key FROM firms EXCEPT SELECT _key FROM hit${withMembers ? " EXCEPT SELECT _key FROM members" : ""})
SELECT ${out} FROM hit WHERE _key <> ''${withMembers ? `\nUNION ALL SELECT ${out} FROM members WHERE _key <> ''` : ""}
UNION ALL SELECT ${out} FROM (SELECT ${cells("c")} FROM ${from("c")} WHERE ${key("c")} = ANY(ARRAY(SELECT key FROM extra)) AND ${key("c")} <> '') AS more`;
  return { text, values };
}

/**
 * How a step's conditions read the contact relation: cells as PgBook reads them (text as the domain compares it),
 * companies and Interaction Log entries looked up by the folded number. `values` collects the parameters.
 */
export function contactStepSource(
  relation: ContactRelation,
  header: ContactTable,
  schema: string,
  values: unknown[],
): StepSqlSource {
  const stored = (column: Column) => relation.columns[column.sheetColumn];
  const columnSql = (column: Column, alias: string) => columnReadSql(stored(column).name, stored(column).kind, alias);
  const noColumn = header.columns[header.fieldColumns.no ?? -1];
  if (!noColumn) throw new Error("A contact table without a No. column has no contacts to find.");
  const companyNoColumn =
    header.fieldColumns.companyNo === undefined ? undefined : header.columns[header.fieldColumns.companyNo];
  const key = (alias: string) => contactKeySql(columnSql(noColumn, alias));
  const companyKey = (alias: string) => (companyNoColumn ? contactKeySql(columnSql(companyNoColumn, alias)) : `''`);
  return {
    header,
    schema,
    values,
    cell: (column, alias) => {
      const { name, kind } = stored(column);
      // A list stored as an array is split by the dialect itself; everything else as PgBook reads it.
      if (column.multiValued && kind === "array") return `${alias}.${quoteIdent(name)}`;
      const sql = columnReadSql(name, kind, alias);
      return column.type === "text" && !column.multiValued ? cellTextSql(sql) : sql;
    },
    storage: (column) => (stored(column).kind === "array" ? "array" : "separated"),
    companyOf: (alias, inner) =>
      `EXISTS (SELECT 1 FROM ${relation.name} AS co WHERE ${key("co")} = ${companyKey(alias)} AND ${inner("co")})`,
    entriesOf: (alias, inner) =>
      `EXISTS (SELECT 1 FROM ${qualified(schema, INTERACTION_LOG.tableName)} AS e WHERE ${contactKeySql(
        `e.${quoteIdent(columnOf(INTERACTION_LOG, "contactNo"))}`,
      )} = ${key(alias)} AND ${inner("e")})`,
  };
}

export interface StepSqlSource {
  readonly header: ContactTable;
  readonly schema: string;
  /** Parameter values so far; compiled fragments append theirs. */
  readonly values: unknown[];
  cell(column: Column, alias: string): string;
  storage(column: Column): MultiValuedStorage;
  /** A condition on the company row of the contact at `alias`. */
  companyOf(alias: string, inner: (companyAlias: string) => string): string;
  /** A condition on one of the contact's Interaction Log entries. */
  entriesOf(alias: string, inner: (entryAlias: string) => string): string;
  /** Told when a condition compiles wider than the domain's rule (TRUE, or own OR company's). */
  inexact?(): void;
}

/**
 * The step's groups (docs/decisions.md §D7: any group, every condition of it) as a condition on a contact row,
 * wider where the SQL cannot say exactly what the domain does.
 */
export function stepConditionSql(
  groups: readonly FilterGroup[],
  env: FilterEnv,
  source: StepSqlSource,
): (alias: string) => string {
  if (groups.length === 0) return () => "TRUE";
  const entryFields = buildEntryTable(
    [],
    INTERACTION_LOG.columns.map(({ header, prop, kind }) => ({ header, prop, kind })),
    source.header,
  );
  const compiled = groups.map((group) => {
    const onContacts = group.filter((condition) => condition.table === "Contact");
    const onEntries = group.filter((condition) => condition.table === "Interaction Log");
    const parts = onContacts.map((condition) => contactCondition(condition, env, source));
    if (onEntries.length > 0) {
      // Entry cells are compared trimmed only, not normalised as the domain's entry table holds them.
      source.inexact?.();
      const entryParts = onEntries.map((condition) => {
        try {
          const { column } = resolveEntryField(entryFields, condition.field);
          const cellOf = (alias: string) => {
            const sql = `${alias}.${quoteIdent(entryFields.fields[column.sheetColumn].header)}`;
            return column.type === "text" ? `btrim(${sql})` : sql;
          };
          return compiledOn(condition.filter, column, cellOf, undefined, env, source);
        } catch {
          return () => "TRUE";
        }
      });
      parts.push((alias) => source.entriesOf(alias, (e) => entryParts.map((part) => part(e)).join(" AND ")));
    }
    return (alias: string) => (parts.length === 0 ? "TRUE" : `(${parts.map((part) => part(alias)).join(" AND ")})`);
  });
  return (alias) => `(${compiled.map((group) => group(alias)).join(" OR ")})`;
}

/** One contact condition; Industry Groups and Business Relations also match on the company's values (docs/decisions.md §D6). */
function contactCondition(condition: Condition, env: FilterEnv, source: StepSqlSource): (alias: string) => string {
  try {
    const { column } = resolveField(source.header, condition.field);
    const own = compiledOn(
      condition.filter,
      column,
      (a) => source.cell(column, a),
      source.storage(column),
      env,
      source,
    );
    if (!inheritsCompanyValues(column)) return own;
    source.inexact?.();
    // A value of the union meets the filter only if it is the contact's or the company's: own OR company's is wider.
    return (alias) => `(${own(alias)} OR ${source.companyOf(alias, own)})`;
  } catch {
    source.inexact?.();
    return () => "TRUE";
  }
}

/**
 * A filter compiled once, its placeholders numbered after the values so far; the same text serves every alias
 * it is used at (an alias is a name in the SQL, the values stay the same).
 */
function compiledOn(
  filter: string,
  column: Column,
  cellOf: (alias: string) => string,
  storage: MultiValuedStorage | undefined,
  env: FilterEnv,
  source: StepSqlSource,
): (alias: string) => string {
  const marker = "\u0000ALIAS\u0000";
  const fragment = compilePgFilter(
    filter,
    { cell: cellOf(marker), type: column.type, multiValued: column.multiValued ? (storage ?? "separated") : undefined },
    env,
    { schema: source.schema, paramsBefore: source.values.length },
  );
  source.values.push(...fragment.params);
  return (alias) => fragment.sql.split(marker).join(alias);
}

/**
 * A step's condition on contact `c` for a statement that counts it, or undefined where the SQL would select more
 * than the domain (a condition compiled wider): the caller then counts on the contacts it reads.
 */
export function exactStepSql(
  relation: ContactRelation,
  header: ContactTable,
  step: { readonly groups: readonly FilterGroup[]; readonly env: FilterEnv },
  schema: string,
  values: unknown[],
): string | undefined {
  let exact = true;
  const source = {
    ...contactStepSource(relation, header, schema, values),
    inexact: () => {
      exact = false;
    },
  };
  const matches = stepConditionSql(step.groups, step.env, source)("c");
  return exact ? matches : undefined;
}
