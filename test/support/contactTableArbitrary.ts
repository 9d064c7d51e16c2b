/**
 * fast-check arbitraries for small contact sheets and the segment steps run on them, for property tests of
 * Add / Reduce / Refine and of anything built on them (Go Back / Go Forward, Reuse Criteria).
 *
 *   contactSheetArb()    -> SmallContactSheet: Excel-like 2-D values (header + rows) and what was generated
 *   contactTableArb()    -> { sheet, table }: the same, built into a ContactTable
 *   conditionArb         -> a Condition from a pool that always compiles on these sheets
 *   filterGroupArb, filterGroupsArb
 *   stepArb              -> a StepSpec: Add / Reduce / Refine with random groups and options
 *   stepSequenceArb      -> StepSpec[] starting with an Add, for random segments (see segmentSteps.ts to run them)
 *   handTypedLineArb     -> a line typed by hand whose contact is not on the sheet (or blank)
 *
 * Sheet shape: companies (Type Company, Company No. = own No.), each with 0..n persons; independent persons; now and
 * then a person whose Company No. is not on the sheet (the table treats it as independent, with a warning). Every
 * contact may be flagged Exclude from Segment. Industry Groups, Business Relations, Mailing Groups and Job
 * Responsibilities are multi-valued ("NEWS; XMAS" or "news,VIP"), codes in mixed case. Rows are shuffled, so
 * persons may come before their company. Contact numbers are unique: CO<i> for companies, P<i>.<j> for their
 * persons, I<k> for independents, X<k> for orphans; a person's Company No. may be written in lower case.
 * Names come from a small pool so wildcard filters hit often; Employees is a number on every row.
 */
import fc from "fast-check";
import { buildContactTable } from "../../src/domain/contacts";
import type { ContactTable } from "../../src/domain/contacts/table";
import type { SegmentLine } from "../../src/domain/segments/line";
import {
  NO_OPTIONS,
  type Condition,
  type FilterGroup,
  type StepAction,
  type StepSpec,
} from "../../src/domain/segments/step";

type Arb<T> = fc.Arbitrary<T>;
export type SheetCell = string | number | boolean;

export const SHEET_HEADERS = [
  "No.",
  "Type",
  "Name",
  "Company No.",
  "Salesperson Code",
  "Exclude from Segment",
  "Industry Groups",
  "Business Relations",
  "Mailing Groups",
  "Job Responsibilities",
  "Employees",
] as const;

const NAMES = [
  "Anna Berg",
  "Åsa Ölund",
  "Carl Dahl",
  "Berit Ek",
  "Acme",
  "Zeta AB",
  "anna berg",
  "Bo",
  "Örjan Berglund",
  "Alpine",
];
const SALESPEOPLE = ["JO", "PS", "", "jo"];
const INDUSTRY = ["RETAIL", "MANUF", "SERV", "retail"];
const RELATIONS = ["CUST", "VEND", "PROS"];
const MAILING = ["NEWS", "XMAS", "VIP", "news"];
const JOBS = ["PURCH", "SALES", "CEO"];

/** One contact's own values, before it gets a number and a place on the sheet. */
export interface GeneratedContact {
  readonly name: string;
  readonly salesperson: string;
  readonly excluded: boolean;
  readonly industry: readonly string[];
  readonly relations: readonly string[];
  readonly mailing: readonly string[];
  readonly jobs: readonly string[];
  readonly employees: number;
}

export interface GeneratedCompany extends GeneratedContact {
  readonly persons: readonly GeneratedContact[];
}

export interface SmallContactSheet {
  readonly sheetName: string;
  readonly locale: string;
  /** Header row, then one row per contact (shuffled). */
  readonly values: SheetCell[][];
  readonly companies: readonly GeneratedCompany[];
  readonly independents: readonly GeneratedContact[];
  /** Persons whose Company No. names no contact on the sheet. */
  readonly orphans: readonly GeneratedContact[];
}

