/**
 * Property: the evaluator and SQLite (sql.js, in memory) running compileSql select exactly the same rows, for random
 * columns of every kind and random expressions from the grammar. Both refuse the same expressions with the same message.
 */
import fc from "fast-check";
import { type Column, rowCountOf } from "../../../src/domain/contacts/column";
import {
  BOOLEAN_LITERALS,
  DATE_LITERALS,
  NUMBER_LITERALS,
  TEXT_LITERALS,
  booleanColumnArb,
  dateColumnArb,
  envArb,
  expressionArb,
  type LiteralArbs,
  multiColumnArb,
  numberColumnArb,
  textColumnArb,
} from "../../support/filterArbitraries";
import { booleans, dates, ENV, lists, numbers, texts } from "../../support/filterFixtures";
import { evaluate, SqlOracle } from "../../support/filterOracle";

let oracle: SqlOracle;
beforeAll(async () => {
  oracle = await SqlOracle.open();
});
afterAll(() => oracle.close());

function agree(columnArb: fc.Arbitrary<Column>, literals: LiteralArbs, numRuns: number): void {
  fc.assert(
    fc.property(
      columnArb,
      envArb,
      fc.array(expressionArb(literals), { minLength: 1, maxLength: 4 }),
      (column, env, expressions) => {
        oracle.load(column);
        for (const expression of expressions) oracle.expectAgreement(expression, column, env);
      },
    ),
    { numRuns },
  );
}

describe("evaluator and SQLite select the same rows", () => {
  it("text", () => agree(textColumnArb, TEXT_LITERALS, 220));
  it("multi-valued text", () => agree(multiColumnArb, TEXT_LITERALS, 120));
  it("numbers", () => agree(numberColumnArb, NUMBER_LITERALS, 100));
  it("dates", () => agree(dateColumnArb, DATE_LITERALS, 100));
  it("Yes/No", () => agree(booleanColumnArb, BOOLEAN_LITERALS, 100));
});

describe("the oracle itself", () => {
  it("is not vacuous: expressions often select some but not all rows, and are seldom refused", () => {
    let selected = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        textColumnArb.filter((c) => rowCountOf(c) > 5),
        expressionArb(TEXT_LITERALS),
        envArb,
        (column, expression, env) => {
          const outcome = evaluate(expression, column, env);
          if ("error" in outcome) refused++;
          else if (outcome.rows.length > 0 && outcome.rows.length < rowCountOf(column)) selected++;
        },
      ),
      { numRuns: 200, seed: 42 },
    );
    expect(selected).toBeGreaterThan(40);
    expect(refused).toBe(0);
  });

  it("answers hand-checked cases on its own", () => {
    const cases: [Column, string, number[]][] = [
      [texts(["JO", "", "jo", "PS"]), "<>JO", [1, 3]],
      [texts(["Åsa", "Zeta", "Ölund"]), ">Zeta", [0, 2]],
      [texts(["10000", "100000", "10043"]), "10000..10042", [0, 1]],
      [texts(["100%", "1000", "a_b", "axb"]), "*%|a_*", [0, 2]],
      [lists([["NEWS"], ["NEWS", "XMAS"], []]), "NEWS&XMAS", []],
      [lists([["NEWS"], ["NEWS", "XMAS"], []]), "''|XMAS", [1, 2]],
      [numbers([1, NaN, 3]), "<>1", [1, 2]],
      [numbers([1, NaN, 3]), "..3", [0, 2]],
      [dates(["2025-03-31 0.9", "2025-03-30", ""]), "t", [0]],
      [dates(["2025-03-31 0.9", "2025-03-30", ""]), "-1D..", [0, 1]],
      [booleans([true, null, false]), "<>Yes", [1, 2]],
    ];
    for (const [column, expression, rows] of cases) {
      oracle.load(column);
      expect(oracle.select(expression, column, { ...ENV, locale: "sv" })).toEqual({ rows });
    }
  });
});
