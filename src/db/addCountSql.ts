/**
 * An Add step counted inside the database (docs/decisions.md §D61): the statement returns the counts of
 * selectAddContacts (docs/business-rules.md §3.3) and the contacts it would add grouped by what the make-up counts,
 * never the contacts themselves. Each rule is the domain's, written in SQL on the same folded texts concernSql.ts
 * uses: a company is a contact whose Type says so, or whose Type is blank and Company No. is its own No.; a
 * person's company is the contact its Company No. names when that one is a company; Expand Companies adds a
 * company's persons, Allow Related Companies a person's company; then Exclude from Segment, then the segment's
 * lines. Where the SQL cannot be exact (a condition compiled wider, a column of another type than the rules read)
 * there is no statement, and the use case counts on the contacts it reads instead.
 */
import type { AddStepQuery } from "../app/store/ports";
import { SEGMENT_LINES } from "../app/store/sheetSpecs";
import type { FieldId } from "../domain/contacts/fields";
import type { ContactTable } from "../domain/contacts/table";
import type { AddStepCounts } from "../domain/segments/addContacts";
import type { MakeUpTally } from "../domain/segments/makeUp";
import {
  cellTextSql,
  columnReadSql,
  contactStepSource,
  stepConditionSql,
  trimSql,
  type ConcernQuery,
  type ContactRelation,
} from "./concernSql";
import { columnOf, FOLD_COLLATION } from "./schemaDdl";
import { qualified, quoteIdent } from "./sqlNames";

/** The Type words that make a contact a company (the domain's links.ts), folded. */
const COMPANY_WORDS = ["company", "företag"];

