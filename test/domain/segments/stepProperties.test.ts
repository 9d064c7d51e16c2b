import fc from "fast-check";
import type { ContactTable } from "../../../src/domain/contacts/table";
import { previewAddContacts } from "../../../src/domain/segments/addContacts";
import { isExcluded } from "../../../src/domain/segments/contactFacts";
import { nextLineNo, type SegmentLine } from "../../../src/domain/segments/line";
import { contactRowOfLine } from "../../../src/domain/segments/lineContact";
import { matchGroups } from "../../../src/domain/segments/matchStep";
import { planReduce, previewReduce } from "../../../src/domain/segments/reduceContacts";
import { planRefine, previewRefine } from "../../../src/domain/segments/refineContacts";
import { linesAfterRemoval, type RemoveContactsInput } from "../../../src/domain/segments/removeContacts";
import { NO_OPTIONS, type FilterGroup, type StepSpec } from "../../../src/domain/segments/step";
import {
  contactTableArb,
  filterGroupArb,
  filterGroupsArb,
  handTypedLineArb,
  stepArb,
  stepSequenceArb,
} from "../../support/contactTableArbitrary";
import { applyStep, applySteps, STEP_ENV } from "../../support/segmentSteps";

const RUNS = { numRuns: 150 };

/** A random segment: a table, the lines a random sequence of steps left on it, and maybe a line typed by hand. */
const segmentArb = fc
  .record({
    built: contactTableArb(),
    steps: stepSequenceArb,
    typed: fc.option(handTypedLineArb, { nil: undefined }),
  })
  .map(({ built, steps, typed }) => {
    const lines = applySteps(built.table, steps);
    return { table: built.table, steps, lines: typed ? [...lines, typed("SEG00001", nextLineNo(lines))] : lines };
  });

const removeInput = (
  table: ContactTable,
  lines: readonly SegmentLine[],
  groups: readonly FilterGroup[],
  entireCompanies: boolean,
): RemoveContactsInput => ({
  table,
  lines,
  groups,
  entireCompanies,
  env: STEP_ENV,
});
const lineNos = (lines: readonly SegmentLine[]) => lines.map((line) => line.lineNo);

/**
 * docs/business-rules.md §4 as BC's report 5186 runs it, literally: per line the candidates (its contact, or with Entire
 * Companies every contact of its company, or every independent contact), each evaluated once into M, M widened to
 * whole companies, then lines deleted by M. Company membership is the table's (companyRow).
 */
function bcRemove(
  kind: "reduce" | "refine",
  table: ContactTable,
  lines: readonly SegmentLine[],
  groups: readonly FilterGroup[],
  entire: boolean,
): SegmentLine[] {
  const matches = matchGroups(table, groups, STEP_ENV);
  const checked = new Set<number>();
  const m = new Set<number>();
  for (const line of lines) {
    const own = contactRowOfLine(table, line);
    if (own < 0) continue;
    const rows = entire
      ? [...Array(table.rowCount).keys()].filter((r) => table.companyRow[r] === table.companyRow[own])
      : [own];
    for (const row of rows) {
      if (checked.has(row)) continue;
      checked.add(row);
      if (matches.has(row)) m.add(row);
    }
  }
  const widened = new Set<number>();
  for (const row of m) {
    if (entire && table.companyRow[row] >= 0) {
      for (let r = 0; r < table.rowCount; r++) if (table.companyRow[r] === table.companyRow[row]) widened.add(r);
    } else widened.add(row);
  }
  return lines.filter((line) => {
    const row = contactRowOfLine(table, line);
    const inM = row >= 0 && widened.has(row);
    return kind === "reduce" ? !inM : inM;
  });
}

describe("Reduce and Refine agree with BC's algorithm run literally", () => {
  it.each(["reduce", "refine"] as const)("%s, with and without Entire Companies", (kind) => {
    fc.assert(
      fc.property(segmentArb, filterGroupsArb, fc.boolean(), ({ table, lines }, groups, entire) => {
        const input = removeInput(table, lines, groups, entire);
        const plan = kind === "reduce" ? planReduce(input) : planRefine(input);
        expect(lineNos(linesAfterRemoval(lines, plan))).toEqual(lineNos(bcRemove(kind, table, lines, groups, entire)));
        const { removed, ...counts } = plan;
        const { makeUp: _, ...previewed } = kind === "reduce" ? previewReduce(input) : previewRefine(input);
        expect(previewed).toEqual(counts);
        expect(removed.length + plan.kept).toBe(lines.length);
      }),
      RUNS,
    );
  });
});

/** docs/business-rules.md §3.3 run literally: match, Expand Companies, Allow Related Companies, exclusion, already present. */
function bcAdd(table: ContactTable, lines: readonly SegmentLine[], step: StepSpec): string[] {
  const { options } = step;
  const matches = matchGroups(table, step.groups, STEP_ENV).toArray();
  const set = new Set(matches);
  for (const row of matches) {
    const company = table.companyRow[row];
    if (company < 0) continue;
    if (options.expandCompanies)
      for (let r = 0; r < table.rowCount; r++) if (table.companyRow[r] === company) set.add(r);
    if (options.allowRelatedCompanies) set.add(company);
  }
  const present = new Set(lines.map((line) => line.contactNo.toLowerCase()));
  return [...set]
    .filter((row) => options.ignoreExclusion || !isExcluded(table, row))
    .filter((row) => options.allowExistingContacts || !present.has(table.numbers[row].toLowerCase()))
    .map((row) => table.numbers[row])
    .sort();
}

