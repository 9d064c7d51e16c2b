/**
 * The dedicated tables in PostgreSQL, derived from the workbook contract's sheet specs: same table names (the Excel
 * table names), same column names (the header texts), keys from keyProps. Nothing here lists a table's columns again.
 */
import {
  type CellKind,
  DEDICATED_SHEETS,
  INTERACTION_LOG,
  SEGMENT_CRITERIA,
  SEGMENT_HISTORY,
  SEGMENT_LINES,
  type SheetSpec,
} from "../app/store/sheetSpecs";
import { trimSql } from "./jsTrimSql";
import { qualified, quoteIdent } from "./sqlNames";

export const DEFAULT_SCHEMA = "segments";

/** The state sheet's key/value rows, as a table of the same shape. */
export const STATE_TABLE = "SegmentsState";
/** One row per applied migration of this database layout (not the workbook contract's schemaVersion). */
export const MIGRATIONS_TABLE = "SchemaMigrations";

/**
 * Blank cells read as "", 0 or FALSE on a sheet (records.ts), so the columns are NOT NULL with those defaults;
 * a blank date stays NULL, as a sheet's blank date reads as "".
 */
const COLUMN_TYPE: Record<CellKind, string> = {
  text: "text NOT NULL DEFAULT ''",
  number: "double precision NOT NULL DEFAULT 0",
  integer: "bigint NOT NULL DEFAULT 0",
  date: "date",
  boolean: "boolean NOT NULL DEFAULT false",
};

/** Secondary indexes for the lookups the use cases make by contact and by segment. By record property. */
const SECONDARY_INDEXES: readonly { spec: SheetSpec; props: readonly string[] }[] = [
  { spec: SEGMENT_LINES, props: ["contactNo"] },
  { spec: INTERACTION_LOG, props: ["contactNo"] },
  { spec: INTERACTION_LOG, props: ["segmentNo"] },
  { spec: INTERACTION_LOG, props: ["loggedSegmentEntryNo"] },
];

/** Case folding that matches the domain's (JavaScript's locale-independent toLowerCase): ICU's root locale. */
export const FOLD_COLLATION = `pg_catalog."und-x-icu"`;

/**
 * A Segment No. as the use cases compare it (segmentRecords.ts `sameNo`): trimmed as JavaScript trims, case folded.
 * The index of migration 2 writes exactly this, so every statement that finds one segment's rows by it uses the index.
 */
export function foldedSegmentNoSql(text: string): string {
  return `lower(${trimSql(text)} COLLATE ${FOLD_COLLATION})`;
}

/** The tables whose rows an action reads one segment at a time (docs/decisions.md §D67). */
const READ_BY_SEGMENT: readonly SheetSpec[] = [SEGMENT_LINES, SEGMENT_CRITERIA, SEGMENT_HISTORY];

/**
 * Migration 2 (docs/decisions.md §D88): an index on the folded Segment No. of each table read one segment at a time,
 * so reading a segment's rows no longer scans every segment's.
 */
export function foldedSegmentNoIndexSql(schema: string): string[] {
  return READ_BY_SEGMENT.map(
    (spec) =>
      `CREATE INDEX ${quoteIdent(`${spec.tableName} by folded Segment No.`)} ON ${qualified(schema, spec.tableName)} (${foldedSegmentNoSql(quoteIdent(columnOf(spec, "segmentNo")))})`,
  );
}

export function columnOf(spec: SheetSpec, prop: string): string {
  const column = spec.columns.find((c) => c.prop === prop);
  if (!column) throw new Error(`${spec.tableName} has no property ${prop}.`);
  return column.header;
}

export function createTableSql(schema: string, spec: SheetSpec): string[] {
  const table = qualified(schema, spec.tableName);
  const columns = spec.columns.map((column) => `  ${quoteIdent(column.header)} ${COLUMN_TYPE[column.kind]}`);
  const keyColumns = spec.keyProps.map((prop) => quoteIdent(columnOf(spec, prop)));
  const statements = [`CREATE TABLE ${table} (\n${columns.join(",\n")},\n  PRIMARY KEY (${keyColumns.join(", ")})\n)`];
  // Keys match ignoring case on a sheet; the same rule here, so "seg1" cannot sit beside "SEG1".
  const kinds = spec.keyProps.map((prop) => spec.columns.find((c) => c.prop === prop)?.kind);
  if (kinds.includes("text")) {
    const folded = spec.keyProps.map((prop, i) =>
      kinds[i] === "text"
        ? `lower(${quoteIdent(columnOf(spec, prop))} COLLATE ${FOLD_COLLATION})`
        : quoteIdent(columnOf(spec, prop)),
    );
    statements.push(
      `CREATE UNIQUE INDEX ${quoteIdent(`${spec.tableName} folded key`)} ON ${table} (${folded.join(", ")})`,
    );
  }
  return statements;
}

function indexSql(schema: string, spec: SheetSpec, props: readonly string[]): string {
  const headers = props.map((prop) => columnOf(spec, prop));
  return `CREATE INDEX ${quoteIdent(`${spec.tableName} by ${headers.join(", ")}`)} ON ${qualified(schema, spec.tableName)} (${headers.map(quoteIdent).join(", ")})`;
}

