/**
 * The oracle property once more, on columns built the way the add-in builds them: buildContactTable from raw sheet
 * values (outer and non-breaking spaces, numbers stored as text, TRUE/FALSE and Yes/No words, "a; b" lists).
 */
import fc from "fast-check";
import { serialToIso } from "../../../src/domain/contacts/column";
import { buildContactTable } from "../../../src/domain/contacts";
import {
  BOOLEAN_LITERALS,
  DATE_LITERALS,
  NUMBER_LITERALS,
  TEXT_LITERALS,
  dateCell,
  envArb,
  expressionArb,
  numberCell,
  textCell,
} from "../../support/filterArbitraries";
import { SqlOracle } from "../../support/filterOracle";

let oracle: SqlOracle;
beforeAll(async () => {
  oracle = await SqlOracle.open();
});
afterAll(() => oracle.close());

const padded = (text: string) => fc.constantFrom(text, ` ${text}`, `${text}  `, `\u00A0${text}\u00A0`);
const GROUPS = ["NEWS", "news", "XMAS", "Åsa", "RETAIL"];

const rawRow = fc.record({
  name: fc.oneof(textCell.chain(padded), fc.integer({ min: 0, max: 99 })),
  amount: numberCell.chain((n) =>
    Number.isNaN(n) ? fc.constantFrom("", "  ") : fc.oneof(fc.constant<unknown>(n), padded(String(n))),
  ),
  due: dateCell.chain((d) => (Number.isNaN(d) ? fc.constant("") : fc.constantFrom<unknown>(d, serialToIso(d)))),
  active: fc.constantFrom<unknown>(true, false, "Yes", "no", "JA", "", " Nej "),
  groups: fc
    .tuple(fc.array(fc.constantFrom(...GROUPS), { maxLength: 3 }), fc.constantFrom("; ", ",", " ; "))
    .map(([items, sep]) => items.join(sep)),
});

const HEADER = ["No.", "Name", "Amount", "Due", "Active", "Mailing Groups"];

describe("evaluator and SQLite agree on columns from buildContactTable", () => {
  it("every column of a built sheet", () => {
    const expressions = fc.record({
      text: expressionArb(TEXT_LITERALS),
      number: expressionArb(NUMBER_LITERALS),
      date: expressionArb(DATE_LITERALS),
      boolean: expressionArb(BOOLEAN_LITERALS),
    });
    // The builder infers types from the data: make sure every kind really came through.
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(rawRow, { minLength: 1, maxLength: 30 }),
        envArb,
        fc.array(expressions, { minLength: 1, maxLength: 3 }),
        (rows, env, sets) => {
          const values = [
            HEADER,
            ...rows.map((row, r) => [`C${r + 1}`, row.name, row.amount, row.due, row.active, row.groups]),
          ];
          const { table } = buildContactTable({
            sheetName: "Contacts",
            values,
            locale: env.locale,
            numberFormats: [undefined, undefined, "0.00", "yyyy-mm-dd", undefined, undefined],
          });
          for (const column of table.columns.slice(1)) {
            seen.add(column.type === "text" && column.multiValued ? "multi" : column.type);
            oracle.load(column);
            for (const set of sets) oracle.expectAgreement(set[column.type], column, env);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect([...seen].sort()).toEqual(["boolean", "date", "multi", "number", "text"]);
  });
});
