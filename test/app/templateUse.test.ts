/** Templates are checked wherever one is used (docs/business-rules.md §6): create, a header change, Add. */
import { createSegment } from "../../src/app/createSegment";
import { initBook } from "../../src/app/initBook";
import { setHeader } from "../../src/app/setHeader";
import { INTERACTION_TEMPLATES } from "../../src/app/store/sheetSpecs";
import { bcBaseSheet } from "../support/bcBaseData";
import { addByNo, ctx } from "../support/interactionFixtures";
import { eachBook, type BookFactory, type TestBook } from "../support/bookMatrix";

/** A book whose LETTER row (sheet row 3) has `value` in the column of `prop`. */
async function bookWith(books: BookFactory, prop: string, value: string | number): Promise<TestBook> {
  const book = await books.open(bcBaseSheet());
  await initBook(book);
  await setLetter(book, prop, value);
  return book;
}

/** Types `value` into the LETTER template's column of `prop`, by hand. */
async function setLetter(book: TestBook, prop: string, value: string | number): Promise<void> {
  await book.editRecords(INTERACTION_TEMPLATES, (rows) =>
    rows.map((r) => (r.code === "LETTER" ? { ...r, [prop]: value } : r)),
  );
}

eachBook((books) => {
  it("create refuses a template whose row is not valid, naming the row and column", async () => {
    const book = await bookWith(books, "interactionGroupCode", "");
    await expect(createSegment(book, ctx, { description: "Letter", templateCode: "letter" })).rejects.toThrow(
      "Interaction template letter cannot be used: Interaction Templates row 3, column Interaction Group Code: must have a value (template LETTER).",
    );
    // The other templates still serve.
    await expect(createSegment(book, ctx, { description: "Mail", templateCode: "EMAIL" })).resolves.toMatchObject({
      interactionTemplateCode: "EMAIL",
    });
  });

  it("a header change to such a template is refused the same way", async () => {
    const book = await bookWith(books, "unitDuration", -1);
    const { no } = await createSegment(book, ctx, { description: "Mail", templateCode: "EMAIL" });
    await expect(
      setHeader(book, ctx, { segmentNo: no, changes: { interactionTemplateCode: "LETTER" } }),
    ).rejects.toThrow(
      /^Interaction template LETTER cannot be used: .*column Unit Duration \(Min\.\): must not be negative \(-1\)/,
    );
  });

  it("Add refuses to fill lines from a header template whose row went bad", async () => {
    const book = await bookWith(books, "informationFlow", "Outbound");
    const { no } = await createSegment(book, ctx, { description: "Letter", templateCode: "LETTER" });
    await setLetter(book, "informationFlow", "Sideways");
    await expect(addByNo(book, no, "CT01")).rejects.toThrow(
      /column Information Flow: "Sideways" is not Outbound, Inbound or blank/,
    );
  });

  it("option values typed in another case reach the header in their canonical spelling", async () => {
    const book = await bookWith(books, "informationFlow", "inbound");
    const header = await createSegment(book, ctx, { description: "Letter", templateCode: "LETTER" });
    expect(header.informationFlow).toBe("Inbound");
  });
});