/** The statement that counts the step, or undefined when it could not count it exactly. */
export function addCountQuery(
  relation: ContactRelation,
  header: ContactTable,
  step: AddStepQuery,
  schema: string,
): ConcernQuery | undefined {
  const values: unknown[] = [];
  let exact = true;
  const source = {
    ...contactStepSource(relation, header, schema, values),
    inexact: () => {
      exact = false;
    },
  };
  const matches = stepConditionSql(step.groups, step.env, source)("c");
  if (!exact) return undefined;

  const columnFor = (field: FieldId) => {
    const index = header.fieldColumns[field];
    return index === undefined ? undefined : header.columns[index];
  };
  /** A single text column's cell as the contact table holds it ('' when blank or missing); null: not plain text. */
  const cellOf = (field: FieldId): string | null => {
    const column = columnFor(field);
    if (!column) return `''`;
    const stored = relation.columns[column.sheetColumn];
    if (column.type !== "text" || column.multiValued || stored.kind === "array") return null;
    return `coalesce(${cellTextSql(columnReadSql(stored.name, stored.kind, "c"))}, '')`;
  };
  const [no, companyNo, type, salesperson, correspondence, email] = (
    ["no", "companyNo", "type", "salespersonCode", "correspondenceType", "email"] as const
  ).map(cellOf);
  if (!columnFor("no") || no === null || companyNo === null || type === null) return undefined;
  if (salesperson === null || correspondence === null || email === null) return undefined;
  const excludeColumn = columnFor("excludeFromSegment");
  const excluded =
    excludeColumn?.type === "boolean"
      ? `(c.${quoteIdent(relation.columns[excludeColumn.sheetColumn].name)} IS TRUE)`
      : "FALSE";
  const fold = (sql: string) => `lower(${sql} COLLATE ${FOLD_COLLATION})`;
  const key = fold(no);
  const companyKey = fold(companyNo);
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const isCompany = `(${fold(type)} = ANY(${param(COMPANY_WORDS)}::text[]) OR (${fold(type)} = '' AND ${companyKey} = ${key}))`;
  const facts = `SELECT ${key} AS k, ${companyKey} AS ck, ${isCompany} AS is_co, ${excluded} AS excl,
    ${salesperson} AS sp, ${correspondence} AS ct, ${email} <> '' AS em FROM ${relation.name} AS c`;

  const { expandCompanies, allowRelatedCompanies, ignoreExclusion, allowExistingContacts } = step.options;
  const lines = qualified(schema, SEGMENT_LINES.tableName);
  const lineColumn = (prop: string) => `l.${quoteIdent(columnOf(SEGMENT_LINES, prop))}`;
  // Every parameter must appear in the statement: the segment's number only when its lines count.
  const ownLines = allowExistingContacts
    ? "FALSE"
    : `${fold(trimSql(lineColumn("segmentNo")))} = ${fold(trimSql(param(step.segmentNo)))}`;
  const withCompanies = expandCompanies || allowRelatedCompanies;
  const text = `WITH hit AS MATERIALIZED (${facts} WHERE ${matches} AND ${key} <> ''),
firm AS MATERIALIZED (${facts} WHERE ${key} = ANY(ARRAY(SELECT DISTINCT ck FROM hit WHERE NOT is_co AND ck <> ''))),
own AS MATERIALIZED (SELECT DISTINCT CASE WHEN h.is_co THEN h.k ELSE f.k END AS co
  FROM hit h LEFT JOIN firm f ON NOT h.is_co AND f.k = h.ck AND f.is_co),
member AS MATERIALIZED (${
    expandCompanies
      ? `${facts} WHERE ${companyKey} = ANY(ARRAY(SELECT co FROM own WHERE co IS NOT NULL)) AND ${key} <> '' AND NOT ${isCompany}`
      : "SELECT * FROM hit WHERE FALSE"
  }),
cand AS MATERIALIZED (SELECT * FROM hit${
    withCompanies ? "\n  UNION SELECT f.* FROM firm f WHERE f.is_co AND f.k IN (SELECT co FROM own)" : ""
  }${expandCompanies ? "\n  UNION SELECT * FROM member" : ""}),
present AS MATERIALIZED (SELECT DISTINCT ${fold(trimSql(lineColumn("contactNo")))} AS k FROM ${lines} l
  WHERE ${ownLines}),
judged AS (SELECT CASE WHEN ${!ignoreExclusion} AND excl THEN 'excluded'
    WHEN ${!allowExistingContacts} AND k IN (SELECT k FROM present) THEN 'present' ELSE 'added' END AS status, * FROM cand)
SELECT status, is_co, sp, ct, em, excl, count(*)::int FROM judged GROUP BY status, is_co, sp, ct, em, excl
UNION ALL SELECT 'matched', NULL, NULL, NULL, NULL, NULL, count(*)::int FROM hit
UNION ALL SELECT 'duplicates', NULL, NULL, NULL, NULL, NULL, ((SELECT count(*) - count(DISTINCT k) FROM cand)
  + (SELECT count(*) - count(DISTINCT k) FROM hit) + (SELECT count(*) - count(DISTINCT k) FROM firm)
  + (SELECT count(*) - count(DISTINCT k) FROM member))::int`;
  return { text, values };
}

/**
 * The counts the statement returned; undefined when the contacts it read repeat a number, which the domain
 * refuses: the use case then reads them and says so.
 */
export function addCountsOf(rows: readonly (readonly (string | null)[])[]): AddStepCounts | undefined {
  const counts = { matched: 0, excluded: 0, alreadyPresent: 0 };
  const added: MakeUpTally[] = [];
  for (const [status, isCompany, sp, ct, em, excl, n] of rows) {
    const count = Number(n);
    if (status === "duplicates" && count > 0) return undefined;
    if (status === "matched") counts.matched = count;
    else if (status === "excluded") counts.excluded += count;
    else if (status === "present") counts.alreadyPresent += count;
    else if (status === "added")
      added.push({
        isCompany: isCompany === "t",
        salespersonCode: sp ?? "",
        correspondenceType: ct ?? "",
        hasEmail: em === "t",
        excluded: excl === "t",
        count,
      });
  }
  return { ...counts, added };
}
