/**
 * matchRows(within) tests only the rows earlier conditions left; it must equal the whole-sheet answer ANDed
 * with `within`, whichever path it takes (partial dictionary, whole dictionary, word skipping).
 */
import fc from "fast-check";
import { BitSet } from "../../../src/domain/bitset";
import { rowCountOf, type Column } from "../../../src/domain/contacts/column";
import { compileCondition } from "../../../src/domain/filter";
import {
  BOOLEAN_LITERALS,
  booleanColumnArb,
  DATE_LITERALS,
  dateColumnArb,
  envArb,
  expressionArb,
  multiColumnArb,
  NUMBER_LITERALS,
  numberColumnArb,
  TEXT_LITERALS,
  textColumnArb,
  type LiteralArbs,
} from "../../support/filterArbitraries";
import { texts } from "../../support/filterFixtures";

const withinOf = (column: Column) =>
  fc.array(fc.boolean(), { minLength: rowCountOf(column), maxLength: rowCountOf(column) });

function agrees(columnArb: fc.Arbitrary<Column>, literals: LiteralArbs): void {
  fc.assert(
    fc.property(
      columnArb.chain((column) => fc.tuple(fc.constant(column), withinOf(column), expressionArb(literals), envArb)),
      ([column, flags, expression, env]) => {
        let compiled;
        try {
          compiled = compileCondition(expression, column, env);
        } catch {
          return; // malformed expressions are the error tests' business
        }
        const within = BitSet.fromIndexes(
          flags.length,
          flags.flatMap((on, row) => (on ? [row] : [])),
        );
        expect(compiled.matchRows(within).toArray()).toEqual(compiled.matchRows().and(within).toArray());
      },
    ),
    { numRuns: 300 },
  );
}

describe("matchRows within earlier rows", () => {
  it("agrees with the whole answer on text columns", () => agrees(textColumnArb, TEXT_LITERALS));
  it("agrees with the whole answer on multi-valued columns", () => agrees(multiColumnArb, TEXT_LITERALS));
  it("agrees with the whole answer on number columns", () => agrees(numberColumnArb, NUMBER_LITERALS));
  it("agrees with the whole answer on date columns", () => agrees(dateColumnArb, DATE_LITERALS));
  it("agrees with the whole answer on boolean columns", () => agrees(booleanColumnArb, BOOLEAN_LITERALS));

  it("evaluates only the names the remaining rows use when they are few (and still answers right)", () => {
    const names = Array.from({ length: 400 }, (_, i) => `Name ${i}${i % 7 === 0 ? " berg" : ""}`);
    const column = texts(names);
    const within = BitSet.fromIndexes(400, [0, 1, 7, 14, 398]);
    const env = { today: "2025-01-01", workdate: "2025-01-01", locale: "en" };
    expect(compileCondition("*BERG*", column, env).matchRows(within).toArray()).toEqual([0, 7, 14]);
    expect(compileCondition("<>*berg*", column, env).matchRows(within).toArray()).toEqual([1, 398]);
  });
});
