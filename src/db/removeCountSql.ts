/**
 * A Reduce or Refine counted inside the database (docs/decisions.md §D84): the segment's lines joined to the
 * contacts they name, judged by the rules of src/domain/segments/removeContacts.ts (docs/business-rules.md §4), and
 * only the counts returned, with the contacts removed grouped by what the make-up counts. A line's contact is the
 * one whose folded number is the line's Contact No. trimmed and folded; a line naming none (blank, or gone) is
 * unknown: Reduce keeps it, Refine deletes it. Without Entire Companies a line's contact is in the set it judges
 * when it meets the filters; with it, when some contact of its company does (the company or a person of it, on
 * the segment or not), and a contact with no company is judged alone. Where the SQL cannot be exact there is no
 * statement, and the use case counts on the contacts it reads, as for an Add (docs/decisions.md §D61).
 */
import type { RemoveStepQuery } from "../app/store/ports";
import { SEGMENT_LINES } from "../app/store/sheetSpecs";
import type { ContactTable } from "../domain/contacts/table";
import type { MakeUpTally } from "../domain/segments/makeUp";
import type { RemoveStepCounts } from "../domain/segments/removeContacts";
import { exactStepSql, trimSql, type ConcernQuery, type ContactRelation } from "./concernSql";
import { contactFactsSql } from "./contactFactsSql";
import { columnOf, foldedSegmentNoSql } from "./schemaDdl";
import { qualified, quoteIdent } from "./sqlNames";

/** The statement that counts the step, or undefined when it could not count it exactly. */
export function removeCountQuery(
  relation: ContactRelation,
  header: ContactTable,
  step: RemoveStepQuery,
  schema: string,
): ConcernQuery | undefined {
  const values: unknown[] = [];
  const matches = exactStepSql(relation, header, step, schema, values);
  if (matches === undefined) return undefined;
  const sql = contactFactsSql(relation, header, values);
  if (!sql) return undefined;
  const { key, companyKey, fold, text } = sql;
  values.push(step.segmentNo);
  const segmentNo = `$${values.length}`;
  const entire = step.entireCompanies;
  const facts = (where: string, outerWhere?: string) =>
    sql.facts(where, { outerWhere, companyKey: entire, extra: { m: `(${matches}) IS TRUE` } });
  const lines = qualified(schema, SEGMENT_LINES.tableName);
  const lineColumn = (prop: string) => `l.${quoteIdent(columnOf(SEGMENT_LINES, prop))}`;
  // Written as the index on Segment Lines writes it (schemaDdl.ts), so one segment's lines are found by it.
  const ownLines = `${foldedSegmentNoSql(lineColumn("segmentNo"))} = ${foldedSegmentNoSql(segmentNo)}`;
  // Per contact on the lines, whether it is in the set judged: alone, or by its company (the company itself, or
  // the company a person's Company No. names when that one is a company).
  const judgedContacts = entire
    ? `firm AS MATERIALIZED (${facts(`${key} = ANY(ARRAY(SELECT DISTINCT ck FROM lc WHERE NOT is_co AND ck <> ''))`)}),
own AS MATERIALIZED (SELECT lc.k, CASE WHEN lc.is_co THEN lc.k ELSE f.k END AS co FROM lc
  LEFT JOIN firm f ON NOT lc.is_co AND f.is_co AND f.k = lc.ck),
hit AS MATERIALIZED (SELECT k AS co FROM lc WHERE is_co AND m UNION SELECT k FROM firm WHERE is_co AND m
  UNION SELECT ck FROM (${facts(
    `${companyKey} = ANY(ARRAY(SELECT DISTINCT co FROM own WHERE co IS NOT NULL)) AND ${matches}`,
    "k <> '' AND NOT is_co",
  )}) AS p),
inm AS MATERIALIZED (SELECT lc.*, CASE WHEN o.co IS NULL THEN lc.m ELSE o.co IN (SELECT co FROM hit) END AS inm
  FROM lc JOIN own o ON o.k = lc.k)`
    : `inm AS MATERIALIZED (SELECT lc.*, lc.m AS inm FROM lc)`;
  // Reduce deletes the lines whose contact is in the set; Refine the others, unknown contacts' lines among them.
  const removes = step.kind === "reduce" ? "inm" : "NOT inm";
  const statement = `WITH ln AS MATERIALIZED (SELECT ${fold(trimSql(lineColumn("contactNo")))} AS lk FROM ${lines} l
  WHERE ${ownLines}),
lc AS MATERIALIZED (${facts(`${key} = ANY(ARRAY(SELECT DISTINCT lk FROM ln WHERE lk <> ''))`)}),
${judgedContacts},
judged AS MATERIALIZED (SELECT ln.lk, i.k IS NOT NULL AS known, coalesce(${removes}, ${step.kind === "refine"}) AS removed
  FROM ln LEFT JOIN inm i ON i.k = ln.lk),
tally AS MATERIALIZED (SELECT is_co, sp, ct, em, excl, count(*)::int AS n FROM inm WHERE ${removes}
  GROUP BY is_co, sp, ct, em, excl)
SELECT 'removed', is_co, ${text("sp")}, ${text("ct")}, em, excl, n FROM tally
UNION ALL SELECT 'lines', NULL, NULL, NULL, NULL, NULL, count(*)::int FROM judged
UNION ALL SELECT 'unknown', NULL, NULL, NULL, NULL, NULL, count(*)::int FROM judged WHERE NOT known
UNION ALL SELECT 'removedLines', NULL, NULL, NULL, NULL, NULL, count(*)::int FROM judged WHERE removed
UNION ALL SELECT 'removedContacts', NULL, NULL, NULL, NULL, NULL, count(DISTINCT lk)::int FROM judged
  WHERE removed AND lk <> ''
UNION ALL SELECT 'matched', NULL, NULL, NULL, NULL, NULL, count(*)::int FROM lc WHERE m`;
  return { text: statement, values };
}

/** The counts the statement returned, its rows as PgBook reads them (text, booleans as t and f). */
export function removeCountsOf(rows: readonly (readonly (string | null)[])[]): RemoveStepCounts {
  const counts = { lines: 0, unknown: 0, removedLines: 0, removedContacts: 0, matched: 0 };
  const removedTallies: MakeUpTally[] = [];
  for (const [status, isCompany, sp, ct, em, excl, n] of rows) {
    const count = Number(n);
    if (status !== "removed") counts[status as keyof typeof counts] = count;
    else
      removedTallies.push({
        isCompany: isCompany === "t",
        salespersonCode: sp ?? "",
        correspondenceType: ct ?? "",
        hasEmail: em === "t",
        excluded: excl === "t",
        count,
      });
  }
  const { lines, unknown, removedLines, removedContacts, matched } = counts;
  return {
    matched,
    removedLines,
    removedContacts,
    kept: lines - removedLines,
    unknownContactLines: unknown,
    emptiesSegment: removedLines > 0 && removedLines === lines,
    removedTallies,
  };
}
