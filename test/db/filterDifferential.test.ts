/**
 * Property: the evaluator and PostgreSQL running compilePgFilter select exactly the same rows, for random columns of
 * every kind and random expressions from the grammar; both refuse the same expressions with the same message.
 * Multi-valued columns are tried stored as text[] and as ;-separated text.
 */
import fc from "fast-check";
import { BOOL_BLANK, type Column, listOf, multiColumn, rowCountOf } from "../../src/domain/contacts/column";
import type { FilterEnv } from "../../src/domain/filter";
import { ensureOrderCollation } from "../../src/db/initDb";
import { compilePgFilter, type MultiValuedStorage } from "../../src/db/pgFilterSql";
import { qualified } from "../../src/db/sqlNames";
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
} from "../support/filterArbitraries";
import { booleans, dates, ENV, lists, numbers, texts } from "../support/filterFixtures";
import { evaluate, type Outcome } from "../support/filterOracle";
import { useTestDatabase } from "../support/pgTestDb";

const database = useTestDatabase();
let schema: string;

beforeAll(async () => {
  schema = await database.initialisedSchema("filter");
  // envArb's languages beyond the two init creates.
  await ensureOrderCollation(database.client, schema, "de");
});

const PG_TYPE = { text: "text", number: "double precision", date: "timestamp", boolean: "boolean" } as const;

/** The column's values as one row each of table t ("row", c); blank text alternates between NULL and ''. */
function cellsOf(column: Column, storage: MultiValuedStorage): unknown[] {
  const cells: unknown[] = [];
  for (let r = 0; r < rowCountOf(column); r++) {
    switch (column.type) {
      case "text":
        if (column.multiValued) {
          const list = listOf(column, r);
          cells.push(
            storage === "array" ? list : list.length === 0 && r % 2 === 0 ? null : list.join(r % 2 === 0 ? ";" : " , "),
          );
        } else {
          const text = column.dictionary[column.codes[r]];
          cells.push(text === "" && r % 2 === 0 ? null : text);
        }
        break;
      case "number":
      case "date":
        cells.push(Number.isNaN(column.values[r]) ? null : column.values[r]);
        break;
      case "boolean":
        cells.push(column.values[r] === BOOL_BLANK ? null : column.values[r] === 1);
        break;
    }
  }
  return cells;
}

async function load(column: Column, storage: MultiValuedStorage): Promise<void> {
  const type = column.type === "text" && column.multiValued && storage === "array" ? "text[]" : PG_TYPE[column.type];
  const t = qualified(schema, "t");
  // Dates arrive as Excel serials and become timestamps here, in SQL, independently of the domain's date code.
  const value =
    column.type === "date"
      ? `timestamp '1899-12-30' + (e->>1)::float8 * interval '1 day'`
      : type === "text[]"
        ? `ARRAY(SELECT jsonb_array_elements_text(e->1))`
        : `(e->>1)::${type}`;
  await database.client.query(`DROP TABLE IF EXISTS ${t}; CREATE TABLE ${t} ("row" integer PRIMARY KEY, c ${type})`);
  const rows = cellsOf(column, storage).map((cell, r) => [r, cell]);
  await database.client.query(
    `INSERT INTO ${t} SELECT (e->>0)::integer, CASE WHEN e->1 = 'null' THEN NULL ELSE ${value} END FROM jsonb_array_elements($1::jsonb) AS e`,
    [JSON.stringify(rows)],
  );
}

async function select(
  expression: string,
  column: Column,
  env: FilterEnv,
  storage: MultiValuedStorage,
): Promise<Outcome> {
  let fragment;
  try {
    fragment = compilePgFilter(
      expression,
      { cell: "c", type: column.type, multiValued: column.type === "text" && column.multiValued ? storage : undefined },
      env,
      { schema },
    );
  } catch (error) {
    return { error: (error as Error).message };
  }
  const result = await database.client.query<{ row: number }>(
    `SELECT "row" FROM ${qualified(schema, "t")} WHERE ${fragment.sql} ORDER BY "row"`,
    [...fragment.params],
  );
  return { rows: result.rows.map((r) => r.row) };
}

