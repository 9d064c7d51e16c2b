/**
 * An Add step counted inside the database (docs/decisions.md §D61): the statement returns the counts of
 * selectAddContacts (docs/business-rules.md §3.3) and the contacts it would add grouped by what the make-up counts,
 * never the contacts themselves. Each rule is the domain's, written in SQL on the same folded texts concernSql.ts
 * uses: a company is a contact whose Type says so, or whose Type is blank and Company No. is its own No.; a
 * person's company is the contact its Company No. names when that one is a company; Expand Companies adds a
 * company's persons, Allow Related Companies a person's company; then Exclude from Segment, then the segment's
 * lines. Where the SQL cannot be exact (a condition compiled wider, a column of another type than the rules read)
 * there is no statement, and the use case counts on the contacts it reads instead. Contact numbers are taken as
 * unique, as in docs/decisions.md §D45 (the README's unique index keeps them so).
 */
import type { AddStepQuery } from "../app/store/ports";
import { SEGMENT_LINES } from "../app/store/sheetSpecs";
import type { ContactTable } from "../domain/contacts/table";
import type { AddStepCounts } from "../domain/segments/addContacts";
import type { MakeUpTally } from "../domain/segments/makeUp";
import { contactKeySql, exactStepSql, trimSql, type ConcernQuery, type ContactRelation } from "./concernSql";
import { contactFactsSql } from "./contactFactsSql";
import { columnOf, foldedSegmentNoSql } from "./schemaDdl";
import { qualified, quoteIdent } from "./sqlNames";

/** The statement that counts the step, or undefined when it could not count it exactly. */
export function addCountQuery(
  relation: ContactRelation,
  header: ContactTable,
  step: AddStepQuery,
  schema: string,
): ConcernQuery | undefined {
  const values: unknown[] = [];
  const matches = exactStepSql(relation, header, step, schema, values);
  if (matches === undefined) return undefined;
  const sql = contactFactsSql(relation, header, values);
  if (!sql) return undefined;
  // The key expressions exactly as the README's indexes write them (concernSql.ts), so the lookups use them.
  const { key, companyKey, fold, text } = sql;
  const param = (value: unknown) => {
    values.push(value);
    return `$${values.length}`;
  };
  const { expandCompanies, allowRelatedCompanies, ignoreExclusion, allowExistingContacts } = step.options;
  const withCompanies = expandCompanies || allowRelatedCompanies;
  const facts = (where: string, outerWhere?: string) => sql.facts(where, { outerWhere, companyKey: withCompanies });
  const lines = qualified(schema, SEGMENT_LINES.tableName);
  const lineColumn = (prop: string) => `l.${quoteIdent(columnOf(SEGMENT_LINES, prop))}`;
  // Every parameter must appear in the statement: the segment's number only when its lines count.
  const ownLines = allowExistingContacts
    ? "FALSE"
    : `${foldedSegmentNoSql(lineColumn("segmentNo"))} = ${foldedSegmentNoSql(param(step.segmentNo))}`;
  // With a company option, the persons' companies and the companies' persons it adds, each contact once. Without,
  // the step adds only the contacts it matches: one pass over them, nothing kept, nothing folded per contact that
  // the tally can fold per group (docs/decisions.md §D91).
  const candidates = withCompanies
    ? `hit AS MATERIALIZED (${facts(matches)}),
firm AS MATERIALIZED (${facts(`${key} = ANY(ARRAY(SELECT DISTINCT ck FROM hit WHERE NOT is_co AND ck <> ''))`)}),
own AS MATERIALIZED (SELECT h.k AS co FROM hit h WHERE h.is_co UNION SELECT f.k FROM firm f WHERE f.is_co
  AND f.k IN (SELECT ck FROM hit WHERE NOT is_co)),
member AS MATERIALIZED (${
        expandCompanies
          ? facts(`${companyKey} = ANY(ARRAY(SELECT co FROM own))`, "k <> '' AND NOT is_co")
          : "SELECT * FROM hit WHERE FALSE"
      }),
cand AS (SELECT * FROM hit
  UNION ALL SELECT * FROM firm WHERE k IN (SELECT co FROM own) AND k NOT IN (SELECT k FROM hit)
  UNION ALL SELECT * FROM member WHERE k NOT IN (SELECT k FROM hit))`
    : `cand AS (${sql.unfoldedFacts(matches)})`;
  const candKey = withCompanies ? "k" : contactKeySql("num");
  const company = withCompanies
    ? { grouped: "is_co", isCompany: "is_co" }
    : { grouped: "ty, self", isCompany: sql.isCompany("ty", "self") };
  const statement = `WITH ${candidates},
present AS MATERIALIZED (SELECT DISTINCT ${fold(trimSql(lineColumn("contactNo")))} AS k FROM ${lines} l
  WHERE ${ownLines}),
judged AS (SELECT CASE WHEN ${!ignoreExclusion} AND excl THEN 'excluded'
    WHEN ${!allowExistingContacts} AND ${candKey} IN (SELECT k FROM present) THEN 'present' ELSE 'added' END AS status,
    * FROM cand),
tally AS MATERIALIZED (SELECT status, ${company.grouped}, sp, ct, em, excl, count(*)::int AS n FROM judged
  GROUP BY status, ${company.grouped}, sp, ct, em, excl)
SELECT status, ${company.isCompany}, ${text("sp")}, ${text("ct")}, em, excl, n FROM tally
UNION ALL SELECT 'matched', NULL, NULL, NULL, NULL, NULL, ${
    withCompanies ? "(SELECT count(*) FROM hit)::int" : "(SELECT coalesce(sum(n), 0) FROM tally)::int"
  }`;
  return { text: statement, values };
}

/** The counts the statement returned, its rows as PgBook reads them (text, booleans as t and f). */
export function addCountsOf(rows: readonly (readonly (string | null)[])[]): AddStepCounts {
  const counts = { matched: 0, excluded: 0, alreadyPresent: 0 };
  const added: MakeUpTally[] = [];
  for (const [status, isCompany, sp, ct, em, excl, n] of rows) {
    const count = Number(n);
    if (status === "matched") counts.matched = count;
    else if (status === "excluded") counts.excluded += count;
    else if (status === "present") counts.alreadyPresent += count;
    else
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
