/** Templates are checked wherever one is used (docs/business-rules.md §6): create, a header change, Add. */
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import { setHeader } from "../../src/app/setHeader";
import { INTERACTION_TEMPLATES } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet } from "../support/bcBaseData";
import { addByNo, ctx } from "../support/interactionFixtures";
import { MemoryBook } from "../support/memoryBook";

const column = (prop: string) => INTERACTION_TEMPLATES.columns.findIndex((c) => c.prop === prop);

/** A book whose LETTER row (sheet row 3) has `value` in the column of `prop`. */
async function bookWith(prop: string, value: string | number): Promise<MemoryBook> {
  const book = new MemoryBook(bcBaseSheet());
  await initBook(book);
  book.editRows(INTERACTION_TEMPLATES.sheetName, (rows) =>
    rows.map((r) => (r[0] === "LETTER" ? r.map((cell, i) => (i === column(prop) ? value : cell)) : r)),
  );
  return book;
}

it("create refuses a template whose row is not valid, naming the row and column", async () => {
  const book = await bookWith("interactionGroupCode", "");
  await expect(createSegment(book, ctx, { description: "Letter", templateCode: "letter" })).rejects.toThrow(
    "Interaction template letter cannot be used: Interaction Templates row 3, column Interaction Group Code: must have a value (template LETTER).",
  );
  // The other templates still serve.
  await expect(createSegment(book, ctx, { description: "Mail", templateCode: "EMAIL" })).resolves.toMatchObject({
    interactionTemplateCode: "EMAIL",
  });
});

it("a header change to such a template is refused the same way", async () => {
  const book = await bookWith("unitDuration", -1);
  const { no } = await createSegment(book, ctx, { description: "Mail", templateCode: "EMAIL" });
  await expect(setHeader(book, ctx, { segmentNo: no, changes: { interactionTemplateCode: "LETTER" } })).rejects.toThrow(
    /^Interaction template LETTER cannot be used: .*column Unit Duration \(Min\.\): must not be negative \(-1\)/,
  );
});

it("Add refuses to fill lines from a header template whose row went bad", async () => {
  const book = await bookWith("informationFlow", "Outbound");
  const { no } = await createSegment(book, ctx, { description: "Letter", templateCode: "LETTER" });
  book.editRows(INTERACTION_TEMPLATES.sheetName, (rows) =>
    rows.map((r) =>
      r[0] === "LETTER" ? r.map((cell, i) => (i === column("informationFlow") ? "Sideways" : cell)) : r,
    ),
  );
  await expect(addByNo(book, no, "CT01")).rejects.toThrow(
    /column Information Flow: "Sideways" is not Outbound, Inbound or blank/,
  );
});

it("option values typed in another case reach the header in their canonical spelling", async () => {
  const book = await bookWith("informationFlow", "inbound");
  const header = await createSegment(book, ctx, { description: "Letter", templateCode: "LETTER" });
  expect(header.informationFlow).toBe("Inbound");
});