describe("Add agrees with BC's algorithm run literally", () => {
  it("adds exactly BC's contacts, one line each", () => {
    const addArb = stepArb.filter((step) => step.action === "Add Contacts");
    fc.assert(
      fc.property(segmentArb, addArb, ({ table, lines }, step) => {
        const added = applyStep(table, lines, step).slice(lines.length);
        expect(added.map((line) => line.contactNo).sort()).toEqual(bcAdd(table, lines, step));
      }),
      RUNS,
    );
  });
});

describe("step properties over random contact tables and random step sequences", () => {
  it("Refine f then Refine g keeps the same lines as one Refine on f and g in one group", () => {
    fc.assert(
      fc.property(segmentArb, filterGroupArb, filterGroupArb, ({ table, lines }, f, g) => {
        const refine = (groups: FilterGroup[]): StepSpec => ({
          action: "Remove Contacts (Refine)",
          groups,
          options: NO_OPTIONS,
        });
        const twice = applyStep(table, applyStep(table, lines, refine([f])), refine([g]));
        const once = applyStep(table, lines, refine([[...f, ...g]]));
        expect(twice).toEqual(once);
      }),
      RUNS,
    );
  });

  it("after Reduce f no line's contact matches f (with Entire Companies: no member of its company does)", () => {
    fc.assert(
      fc.property(segmentArb, filterGroupsArb, fc.boolean(), ({ table, lines }, f, entire) => {
        const after = applyStep(table, lines, {
          action: "Remove Contacts (Reduce)",
          groups: f,
          options: { ...NO_OPTIONS, entireCompanies: entire },
        });
        const matches = matchGroups(table, f, STEP_ENV);
        for (const line of after) {
          const row = contactRowOfLine(table, line);
          if (row < 0) continue;
          expect(matches.has(row)).toBe(false);
          const company = table.companyRow[row];
          if (entire && company >= 0) {
            for (let r = 0; r < table.rowCount; r++)
              if (table.companyRow[r] === company) expect(matches.has(r)).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  it("Add never brings in an excluded contact unless Ignore Exclusion", () => {
    const addArb = stepArb.filter((step) => step.action === "Add Contacts");
    fc.assert(
      fc.property(segmentArb, addArb, ({ table, lines }, step) => {
        const added = applyStep(table, lines, step).slice(lines.length);
        const excluded = added.filter((line) => isExcluded(table, contactRowOfLine(table, line)));
        if (!step.options.ignoreExclusion) expect(excluded).toEqual([]);
      }),
      RUNS,
    );
  });

  it("Add without Allow Existing Contacts is idempotent, and its preview counts what it adds", () => {
    const addArb = stepArb
      .filter((step) => step.action === "Add Contacts")
      .map((step) => ({ ...step, options: { ...step.options, allowExistingContacts: false } }));
    fc.assert(
      fc.property(segmentArb, addArb, ({ table, lines }, step) => {
        const once = applyStep(table, lines, step);
        expect(applyStep(table, once, step)).toEqual(once);
        const preview = previewAddContacts({ table, lines, groups: step.groups, options: step.options, env: STEP_ENV });
        expect(preview.added).toBe(once.length - lines.length);
      }),
      RUNS,
    );
  });

  it("no step changes the lines it keeps, and new lines always number after the last one", () => {
    fc.assert(
      fc.property(segmentArb, stepArb, ({ table, lines }, step) => {
        const frozen = JSON.stringify(lines);
        const after = applyStep(table, lines, step);
        expect(JSON.stringify(lines)).toBe(frozen);
        const kept = after.filter((line) => lines.includes(line));
        expect(lineNos(kept)).toEqual(lineNos(lines).filter((no) => kept.some((line) => line.lineNo === no)));
        const fresh = after.filter((line) => !lines.includes(line));
        const last = Math.max(0, ...lineNos(lines));
        expect(fresh.every((line) => line.lineNo > last)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("the contact table arbitrary (test/support/contactTableArbitrary.ts)", () => {
  it("builds tables whose persons link to their companies, orphans and independents to none", () => {
    fc.assert(
      fc.property(contactTableArb(), ({ sheet, table }) => {
        expect(table.rowCount).toBe(sheet.values.length - 1);
        table.numbers.forEach((no, row) => {
          const company = table.companyRow[row];
          if (no.startsWith("CO")) expect(company).toBe(row);
          else if (no.startsWith("P")) expect(table.numbers[company]).toBe(`CO${no.slice(1, no.indexOf("."))}`);
          else expect(company).toBe(-1);
        });
      }),
      RUNS,
    );
  });
});
