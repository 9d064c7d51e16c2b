import { enUS } from "../../src/taskpane/i18n";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import type { Strings } from "../../src/taskpane/i18n/strings";
import type { ConditionMode } from "../../src/taskpane/panels/segment/builder/operators";
import { stepChips } from "../../src/taskpane/panels/segment/builder/chipText";
import type { ConditionDraft, GroupDraft } from "../../src/taskpane/panels/segment/builder/stepDraft";

let nextId = 1;
const condition = (field: string, mode: ConditionMode, value = ""): ConditionDraft => ({
  id: nextId++,
  table: "Contact",
  field,
  kind: "text",
  mode,
  value,
});
const group = (...conditions: ConditionDraft[]): GroupDraft => ({ id: nextId++, conditions });

/** The captions a pane shows: the recognised fields in the pane's language, other headers as on the sheet. */
const chipsIn = (strings: Strings, groups: readonly GroupDraft[]) =>
  stepChips(
    groups,
    (c) =>
      c.field === "Name"
        ? strings.fields.name
        : c.field === "Salesperson Code"
          ? strings.fields.salespersonCode
          : c.field,
    { ...strings.segment.builder.chipWords, operators: strings.segment.builder.operators },
  );

const STEP = [
  group(condition("Name", "contains", " berg "), condition("City", "notEquals", "Lund")),
  group(condition("Mailing Groups", "oneOf", "NEWS|XMAS|"), condition("E-Mail", "notBlank")),
  group(condition("Employees", "between", "1..10"), condition("Salesperson Code", "expression", "JO|P*")),
  // Not sent: no field, or no value yet.
  group(condition("", "equals", "x"), condition("Name", "startsWith", "  ")),
];

describe("the step in plain words", () => {
  it("says each condition sent as a chip, group by group, in English", () => {
    expect(chipsIn(enUS, STEP)).toEqual([
      ["Name contains berg", "City is not Lund"],
      ["Mailing Groups is one of NEWS, XMAS", "E-Mail is not blank"],
      ["Employees is between 1 and 10", "Salesperson Code matches JO|P*"],
    ]);
  });

  it("says the same in Swedish", () => {
    expect(chipsIn(svSE, STEP)).toEqual([
      ["Namn innehåller berg", "City är inte Lund"],
      ["Mailing Groups är något av NEWS, XMAS", "E-Mail är inte tomt"],
      ["Employees ligger mellan 1 och 10", "Säljarkod matchar JO|P*"],
    ]);
  });

  it("keeps an open range as typed, and says nothing of an empty step", () => {
    expect(chipsIn(enUS, [group(condition("Employees", "between", "5.."))])).toEqual([["Employees is between 5.."]]);
    expect(chipsIn(enUS, [group(condition("", "equals"))])).toEqual([]);
  });
});
