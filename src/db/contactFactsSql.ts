/**
 * What a step counted inside the database knows of each contact, in SQL (docs/decisions.md §D61): its folded number,
 * its company's folded number, whether it is a company, and what the make-up counts. The rules are the domain's
 * (src/domain/contacts/links.ts), written once here for every count: a company is a contact whose Type says so, or
 * whose Type is blank and Company No. is its own No. Undefined when a column the rules read is not plain text: the
 * use case then counts on the contacts it reads.
 */
import type { FieldId } from "../domain/contacts/fields";
import type { ContactTable } from "../domain/contacts/table";
import { blankCellSql, cellTextSql, columnReadSql, contactKeySql, trimSql, type ContactRelation } from "./concernSql";
import { FOLD_COLLATION } from "./schemaDdl";
import { quoteIdent } from "./sqlNames";

/** The Type words that make a contact a company (the domain's links.ts), folded. */
const COMPANY_WORDS = ["company", "företag"];

export interface FactsOptions {
  /** Keep only the rows this condition on the facts' columns holds for; default: a number that is not blank. */
  readonly outerWhere?: string;
  /** Fill `ck` (the company key) for every row; otherwise it is '' and only a blank Type reads it. */
  readonly companyKey?: boolean;
  /** More columns, by name, each an expression on the contact row `c`. */
  readonly extra?: Readonly<Record<string, string>>;
}

export interface ContactFactsSql {
  /** The folded number of the contact row `c`, as the README's index writes it. */
  readonly key: string;
  /** The folded Company No. of the contact row `c`, as the README's index writes it. */
  readonly companyKey: string;
  /** A text cell as the contact table would hold it, '' for blank. */
  text(cell: string): string;
  /** Case folded as the domain folds. */
  fold(sql: string): string;
  /**
   * The contacts `where` (on `c`) selects, one row each: k, ck, is_co, excl, sp, ct, em and the extra columns. The
   * make-up's texts travel raw (read with `text` once grouped, on far fewer values).
   */
  facts(where: string, options?: FactsOptions): string;
  /**
   * The contacts `where` (on `c`) selects whose number is not blank, one row each, with nothing folded that a tally
   * can fold once per group (docs/decisions.md §D91): num (the number as stored, keyed with contactKeySql only where
   * needed), ty (the Type as stored), self (for a blank Type, whether Company No. is the contact's own No.; NULL
   * otherwise), excl, sp, ct, em. For a count that needs no company lookups.
   */
  unfoldedFacts(where: string): string;
  /** Whether a row of unfoldedFacts (or a group of them) is a company: facts' is_co from its ty and self. */
  isCompany(ty: string, self: string): string;
}

/** The facts' SQL on `relation`; parameters go into `values`. Undefined when SQL cannot read them exactly. */
export function contactFactsSql(
  relation: ContactRelation,
  header: ContactTable,
  values: unknown[],
): ContactFactsSql | undefined {
  const columnFor = (field: FieldId) => {
    const index = header.fieldColumns[field];
    return index === undefined ? undefined : header.columns[index];
  };
  /** A single text column's cell as the contact table holds it (NULL when blank or missing); null: not plain text. */
  const cellOf = (field: FieldId): string | null => {
    const column = columnFor(field);
    if (!column) return "NULL::text";
    const stored = relation.columns[column.sheetColumn];
    if (column.type !== "text" || column.multiValued || stored.kind === "array") return null;
    return columnReadSql(stored.name, stored.kind, "c");
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
  const blankAsEmpty = (sql: string) => `coalesce(${sql}, '')`;
  const text = (cell: string) => blankAsEmpty(cellTextSql(cell));
  values.push(COMPANY_WORDS);
  const companyWords = `$${values.length}`;
  // The company key is folded only where it is needed: for a blank Type, or to find companies and their persons.
  const rowCompanyKey = blankAsEmpty(contactKeySql("f.cn"));
  const isCompany = (tw: string, selfCompany: string) =>
    `(${tw} = ANY(${companyWords}::text[]) OR (${tw} = '' AND ${selfCompany}))`;
  return {
    key: contactKeySql(no),
    companyKey: contactKeySql(companyNo),
    text,
    fold,
    // Each cell's expression once per row (OFFSET 0 keeps the planner from copying it into every use).
    facts: (where, options = {}) => {
      const extra = Object.entries(options.extra ?? {});
      const extraInner = extra.map(([name, sql]) => `, ${sql} AS ${name}`).join("");
      const extraOuter = extra.map(([name]) => `, ${name}`).join("");
      return `SELECT * FROM (SELECT k, ${options.companyKey ? rowCompanyKey : "''"} AS ck,
      ${isCompany("tw", `${rowCompanyKey} = k`)} AS is_co, excl, sp, ct, em${extraOuter}
    FROM (SELECT ${blankAsEmpty(contactKeySql(no))} AS k, ${companyNo} AS cn, ${fold(text(type))} AS tw,
      ${excluded} AS excl, ${salesperson} AS sp, ${correspondence} AS ct, ${blankAsEmpty(trimSql(email))} <> '' AS em${extraInner}
      FROM ${relation.name} AS c WHERE ${where} OFFSET 0) AS f) AS g WHERE ${options.outerWhere ?? "k <> ''"}`;
    },
    // A number's key is blank exactly when its text is: folding keeps a text empty or not. Type is folded as tw is.
    unfoldedFacts: (where) => `SELECT * FROM (SELECT ${no} AS num, ${type} AS ty,
      CASE WHEN ${blankCellSql(type)} THEN ${blankAsEmpty(contactKeySql(companyNo))} = ${contactKeySql(no)} END AS self,
      ${excluded} AS excl, ${salesperson} AS sp, ${correspondence} AS ct, ${blankAsEmpty(trimSql(email))} <> '' AS em
      FROM ${relation.name} AS c WHERE ${where} OFFSET 0) AS f WHERE NOT ${blankCellSql("num")}`,
    isCompany: (ty, self) => isCompany(fold(text(ty)), `${self} IS TRUE`),
  };
}
