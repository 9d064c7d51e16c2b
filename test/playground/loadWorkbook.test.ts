import { readFileSync } from "fs";
import { join } from "path";
import { xlsxToJson } from "../../playground/build/xlsxToJson";
import { loadWorkbook } from "../../playground/src/workbook/loadWorkbook";

describe("the playground's sample workbook", () => {
  it("is assets/sample-contacts.xlsx as Excel's Range.values gives it, with its date formats", async () => {
    const json = await xlsxToJson(readFileSync(join(__dirname, "..", "..", "assets", "sample-contacts.xlsx")));
    const book = loadWorkbook(json);
    const sheet = book.sheet("Contacts")!;
    expect(sheet.usedBounds()).toEqual({ top: 0, left: 0, bottom: 302, right: 18 });
    expect(sheet.value(2, 0)).toBe("No.");
    expect(sheet.value(3, 12)).toBe(false);
    // Last Contacted: a serial number under a date format, as Excel holds a date.
    expect(typeof sheet.value(3, 18)).toBe("number");
    expect(sheet.format(3, 18)).toBe("yyyy-mm-dd");
    expect(sheet.format(3, 17)).toBe("General");
    expect(book.activeSheet).toBe(0);
  });
});
