/**
 * The refusals teams sharing a workbook meet most come from the gateways (busy, protected, read-only, changed
 * meanwhile, a cell in edit mode, stale rows, taken keys): each carries a message key, so the Swedish pane says them
 * in Swedish while the English pane keeps the gateway's message as written.
 */
import { applySheetChange, duplicateRowsError } from "../../src/app/store/applySheetChange";
import { keyOf } from "../../src/app/store/rows";
import { SEGMENT_LINES, SEGMENTS } from "../../src/app/store/sheetSpecs";
import { DomainError } from "../../src/domain/errors";
import { busy, excelError, interrupted, protectedSheet, readOnlyBook } from "../../src/workbook/excel/errors";
import { changed } from "../../src/workbook/excel/session";
import { enUS } from "../../src/taskpane/i18n";
import { svSE } from "../../src/taskpane/i18n/sv-SE";
import { errorNotice } from "../../src/taskpane/notice";

const thrown = (action: () => unknown): DomainError => {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error;
  }
  throw new Error("expected a DomainError");
};

const line = (segmentNo: string, lineNo: number) => ({ record: { segmentNo, lineNo }, extra: new Map() });

const cases: [string, DomainError, string][] = [
  [
    "busy",
    busy(),
    "En annan ändring av arbetsboken håller på att sparas (av en annan användare, eller en som avbröts). Försök igen om en minut.",
  ],
  ["interrupted", interrupted(), "Excel stannade medan ändringen sparades och den kunde inte ångras än."],
  ["read-only", readOnlyBook(), "Arbetsboken är öppen skrivskyddad, så inget skrevs."],
  ["protected", protectedSheet("Segment Lines"), 'Bladet "Segment Lines" är skyddat, så inget skrevs.'],
  [
    "changed meanwhile, a sheet",
    changed("The Segments sheet", "Segments"),
    'Bladet "Segments" ändrades medan åtgärden pågick',
  ],
  ["changed meanwhile, the workbook", changed("The segments"), "Arbetsboken ändrades medan åtgärden pågick"],
  [
    "cell edit mode",
    excelError({ code: "InvalidOperationInCellEditMode", message: "x" }, "saving the change"),
    "Excel redigerar en cell.",
  ],
  ["access denied", excelError({ code: "AccessDenied", message: "x" }, "saving the change"), "Excel nekade ändringen"],
  [
    "stale rows",
    thrown(() => applySheetChange(SEGMENT_LINES, [], { spec: SEGMENT_LINES, update: [line("SEG00001", 10000)] })),
    "Segment Lines: rader ändrades av någon annan under tiden (seg00001 / 10000). Försök igen.",
  ],
  [
    "a taken key",
    thrown(() =>
      applySheetChange(SEGMENT_LINES, [line("SEG1", 1).record], { spec: SEGMENT_LINES, insert: [line("seg1", 1)] }),
    ),
    "Segment Lines har redan en rad seg1 / 1.",
  ],
  [
    "two rows with one key",
    duplicateRowsError(SEGMENTS, 3, 7, keyOf(SEGMENTS, { no: "SEG1" })),
    "Segments: rader 3 och 7 har samma nyckel (seg1).",
  ],
];

describe("gateway errors in the pane", () => {
  it.each(cases)("%s: Swedish from its key, English as the gateway wrote it", (_, error, swedish) => {
    expect(error.params?.key).toBeDefined();
    expect(svSE.domainErrors.describe(error)).toContain(swedish);
    expect(enUS.domainErrors.describe(error)).toBe(error.message);
    expect(errorNotice(svSE, "Inte sparat", error).detail).toContain(swedish);
  });

  it("keeps the English messages the gateways always gave", () => {
    expect(busy().message).toBe(
      "Another change to this workbook is being saved (by another user, or one that was interrupted). Try again in a minute.",
    );
    expect(cases[8][1].message).toBe(
      "Segment Lines: rows changed by someone else meanwhile (seg00001 / 10000). Try again.",
    );
    expect(changed("The segments").message).toBe(
      "The segments changed while this action was running (another user, or an edit by hand). Nothing was written: run the action again.",
    );
  });
});
