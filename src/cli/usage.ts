/** A mistake in how the command was called: exit code 2 and the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export const USAGE = `Usage: segments <command> <book.xlsx> [arguments]

Commands:
  init                      create the missing dedicated sheets
  create   --description T [--salesperson C] [--date YYYY-MM-DD] [--template C] [--campaign C] [--subject T]
  add      SEG [--where "FIELD=FILTER"]... [--or] [--allow-existing] [--expand-companies]
               [--allow-related-companies] [--ignore-exclusion] [--preview]
  lines    SEG

Options for every command:
  --contacts NAME   the contact sheet or table (default: the stored choice, else Contacts)
  --locale L        text order of the workbook language (default en)
  --user ID         user ID (default: the operating-system user)
  --workdate D      work date, YYYY-MM-DD (default: today)
  --out FILE        write the result to FILE and leave the book as it is
  --json            machine-readable output

Filters use Business Central's syntax: NEWS|XMAS, A*, *berg*, 10..50, <>JO, '' (blank), -30D..T.
Each --where is one condition; conditions AND together; --or starts a new group.`;
