/**
 * The contact sheet of docs/business-rules.md §11.0 ("Base data"), as Excel's Range.values would return it: a header row,
 * then one row per contact. The Attributes table is folded in as the four multi-valued columns (codes only; the
 * linked customer/vendor numbers in brackets are not contact data). "(blank)" cells are "", Exclude from Segment is
 * a real boolean. Headers are the recognised field captions, so every column is a field.
 */
export type BaseDataCell = string | number | boolean;

export const BC_BASE_HEADERS = [
  "No.",
  "Type",
  "Name",
  "Company No.",
  "Company Name",
  "Salesperson Code",
  "Correspondence Type",
  "Language Code",
  "E-Mail",
  "Exclude from Segment",
  "Industry Groups",
  "Business Relations",
  "Mailing Groups",
  "Job Responsibilities",
] as const;

export const BC_BASE_ROWS: readonly (readonly BaseDataCell[])[] = [
  [
    "CT01",
    "Company",
    "Alpine Ltd",
    "CT01",
    "Alpine Ltd",
    "JO",
    "Email",
    "",
    "info@alp",
    false,
    "RETAIL",
    "CUST",
    "",
    "",
  ],
  ["CT02", "Person", "Anna Berg", "CT01", "Alpine Ltd", "JO", "Email", "", "anna@alp", false, "", "", "NEWS", "PURCH"],
  ["CT03", "Person", "Carl Dahl", "CT01", "Alpine Ltd", "PS", "Hard Copy", "", "", false, "", "", "", "SALES"],
  ["CT04", "Company", "Blue Corp", "CT04", "Blue Corp", "PS", "", "", "", false, "RETAIL, MANUF", "VEND", "XMAS", ""],
  ["CT05", "Person", "Dora Ek", "CT04", "Blue Corp", "PS", "Email", "", "dora@blue", true, "", "", "", ""],
  ["CT06", "Person", "Erik Fors", "CT04", "Blue Corp", "", "", "DEU", "", false, "", "", "NEWS", "PURCH"],
  ["CT07", "Company", "Cedar Inc", "CT07", "Cedar Inc", "JO", "Hard Copy", "", "", true, "MANUF", "CUST", "", ""],
  ["CT08", "Person", "Fay Gold", "CT07", "Cedar Inc", "JO", "Email", "", "fay@cedar", false, "", "", "NEWS", ""],
  ["CT09", "Person", "Gus Hill", "", "", "PS", "Email", "", "gus@mail", false, "", "", "NEWS", ""],
  ["CT10", "Person", "Hanna Ivy", "", "", "", "Hard Copy", "", "", false, "", "", "", ""],
  ["CT11", "Company", "Delta AB", "CT11", "Delta AB", "PS", "Hard Copy", "", "", false, "SERVICE", "PROS", "", ""],
];

/** Header row + contact rows, ready for ContactSheetInput.values (a fresh copy each call). */
export function bcBaseValues(): BaseDataCell[][] {
  return [[...BC_BASE_HEADERS], ...BC_BASE_ROWS.map((row) => [...row])];
}

/** The ContactSheetInput for the base data (sheet "Contacts", header on row 1, locale en). */
export function bcBaseSheet(): { sheetName: string; values: BaseDataCell[][]; locale: string } {
  return { sheetName: "Contacts", values: bcBaseValues(), locale: "en" };
}
