/** A small contact sheet with a title row, two companies, their people and independents. */
export const SMALL_CONTACTS: readonly (readonly unknown[])[] = [
  ["Our contacts"],
  [],
  ["No.", "Type", "Name", "Company No.", "Company Name", "Salesperson Code", "Correspondence Type", "E-Mail", "Exclude from Segment", "Industry Groups", "Mailing Groups", "Employees"],
  ["K1", "Company", "Alpine Ltd", "K1", "Alpine Ltd", "JO", "Email", "info@alp", false, "RETAIL", "", 120],
  ["K2", "Person", "Anna Berg", "K1", "Alpine Ltd", "JO", "Email", "anna@alp", false, "", "NEWS", ""],
  ["K3", "Person", "Carl Dahl", "K1", "Alpine Ltd", "PS", "Hard Copy", "", false, "", "NEWS; XMAS", ""],
  ["K4", "Company", "Blue Corp", "K4", "Blue Corp", "PS", "", "", false, "MANUF", "XMAS", 40],
  ["K5", "Person", "Dora Ek", "K4", "Blue Corp", "PS", "Email", "dora@blue", true, "", "NEWS", ""],
  ["K6", "Person", "=1+1 Åsa Ölund", "", "", "", "Email", "asa@mail", false, "", "NEWS", ""],
  ["K7", "Person", "+46 Gus Hill", "", "", "PS", "Hard Copy", "gus@mail", false, "", "", ""],
];
