/**
 * Reuse Criteria on unchanged contacts reproduces the same lines (property over random step sequences), on every
 * book of the matrix: fewer runs on PostgreSQL, where each run makes a schema.
 */
import fc from "fast-check";
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { reuseCriteria, saveSegmentCriteria } from "../../src/app/criteriaUseCases";
import { initBook } from "../../src/app/initBook";
import type { RunContext } from "../../src/app/store/ports";
import { removeContacts } from "../../src/app/removeContacts";
import { segmentLines } from "../../src/app/segmentLines";
import type { Condition } from "../../src/domain/segments/step";
import { bcBaseSheet } from "../support/bcBaseData";
import { eachBook, memoryBooks } from "../support/bookMatrix";

const ctx: RunContext = { today: "2025-03-04", workdate: "2025-03-01", locale: "en", userId: "TESTER" };
const FIELDS = ["Industry Groups", "Mailing Groups", "Name", "No.", "Job Responsibilities", "Salesperson Code"];
const FILTERS = ["RETAIL", "NEWS|XMAS", "*a*", "CT0?", "PURCH", "JO", "<>''", "''", "CT01..CT04"];

const condition = fc.record({
  table: fc.constant("Contact" as const),
  field: fc.constantFrom(...FIELDS),
  filter: fc.constantFrom(...FILTERS),
});
const groups = fc.array(fc.array(condition, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 });
const step = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    groups,
    options: fc.record({
      allowExistingContacts: fc.boolean(),
      expandCompanies: fc.boolean(),
      allowRelatedCompanies: fc.boolean(),
      ignoreExclusion: fc.boolean(),
      entireCompanies: fc.constant(false),
    }),
  }),
  fc.record({ kind: fc.constantFrom("reduce" as const, "refine" as const), groups, entireCompanies: fc.boolean() }),
);

eachBook((books) => {
  it("Reuse Criteria on unchanged contacts reproduces the same lines", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (sequence) => {
        const book = await books.open(bcBaseSheet());
        await initBook(book);
        const first = (await createSegment(book, ctx, { description: "Original" })).no;
        for (const s of sequence) {
          const stepGroups = s.groups as Condition[][];
          if (s.kind === "add")
            await addContacts(book, ctx, { segmentNo: first, groups: stepGroups, options: s.options });
          else
            await removeContacts(book, ctx, {
              segmentNo: first,
              kind: s.kind,
              groups: stepGroups,
              entireCompanies: s.entireCompanies,
            });
        }
        await saveSegmentCriteria(book, { segmentNo: first, code: "SAVED" });
        const second = (await createSegment(book, ctx, { description: "Original" })).no;
        await reuseCriteria(book, ctx, { segmentNo: second, code: "SAVED" });
        const withoutNo = async (no: string) =>
          (await segmentLines(book, no)).map(({ segmentNo: _no, ...line }) => line);
        expect(await withoutNo(second)).toEqual(await withoutNo(first));
      }),
      { numRuns: books === memoryBooks ? 100 : 10 },
    );
  });
});