export interface ContactSheetArbOptions {
  readonly maxCompanies?: number;
  readonly maxPersonsPerCompany?: number;
  readonly maxIndependents?: number;
  readonly maxOrphans?: number;
  /** Chance (0..1) that a contact is flagged Exclude from Segment; default 0.2. */
  readonly excludedRate?: number;
}

const codes = (pool: readonly string[]): Arb<string[]> => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 });

function contactArb(excludedRate: number): Arb<GeneratedContact> {
  return fc.record({
    name: fc.constantFrom(...NAMES),
    salesperson: fc.constantFrom(...SALESPEOPLE),
    excluded: fc.integer({ min: 0, max: 99 }).map((n) => n < excludedRate * 100),
    industry: codes(INDUSTRY),
    relations: codes(RELATIONS),
    mailing: codes(MAILING),
    jobs: codes(JOBS),
    employees: fc.integer({ min: 0, max: 200 }),
  });
}

const multiCell = (values: readonly string[], comma: boolean): string => values.join(comma ? "," : "; ");

function rowOf(no: string, type: string, companyNo: string, c: GeneratedContact, comma: boolean): SheetCell[] {
  return [
    no,
    type,
    c.name,
    companyNo,
    c.salesperson,
    c.excluded,
    multiCell(c.industry, comma),
    multiCell(c.relations, comma),
    multiCell(c.mailing, comma),
    multiCell(c.jobs, comma),
    c.employees,
  ];
}

/** Small contact sheets as described above; at least one contact. */
export function contactSheetArb(options: ContactSheetArbOptions = {}): Arb<SmallContactSheet> {
  const contact = contactArb(options.excludedRate ?? 0.2);
  const company: Arb<GeneratedCompany> = fc
    .tuple(contact, fc.array(contact, { maxLength: options.maxPersonsPerCompany ?? 4 }))
    .map(([own, persons]) => ({ ...own, persons }));
  return fc
    .record({
      companies: fc.array(company, { maxLength: options.maxCompanies ?? 4 }),
      independents: fc.array(contact, { maxLength: options.maxIndependents ?? 3 }),
      orphans: fc.array(contact, { maxLength: options.maxOrphans ?? 1 }),
      lowerCaseLinks: fc.boolean(),
      comma: fc.boolean(),
    })
    .filter((s) => s.companies.length + s.independents.length + s.orphans.length > 0)
    .chain((s) => {
      const rows: SheetCell[][] = [];
      s.companies.forEach((co, i) => {
        const no = `CO${i + 1}`;
        rows.push(rowOf(no, "Company", no, co, s.comma));
        co.persons.forEach((p, j) =>
          rows.push(rowOf(`P${i + 1}.${j + 1}`, "Person", s.lowerCaseLinks ? no.toLowerCase() : no, p, s.comma)),
        );
      });
      s.independents.forEach((p, k) => rows.push(rowOf(`I${k + 1}`, "Person", "", p, s.comma)));
      s.orphans.forEach((p, k) => rows.push(rowOf(`X${k + 1}`, "Person", "GONE", p, s.comma)));
      return fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }).map((shuffled) => ({
        sheetName: "Contacts",
        locale: "en",
        values: [[...SHEET_HEADERS], ...shuffled],
        companies: s.companies,
        independents: s.independents,
        orphans: s.orphans,
      }));
    });
}

/** A sheet and its contact table (warnings, e.g. for orphans, are dropped). */
export function contactTableArb(
  options: ContactSheetArbOptions = {},
): Arb<{ sheet: SmallContactSheet; table: ContactTable }> {
  return contactSheetArb(options).map((sheet) => ({ sheet, table: buildContactTable(sheet).table }));
}

