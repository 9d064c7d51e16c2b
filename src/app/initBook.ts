import { SCHEMA_VERSION } from "./store/sheetSpecs";
import { missingSheets } from "./store/dedicatedSheets";
import type { SegmentBook } from "./store/ports";

/** `init`: creates the missing dedicated sheets and the state sheet; changes nothing else. */
export async function initBook(book: SegmentBook): Promise<{ created: string[] }> {
  const createSheets = await missingSheets(book);
  const state = await book.readState();
  await book.commit({ createSheets, state: { schemaVersion: Math.max(state.schemaVersion, SCHEMA_VERSION) } });
  return { created: createSheets.map((c) => c.spec.sheetName) };
}
