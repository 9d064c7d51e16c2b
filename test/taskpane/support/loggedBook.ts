/**
 * Books with a real interaction log for the Interactions tab's tests, made by the use cases themselves:
 * create a segment, add contacts, log it.
 */
import { addContacts } from "../../../src/app/addContacts";
import { createSegment } from "../../../src/app/createSegment";
import { logSegment } from "../../../src/app/logSegment";
import { NO_OPTIONS, type FilterGroup } from "../../../src/domain/segments/step";
import { generateContacts } from "../../support/generateContacts";
import { MemoryBook } from "../../support/memoryBook";
import { baseBook, CTX } from "./pane";

const where = (field: string, filter: string): FilterGroup[] => [[{ table: "Contact", field, filter }]];

async function makeAndLog(
  book: MemoryBook,
  description: string,
  templateCode: string,
  groups: FilterGroup[],
  campaignNo = "",
): Promise<void> {
  const { no } = await createSegment(book, CTX, { description, templateCode, salespersonCode: "JO", campaignNo });
  await addContacts(book, CTX, { segmentNo: no, groups, options: NO_OPTIONS });
  await logSegment(book, CTX, { segmentNo: no, includeExcluded: true });
}

/**
 * The BC base data with two logged segments:
 * 1 = SEG00001 "Spring mailing" (LETTER 2.50 / 5 min, campaign CP01): entries 1–3 for CT09, CT01, CT02;
 * 2 = SEG00002 "Newsletter" (EMAIL 0.10 / 2 min): entries 4–7 for CT09, CT02, CT06, CT08 (BC's line order).
 */
export async function loggedBook(): Promise<MemoryBook> {
  const book = baseBook();
  await makeAndLog(book, "Spring mailing", "LETTER", where("No.", "CT01|CT02|CT09"), "CP01");
  await makeAndLog(book, "Newsletter", "EMAIL", where("Mailing Groups", "NEWS"));
  return book;
}

/** Generated contacts, every one added to SEG00001 "Everyone" (EMAIL) and logged: logged segment 1 with an entry each. */
export async function bigLoggedBook(contacts: number): Promise<MemoryBook> {
  const book = new MemoryBook({ sheetName: "Contacts", values: generateContacts({ rows: contacts }), locale: "en" });
  await makeAndLog(book, "Everyone", "EMAIL", []);
  return book;
}