/** Migration 1: the schema's tables, keys, indexes, the state table and the functions the filter SQL calls. */
export function initialLayoutSql(schema: string): string[] {
  return [
    ...DEDICATED_SHEETS.flatMap((spec) => createTableSql(schema, spec)),
    ...SECONDARY_INDEXES.map(({ spec, props }) => indexSql(schema, spec, props)),
    `CREATE TABLE ${qualified(schema, STATE_TABLE)} (${quoteIdent("Key")} text PRIMARY KEY, ${quoteIdent("Value")} text NOT NULL DEFAULT '')`,
    numberTextFunctionSql(schema),
  ];
}

export function migrationsTableSql(schema: string): string {
  return `CREATE TABLE IF NOT EXISTS ${qualified(schema, MIGRATIONS_TABLE)} (
  ${quoteIdent("Version")} integer PRIMARY KEY,
  ${quoteIdent("Description")} text NOT NULL,
  ${quoteIdent("Applied At")} timestamptz NOT NULL DEFAULT now()
)`;
}

export interface Migration {
  readonly version: number;
  readonly description: string;
  statements(schema: string): string[];
}

/** In order; a later version only ever adds to what the earlier ones made. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: "dedicated tables, state, number text function", statements: initialLayoutSql },
  { version: 2, description: "folded Segment No. indexes", statements: foldedSegmentNoIndexSql },
];

export const NUMBER_TEXT_FUNCTION = "js_number_text";

/**
 * A number as JavaScript's String(number) writes it, what wildcards on a number column are matched against: the
 * fewest significant digits that read back as the same double, correctly rounded (to_char's EEEE is C's printf
 * %e; float8's own text is not always the shortest), laid out by ECMAScript's Number::toString rules (plain up to
 * 21 integer digits, an exponent from 1e21 and below 1e-6, "0" for -0).
 */
export function numberTextFunctionSql(schema: string): string {
  return `CREATE FUNCTION ${qualified(schema, NUMBER_TEXT_FUNCTION)}(x double precision) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  sign text := '';
  t text;
  lo integer := 1;
  hi integer := 17;
  mid integer;
  mantissa text;
  digits text;
  exponent integer;
  n integer;
  k integer;
BEGIN
  IF x = 0 THEN RETURN '0'; END IF;
  IF x = 'Infinity'::float8 THEN RETURN 'Infinity'; END IF;
  IF x = '-Infinity'::float8 THEN RETURN '-Infinity'; END IF;
  IF x <> x THEN RETURN 'NaN'; END IF;
  IF x < 0 THEN sign := '-'; x := -x; END IF;
  -- More digits never stop a correctly rounded text from reading back: search the fewest (17 always do).
  WHILE lo < hi LOOP
    mid := (lo + hi) / 2;
    t := btrim(to_char(x, CASE WHEN mid = 1 THEN '9EEEE' ELSE '9.' || repeat('9', mid - 1) || 'EEEE' END));
    -- Rounding up near the largest double can leave the double range: such a text is not the number.
    IF t::numeric <= 1.7976931348623157e308 AND t::float8 = x THEN
      hi := mid;
    ELSE
      lo := mid + 1;
    END IF;
  END LOOP;
  t := btrim(to_char(x, CASE WHEN lo = 1 THEN '9EEEE' ELSE '9.' || repeat('9', lo - 1) || 'EEEE' END));
  mantissa := split_part(t, 'e', 1);
  exponent := split_part(t, 'e', 2)::integer;
  digits := rtrim(replace(mantissa, '.', ''), '0');
  -- The value is 0.digits x 10^n.
  n := exponent + 1;
  k := length(digits);
  IF k <= n AND n <= 21 THEN
    RETURN sign || digits || repeat('0', n - k);
  ELSIF 0 < n AND n <= 21 THEN
    RETURN sign || left(digits, n) || '.' || substr(digits, n + 1);
  ELSIF -6 < n AND n <= 0 THEN
    RETURN sign || '0.' || repeat('0', -n) || digits;
  END IF;
  RETURN sign || left(digits, 1) || CASE WHEN k > 1 THEN '.' || substr(digits, 2) ELSE '' END
    || 'e' || CASE WHEN n - 1 >= 0 THEN '+' ELSE '-' END || abs(n - 1)::text;
END
$fn$`;
}

/**
 * The collation a locale's text order uses: ICU at level 2 (accents count, case does not), as the domain's
 * textCollator (Intl.Collator, sensitivity "accent"). The locale is canonicalised first, so the name only ever
 * holds letters, digits and hyphens.
 */
export function orderCollation(locale: string): { name: string; icuLocale: string } {
  const canonical = Intl.getCanonicalLocales(locale)[0];
  const base = canonical.split("-u-")[0];
  return { name: `order-${base}`, icuLocale: `${base}-u-ks-level2` };
}

export function createCollationSql(schema: string, locale: string): string {
  const { name, icuLocale } = orderCollation(locale);
  return `CREATE COLLATION IF NOT EXISTS ${qualified(schema, name)} (provider = icu, locale = '${icuLocale}', deterministic = false)`;
}