async function expectAgreement(
  expression: string,
  column: Column,
  env: FilterEnv,
  storage: MultiValuedStorage,
): Promise<void> {
  const expected = evaluate(expression, column, env);
  const actual = await select(expression, column, env, storage);
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${JSON.stringify(expression)} (${env.locale}): evaluator ${JSON.stringify(expected)}, PostgreSQL ${JSON.stringify(actual)}`,
    );
  }
}

/** ;-separated text cannot hold a value with a separator or surrounding blanks: the evaluator gets what the text holds. */
function asSeparatedText(column: Column): Column {
  if (!(column.type === "text" && column.multiValued)) return column;
  const rows = Array.from({ length: rowCountOf(column) }, (_, r) =>
    listOf(column, r)
      .map((value) => value.trim())
      .filter((v) => v !== "" && !/[;,]/.test(v)),
  );
  return multiColumn({ header: column.header, sheetColumn: column.sheetColumn }, rows);
}

async function agree(
  columnArb: fc.Arbitrary<Column>,
  literals: LiteralArbs,
  numRuns: number,
  storage: MultiValuedStorage = "array",
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(
      columnArb,
      envArb,
      fc.array(expressionArb(literals), { minLength: 1, maxLength: 4 }),
      async (generated, env, expressions) => {
        const column = storage === "separated" ? asSeparatedText(generated) : generated;
        await load(column, storage);
        for (const expression of expressions) await expectAgreement(expression, column, env, storage);
      },
    ),
    { numRuns },
  );
}

describe("evaluator and PostgreSQL select the same rows", () => {
  it("text", () => agree(textColumnArb, TEXT_LITERALS, 220));
  it("multi-valued text as text[]", () => agree(multiColumnArb, TEXT_LITERALS, 120, "array"));
  it("multi-valued text as ;-separated text", () => agree(multiColumnArb, TEXT_LITERALS, 120, "separated"));
  it("numbers", () => agree(numberColumnArb, NUMBER_LITERALS, 100));
  it("dates", () => agree(dateColumnArb, DATE_LITERALS, 100));
  it("Yes/No", () => agree(booleanColumnArb, BOOLEAN_LITERALS, 100));
});

describe("PostgreSQL on hand-checked cases", () => {
  const cases: [Column, string, number[]][] = [
    [texts(["JO", "", "jo", "PS"]), "<>JO", [1, 3]],
    [texts(["Åsa", "Zeta", "Ölund"]), ">Zeta", [0, 2]],
    [texts(["Straße", "STRASSE", "strasse"]), "straße", [0]],
    [texts(["10000", "100000", "10043"]), "10000..10042", [0, 1]],
    [texts(["100%", "1000", "a_b", "axb"]), "*%|a_*", [0, 2]],
    [lists([["NEWS"], ["NEWS", "XMAS"], []]), "NEWS&XMAS", []],
    [lists([["NEWS"], ["NEWS", "XMAS"], []]), "''|XMAS", [1, 2]],
    [numbers([1, NaN, 3]), "<>1", [1, 2]],
    [numbers([1e21, 0.1 + 0.2, 1e-7, 123456.789, -0, 1e15, 0.00001]), "*e*", [0, 2]],
    [numbers([1e21, 0.1 + 0.2, 1e-7, 123456.789, -0]), "0.3*|-*", [1]],
    [dates(["2025-03-31 0.9", "2025-03-30", ""]), "t", [0]],
    [dates(["2025-03-31 0.9", "2025-03-30", ""]), "-1D..", [0, 1]],
    [booleans([true, null, false]), "<>Yes", [1, 2]],
  ];
  it.each(cases.map(([column, expression, rows]) => ({ column, expression, rows })))(
    "$expression",
    async ({ column, expression, rows }) => {
      await load(column, "array");
      expect(await select(expression, column, { ...ENV, locale: "sv" }, "array")).toEqual({ rows });
      expect(evaluate(expression, column, { ...ENV, locale: "sv" })).toEqual({ rows });
    },
  );

  it("sends every value as a parameter: the SQL text holds none of the user's text", () => {
    const fragment = compilePgFilter("'x''; DROP TABLE t; --'|Robert*", { cell: "c", type: "text" }, ENV, {
      schema,
      paramsBefore: 2,
    });
    expect(fragment.sql).not.toContain("DROP");
    expect(fragment.sql).not.toContain("Robert");
    expect(fragment.sql).toContain("$3");
    expect(fragment.params).toEqual(["x'; DROP TABLE t; --", "Robert%"]);
  });
});
