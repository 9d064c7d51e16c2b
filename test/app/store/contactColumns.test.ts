/**
 * A read that leaves out the columns an action does not read (docs/decisions.md §D53) gives the same answers, and
 * exactly the same warnings and errors, as the whole sheet. On the in-memory book only: a sheet's read of fewer
 * columns (a database selects the contacts and columns an action concerns in SQL:
 * test/db/concernedContacts.test.ts).
 */
import fc from "fast-check";
import { addContacts } from "../../../src/app/addContacts";
import { createSegment } from "../../../src/app/createSegment";
import { logSegment } from "../../../src/app/logSegment";
import { removeContacts } from "../../../src/app/removeContacts";
import { LEFT_OUT, leaveOutColumns, type WantedColumns } from "../../../src/app/store/contactColumns";
import { cellProblemsRead } from "../../../src/app/store/contactSource";
import type { ContactSourceRequest, RunContext } from "../../../src/app/store/ports";
import { buildContactTable, type ContactSheetInput } from "../../../src/domain/contacts";
import type { FieldId } from "../../../src/domain/contacts/fields";
import { FACT_FIELDS, MAKE_UP_FIELDS } from "../../../src/domain/segments/contactFacts";
import { resolveField } from "../../../src/domain/segments/fieldResolution";
import { NO_OPTIONS, type FilterGroup } from "../../../src/domain/segments/step";
import { contactSheetArb, filterGroupsArb, SHEET_HEADERS } from "../../support/contactTableArbitrary";
import { MemoryBook } from "../../support/memoryBook";

const ctx: RunContext = {
  today: "2025-03-04",
  workdate: "2025-03-01",
  locale: "en",
  userId: "TESTER",
  time: "10:00:00",
};

/** The test double reading as the command's file does: the columns an action does not read left out. */
class ProjectingBook extends MemoryBook {
  async readContactColumns(request: ContactSourceRequest, wanted: WantedColumns): Promise<ContactSheetInput> {
    const input = await this.readContactSheet(request);
    const copy = { ...input, values: input.values.map((row) => [...row]) };
    leaveOutColumns(copy, wanted);
    return copy;
  }
}

/** What makes warnings: error values, blanks of spaces, long text, rows only a left-out column fills, a blank No. */
const noise = fc.array(
  fc.tuple(
    fc.nat(),
    fc.nat(),
    fc.constantFrom<unknown>("#N/A", "#REF!", "  ", "", "x".repeat(32768), "stray", true, 7, "NEWS"),
  ),
  { maxLength: 6 },
);
const extraColumns = fc.constantFrom<string[][]>(
  [],
  [["Name"]], // a field recognised twice: the second is an ordinary column
  [["City"]],
  [[""]], // headerless data
  [["Company Name"]],
);

const sheetArb = fc.tuple(contactSheetArb(), noise, extraColumns).map(([sheet, cells, extra]) => {
  const width = SHEET_HEADERS.length + extra.length;
  const values: unknown[][] = sheet.values.map((row, r) => [...row, ...extra.map((h) => (r === 0 ? h[0] : `e${r}`))]);
  values.push(Array.from({ length: width }, (_, c) => (c === 2 ? "only a name" : ""))); // a contact without a No.
  for (const [r, c, value] of cells) {
    const row = 1 + (r % (values.length - 1));
    values[row][c % width] = value;
  }
  return { sheetName: "Contacts", locale: "en", values } as ContactSheetInput;
});

const wantedArb = fc.record({
  fields: fc.constantFrom<readonly FieldId[]>(MAKE_UP_FIELDS, FACT_FIELDS, ["no"], ["type", "name"]),
  groups: filterGroupsArb,
});

function copyOf(input: ContactSheetInput): ContactSheetInput {
  return { ...input, values: input.values.map((row) => [...row]) };
}

type Built = { built: ReturnType<typeof buildContactTable> } | { error: unknown };

function built(input: ContactSheetInput): Built {
  try {
    return { built: buildContactTable(input) };
  } catch (error) {
    return { error };
  }
}

