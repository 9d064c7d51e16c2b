/**
 * Codes are kept in the narrowest array that holds the dictionary's largest code, and the builder widens them as
 * its dictionaries grow, also between the slices of a stepped build (docs/decisions.md §D81). The oracle builds
 * each column in one go; both must give the same table.
 */
import { buildContactTable, contactTableSteps } from "../../../src/domain/contacts/buildContactTable";
import type { Column, ContactSheetInput, ContactTable, MultiColumn, TextColumn } from "../../../src/domain/contacts";
import { buildContactTable as oracleBuild } from "../../support/contactTableOracle/buildContactTable";
import { comparable } from "../../support/contactTableOracle/comparable";

const ROWS = 70_000; // more distinct names than 2 bytes hold

function sheet(): ContactSheetInput {
  const values: (string | number)[][] = [
    ["No.", "Name", "City", "Salesperson Code", "Mailing Groups", "Industry Groups"],
  ];
  for (let r = 0; r < ROWS; r++) {
    values.push([
      `CT${r}`,
      `Person ${r}`,
      `City ${r % 300}`,
      `SP${r % 7}`,
      `M${r % 400}; M${(r * 7) % 400}`,
      r % 3 === 0 ? "" : `IG${r % 5}`,
    ]);
  }
  return { sheetName: "Contacts", locale: "en", values };
}

function stepped(input: ContactSheetInput, rowsPerStep: number) {
  const steps = contactTableSteps(input, rowsPerStep);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * "" when the two columns hold the same codes, in the same kind of array, over the same dictionary. A multi-valued
 * column's rows are compared by what they hold (the oracle does not number cells as the builder does).
 */
function difference(built: Column, oracle: Column): string {
  if (built.type === "text" && built.multiValued && oracle.type === "text" && oracle.multiValued) {
    if (built.codes.constructor !== oracle.codes.constructor) return `${built.header}: ${built.codes.constructor.name}`;
    if (built.dictionary.join("\n") !== oracle.dictionary.join("\n")) return `${built.header}: dictionary`;
    return JSON.stringify(comparableRows(built)) === JSON.stringify(comparableRows(oracle))
      ? ""
      : `${built.header}: rows`;
  }
  if (built.type !== "text" || oracle.type !== "text") return built.type === oracle.type ? "" : "type";
  if (built.codes.constructor !== oracle.codes.constructor) return `${built.header}: ${built.codes.constructor.name}`;
  if (built.codes.length !== oracle.codes.length) return `${built.header}: ${built.codes.length} codes`;
  for (let i = 0; i < built.codes.length; i++)
    if (built.codes[i] !== oracle.codes[i]) return `${built.header}: code ${i}`;
  if (built.dictionary.join("\n") !== oracle.dictionary.join("\n")) return `${built.header}: dictionary`;
  return "";
}

function comparableRows(column: MultiColumn): unknown {
  return comparable({ table: { columns: [column] } as unknown as ContactTable }).table.columns[0];
}

function column(columns: readonly Column[], header: string): TextColumn | MultiColumn {
  const found = columns.find((c) => c.header === header);
  if (!found || found.type !== "text") throw new Error(`no text column ${header}`);
  return found;
}

describe("dictionary codes", () => {
  const input = sheet();
  const expected = oracleBuild(input);

  it("widen as the dictionary grows, whatever the slices", () => {
    for (const built of [buildContactTable(input), stepped(input, 1000), stepped(input, 97)]) {
      expect(built.warnings).toEqual(expected.warnings);
      expect(built.table.columns.map((c, i) => difference(c, expected.table.columns[i]))).toEqual(
        expected.table.columns.map(() => ""),
      );
    }
  });

  it("sit in the narrowest array that holds the largest", () => {
    const { columns } = buildContactTable(input).table;
    const kinds = Object.fromEntries(
      ["No.", "Name", "City", "Salesperson Code", "Mailing Groups", "Industry Groups"].map((header) => [
        header,
        column(columns, header).codes.constructor.name,
      ]),
    );
    expect(kinds).toEqual({
      "No.": "Int32Array",
      Name: "Int32Array",
      City: "Uint16Array",
      "Salesperson Code": "Uint8Array",
      "Mailing Groups": "Uint16Array",
      "Industry Groups": "Uint8Array",
    });
    // 400 distinct lists: a row's cell takes 2 bytes; Industry Groups has 6 (blank included).
    expect((column(columns, "Mailing Groups") as MultiColumn).cells.constructor.name).toBe("Uint16Array");
    expect((column(columns, "Industry Groups") as MultiColumn).cells.constructor.name).toBe("Uint8Array");
    const name = column(columns, "Name");
    expect(name.dictionary[name.codes[ROWS - 1]]).toBe(`Person ${ROWS - 1}`);
    const city = column(columns, "City");
    expect(city.dictionary[city.codes[299]]).toBe("City 299");
  });
});
