import type { Problem } from "../../src/domain/contacts";
import { describePlace, enUS, loadStrings } from "../../src/taskpane/i18n";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { listProblems, MAX_LISTED_PROBLEMS, placeAddress } from "../../src/taskpane/panels/contacts/contactsModel";
import { pickThemeKind } from "../../src/taskpane/theme";

const problem = (severity: Problem["severity"], row?: number): Problem => ({
  severity,
  sheet: "Contacts",
  row,
  code: "x",
  message: `m${row}`,
});

describe("loadStrings", () => {
  it("speaks Swedish when Office does, English otherwise", async () => {
    expect(await loadStrings("sv-SE")).toBe(svSE);
    expect(await loadStrings("SV")).toBe(svSE);
    expect(await loadStrings("en-US")).toBe(enUS);
    expect(await loadStrings(undefined)).toBe(enUS);
    // The words are the catalogue's; the dates are in the display language's own form.
    const finland = await loadStrings("sv-FI");
    expect({ ...finland, dates: svSE.dates }).toEqual(svSE);
    expect(finland.dates.format("2026-12-02")).toBe("2.12.2026");
    const britain = await loadStrings("en-GB");
    expect({ ...britain, dates: enUS.dates }).toEqual(enUS);
    expect(britain.dates.format("2026-12-02")).toBe("02/12/2026");
    expect((await loadStrings("sl-SI")).segment).toBe(enUS.segment);
  });

  it("has a caption for every field in both languages", () => {
    expect(Object.keys(svSE.fields).sort()).toEqual(Object.keys(enUS.fields).sort());
    expect(enUS.fields.email).toBe("E-Mail");
    expect(svSE.fields.email).toBe("E-post");
  });

  it("counts in each language's words and digits", () => {
    expect(enUS.contacts.contactCount(1)).toBe("1 contact");
    expect(enUS.contacts.contactCount(12345)).toBe("12,345 contacts");
    expect(svSE.contacts.contactCount(1)).toBe("1 kontakt");
    expect(svSE.contacts.contactCount(12345)).toBe("12\u00a0345 kontakter");
  });
});

describe("describePlace", () => {
  it("names the row and the column, as much as is known", () => {
    expect(describePlace(enUS, { sheet: "Contacts", row: 14, column: "E-Mail", columnLetter: "C" })).toBe(
      "Row 14, column E-Mail (C)",
    );
    expect(describePlace(svSE, { sheet: "Contacts", row: 14, column: "E-post", columnLetter: "C" })).toBe(
      "Rad 14, kolumn E-post (C)",
    );
    expect(describePlace(enUS, { sheet: "Contacts", column: "No." })).toBe("Column No.");
    expect(describePlace(enUS, { sheet: "Contacts", columnLetter: "F" })).toBe("Column F");
    expect(describePlace(svSE, { sheet: "Contacts", row: 3 })).toBe("Rad 3");
    expect(describePlace(enUS, { sheet: "Contacts" })).toBe("");
  });
});

describe("listProblems", () => {
  it("lists errors before warnings, each in row order", () => {
    const { listed, more } = listProblems([
      problem("warning", 2),
      problem("error", 9),
      problem("warning", 1),
      problem("error", 3),
    ]);
    expect(listed.map((p) => `${p.severity}${p.row}`)).toEqual(["error3", "error9", "warning1", "warning2"]);
    expect(more).toBe(0);
  });

  it("lists at most MAX_LISTED_PROBLEMS and counts the rest", () => {
    const many = Array.from({ length: MAX_LISTED_PROBLEMS + 7 }, (_, i) => problem("error", i + 2));
    const { listed, more } = listProblems(many);
    expect(listed).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(more).toBe(7);
  });
});

describe("pickThemeKind", () => {
  it("follows Office's dark flag, else the darkness of its background", () => {
    expect(pickThemeKind({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe("dark");
    expect(pickThemeKind({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe("light");
    expect(pickThemeKind({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(pickThemeKind({ bodyBackgroundColor: "#e6e6e6" })).toBe("light");
    expect(pickThemeKind({ bodyBackgroundColor: "teal" })).toBe("light");
    expect(pickThemeKind(undefined)).toBe("light");
  });

  it("uses high contrast whenever the system forces colours", () => {
    expect(pickThemeKind({ isDarkTheme: true }, true)).toBe("highContrast");
  });
});

describe("placeAddress", () => {
  it("addresses a problem's cell, row or column for selecting it", () => {
    expect(placeAddress(14, "C")).toBe("C14");
    expect(placeAddress(14, undefined)).toBe("14:14");
    expect(placeAddress(undefined, "E")).toBe("E:E");
    expect(placeAddress(undefined, undefined)).toBeUndefined();
  });
});
