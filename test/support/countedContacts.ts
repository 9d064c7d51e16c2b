/**
 * Contacts written every way a sheet holds them (case, spaces, blank types, Swedish words, persons of missing or
 * person companies) and the filter groups the counted-in-the-database tests (docs/decisions.md §D61, §D84) run on
 * them, with how to load them into a contact table.
 */
import fc from "fast-check";
import type { Client } from "pg";
import { qualified, quoteIdent } from "../../src/db/sqlNames";
import type { Condition, FilterGroup, StepOptions } from "../../src/domain/segments/step";

export const HEADER = [
  "No.",
  "Type",
  "Name",
  "Company No.",
  "Salesperson Code",
  "Correspondence Type",
  "E-Mail",
  "Exclude from Segment",
  "City",
  "Industry Groups",
] as const;
const TYPES = "text, text, text, text, text, text, text, boolean, text, text";

export type Cell = string | boolean;

const spelling = <T>(...values: T[]) => fc.constantFrom(...values);
const facts = fc.record({
  name: spelling("Anna", "Bo", "Åsa"),
  salesperson: spelling("JO", " jo", "PS", "", "Ps\u00a0"),
  correspondence: spelling("E-Mail", "email", "Hard Copy", "papper", "", "Fax", " e-post "),
  email: spelling("", " ", "a@b.se"),
  excluded: spelling<boolean | "">(true, false, false, ""),
  city: spelling("Lund", "lund ", "Malmö", "", "Malm\u00f6\u00a0"),
  industry: spelling("", "RETAIL", "MANUF; RETAIL"),
});

type Facts = typeof facts extends fc.Arbitrary<infer F> ? F : never;

/** Companies CO<i> (Type Company, company, Företag, or blank with Company No. its own No. in other case) and persons. */
export const sheetArb = fc
  .record({
    companies: fc.array(fc.tuple(spelling("Company", " company", "FÖRETAG", ""), facts), { maxLength: 4 }),
    persons: fc.array(
      fc.tuple(
        spelling("Person", "", "person ", "Other"),
        fc.nat(6),
        spelling("upper", "lower", "none", "missing"),
        facts,
      ),
      { minLength: 1, maxLength: 12 },
    ),
  })
  .map(({ companies, persons }) => {
    const row = (no: string, type: string, companyNo: string, f: Facts): Cell[] => [
      no,
      type,
      f.name,
      companyNo,
      f.salesperson,
      f.correspondence,
      f.email,
      f.excluded,
      f.city,
      f.industry,
    ];
    const rows = companies.map(([type, f], i) => row(`CO${i + 1}`, type, type === "" ? `co${i + 1}` : "", f));
    persons.forEach(([type, company, written, f], i) => {
      const target = company < companies.length ? `CO${company + 1}` : `P${company}`;
      const companyNo =
        written === "none" ? "" : written === "missing" ? "NOPE" : written === "lower" ? target.toLowerCase() : target;
      rows.push(row(`P${i + 1}`, type, companyNo, f));
    });
    return rows;
  });

export const CONDITIONS: readonly Condition[] = (
  [
    ["City", "Lund"],
    ["City", "Lund|Malmö"],
    ["City", "<>Lund"],
    ["Salesperson Code", "JO"],
    ["Type", "Person"],
    ["Exclude from Segment", "Yes"],
    ["No.", "P*"],
    ["Name", "a*"],
  ] as const
).map(([field, filter]) => ({ table: "Contact", field, filter }));

export const groupsArb: fc.Arbitrary<FilterGroup[]> = fc.array(
  fc.array(fc.constantFrom(...CONDITIONS), { maxLength: 2 }),
  {
    minLength: 1,
    maxLength: 2,
  },
);
export const optionsArb: fc.Arbitrary<StepOptions> = fc.record({
  allowExistingContacts: fc.boolean(),
  expandCompanies: fc.boolean(),
  allowRelatedCompanies: fc.boolean(),
  ignoreExclusion: fc.boolean(),
  entireCompanies: fc.constant(false),
});

/** The rows as a new table `contacts` of the schema, blank cells as NULL. */
export async function loadContacts(client: Client, schema: string, rows: readonly Cell[][]): Promise<string> {
  const table = qualified(schema, "contacts");
  const types = TYPES.split(", ");
  await client.query(`CREATE TABLE ${table} (${HEADER.map((h, i) => `${quoteIdent(h)} ${types[i]}`).join(", ")})`);
  for (const row of rows)
    await client.query(
      `INSERT INTO ${table} VALUES (${HEADER.map((_, i) => `$${i + 1}`).join(", ")})`,
      row.map((cell) => (cell === "" ? null : cell)),
    );
  return table;
}