/** Conditions that compile on every sheet above, touching every kind of column. */
export const CONDITION_POOL: readonly Condition[] = (
  [
    ["Mailing Groups", "NEWS"],
    ["Mailing Groups", "XMAS"],
    ["Mailing Groups", "NEWS|XMAS"],
    ["Mailing Groups", "<>NEWS"],
    ["Mailing Groups", "''"],
    ["Industry Groups", "RETAIL"],
    ["Industry Groups", "MANUF|SERV"],
    ["Industry Groups", "RETAIL&MANUF"],
    ["Business Relations", "CUST"],
    ["Business Relations", "<>CUST"],
    ["Job Responsibilities", "PURCH"],
    ["Name", "*berg*"],
    ["Name", "A*"],
    ["Name", "<>Acme"],
    ["Type", "Person"],
    ["Type", "Company"],
    ["Salesperson Code", "JO"],
    ["Salesperson Code", "<>JO"],
    ["Salesperson Code", "''"],
    ["No.", "CO1..CO3"],
    ["No.", "P*"],
    ["No.", "I1|X1"],
    ["Employees", "10..100"],
    ["Employees", ">150"],
    ["Exclude from Segment", "Yes"],
  ] as const
).map(([field, filter]) => ({ table: "Contact", field, filter }));

export const conditionArb: Arb<Condition> = fc.constantFrom(...CONDITION_POOL);
/**
 * One group: 0..3 conditions, ANDed, mostly one or two so that steps often select something (an empty group
 * matches every contact, as a step without filters does).
 */
export const filterGroupArb: Arb<FilterGroup> = fc.oneof(
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 4, arbitrary: conditionArb.map((c) => [c]) },
  { weight: 3, arbitrary: fc.array(conditionArb, { minLength: 2, maxLength: 3 }) },
);
/** A step's groups: 1..2, ORed. */
export const filterGroupsArb: Arb<FilterGroup[]> = fc.array(filterGroupArb, { minLength: 1, maxLength: 2 });

const ACTIONS: readonly StepAction[] = ["Add Contacts", "Remove Contacts (Reduce)", "Remove Contacts (Refine)"];

/** A random step: Add (half the time) with random Add options, or Reduce / Refine with a random Entire Companies. */
export const stepArb: Arb<StepSpec> = fc
  .record({
    action: fc.constantFrom(ACTIONS[0], ACTIONS[0], ...ACTIONS),
    groups: filterGroupsArb,
    flags: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()),
  })
  .map(({ action, groups, flags: [a, e, r, i, entire] }) => ({
    action,
    groups,
    options:
      action === "Add Contacts"
        ? { ...NO_OPTIONS, allowExistingContacts: a, expandCompanies: e, allowRelatedCompanies: r, ignoreExclusion: i }
        : { ...NO_OPTIONS, entireCompanies: entire },
  }));

/**
 * A random step sequence that starts with an Add (often one without filters, which takes every contact not
 * excluded), so the segments the later steps work on are seldom empty.
 */
export const stepSequenceArb: Arb<StepSpec[]> = fc
  .tuple(
    fc.oneof(
      fc.constant<StepSpec>({ action: "Add Contacts", groups: [[]], options: NO_OPTIONS }),
      stepArb.filter((step) => step.action === "Add Contacts"),
    ),
    fc.array(stepArb, { maxLength: 3 }),
  )
  .map(([first, rest]) => [first, ...rest]);

/** A line typed by hand for a contact that is not on the sheet (or left blank); give it a free Line No. */
export const handTypedLineArb: Arb<(segmentNo: string, lineNo: number) => SegmentLine> = fc
  .constantFrom("GONE1", "", "zz9")
  .map((contactNo) => (segmentNo, lineNo) => ({
    segmentNo,
    lineNo,
    contactNo,
    contactCompanyNo: "",
    contactName: "",
    contactCompanyName: "",
    description: "typed",
    date: "2025-03-01",
    salespersonCode: "",
    interactionTemplateCode: "",
    interactionGroupCode: "",
    languageCode: "",
    subject: "",
    correspondenceType: "",
    cost: 0,
    duration: 0,
    informationFlow: "",
    initiatedBy: "",
    campaignNo: "",
    campaignTarget: false,
    campaignResponse: false,
    evaluation: "",
  }));