describe("a read that leaves out columns", () => {
  it("builds a table with the same warnings, errors, numbers and links, and the same columns the action reads", () => {
    fc.assert(
      fc.property(sheetArb, wantedArb, (input, wanted) => {
        const whole = built(copyOf(input));
        const projectedInput = copyOf(input);
        leaveOutColumns(projectedInput, wanted);
        const projected = built(projectedInput);
        if ("error" in whole) {
          expect(projected).toEqual(whole);
          return;
        }
        if (!("built" in projected)) throw new Error("the projected read failed where the whole one did not");
        const a = whole.built;
        const b = projected.built;
        expect(b.warnings).toEqual(a.warnings);
        expect([b.table.numbers, b.table.isCompany, b.table.companyRow, b.table.sheetRows]).toEqual([
          a.table.numbers,
          a.table.isCompany,
          a.table.companyRow,
          a.table.sheetRows,
        ]);
        expect(b.table.columns.map((c) => c.header)).toEqual(a.table.columns.map((c) => c.header));
        for (const field of ["no", ...wanted.fields] as FieldId[]) {
          const index = a.table.fieldColumns[field];
          if (index !== undefined) expect(b.table.columns[index]).toEqual(a.table.columns[index]);
        }
        for (const condition of wanted.groups.flat()) {
          const { columnIndex } = resolveField(a.table, condition.field);
          expect(b.table.columns[columnIndex]).toEqual(a.table.columns[columnIndex]);
        }
        // Every column is equal or was left out whole.
        a.table.columns.forEach((column, i) => {
          const other = b.table.columns[i];
          if (JSON.stringify(other) !== JSON.stringify(column))
            expect(column.field !== undefined && JSON.stringify(other).includes(LEFT_OUT)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out what a preview does not read, and nothing when every column is wanted", () => {
    const input: ContactSheetInput = {
      sheetName: "Contacts",
      locale: "en",
      values: [
        ["No.", "Name", "Type", "Industry Groups", "City"],
        ["C1", "Acme", "Company", "#N/A", "Umeå"],
        ["C2", "  ", "Company", "RET", ""],
      ],
    };
    const projected = copyOf(input);
    leaveOutColumns(projected, { fields: MAKE_UP_FIELDS });
    expect(projected.values).toEqual([
      ["No.", "Name", "Type", "Industry Groups", "City"],
      ["C1", LEFT_OUT, "Company", "#N/A", "Umeå"],
      ["C2", "", "Company", LEFT_OUT, ""],
    ]);
    const named = copyOf(input);
    leaveOutColumns(named, {
      fields: ["name"],
      groups: [[{ table: "Contact", field: "industry groups", filter: "X" }]],
    });
    expect(named.values).toEqual(input.values);
  });
});

describe("steps on a book that leaves out columns", () => {
  it("answer and warn as on the whole sheet: Add (preview and done), Reduce, Refine and Log", async () => {
    await fc.assert(
      fc.asyncProperty(
        sheetArb.filter((input) => "built" in built(copyOf(input))),
        filterGroupsArb,
        filterGroupsArb,
        fc.boolean(),
        async (input, addGroups, removeGroups, entire) => {
          // A step the sheet refuses (a filter its column's type does not take) must be refused alike.
          const run = async (book: MemoryBook) => ({
            outcome: await steps(book).catch((error: Error) => error.message),
          });
          const steps = async (book: MemoryBook) => {
            const { no } = await createSegment(book, ctx, { description: "Projected" });
            const options = { ...NO_OPTIONS, expandCompanies: entire };
            const preview = await addContacts(book, ctx, { segmentNo: no, groups: addGroups, options, preview: true });
            const added = await addContacts(book, ctx, { segmentNo: no, groups: addGroups, options });
            const kind = entire ? "refine" : "reduce";
            const removed = await removeContacts(book, ctx, {
              segmentNo: no,
              kind,
              groups: removeGroups as FilterGroup[],
              entireCompanies: entire,
            });
            const logged = await logSegment(book, ctx, { segmentNo: no, includeExcluded: entire }).catch(
              (error: Error) => error.message,
            );
            return { preview, added, removed, logged, warnings: cellProblemsRead(book) };
          };
          const whole = await run(new MemoryBook(copyOf(input)));
          const projected = await run(new ProjectingBook(copyOf(input)));
          expect(projected).toEqual(whole);
        },
      ),
      { numRuns: 30 },
    );
  });
});
