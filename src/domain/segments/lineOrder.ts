import type { ContactFacts } from "./contactFacts";
import { textCollator } from "../text";

/**
 * docs/business-rules.md §3.4: new lines follow Company Name, Company No., Type (company first), Name, then No., so independent
 * persons come first and each company is followed by its persons. Text order is the workbook language's, case ignored.
 */
export function compareForLines(locale: string): (a: ContactFacts, b: ContactFacts) => number {
  const collator = textCollator(locale);
  return (a, b) =>
    collator.compare(a.companyName, b.companyName) ||
    collator.compare(a.companyNo, b.companyNo) ||
    Number(b.isCompany) - Number(a.isCompany) ||
    collator.compare(a.name, b.name) ||
    collator.compare(a.no, b.no);
}
