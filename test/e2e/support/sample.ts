/** The sample workbook as the playground gets it, for working out what the pane should show. */
import { readFileSync } from "fs";
import { join } from "path";
import { xlsxToJson } from "../../../playground/build/xlsxToJson";
import { ROOT } from "./buildPlayground";

export interface SampleContacts {
  /** The header row (row 3 of the sheet). */
  readonly headers: string[];
  /** The contact rows below it, as objects by header. */
  readonly contacts: Record<string, string | number | boolean>[];
}

export async function sampleContacts(): Promise<SampleContacts> {
  const json = await xlsxToJson(readFileSync(join(ROOT, "assets", "sample-contacts.xlsx")));
  const values = json.sheets[0].values;
  const headers = values[2].map(String);
  const contacts = values.slice(3).map((row) => Object.fromEntries(headers.map((header, c) => [header, row[c]])));
  return { headers, contacts };
}
