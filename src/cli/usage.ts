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
  init --db postgresql://USER@HOST:PORT/DB [--schema segments]
               create the dedicated tables in a PostgreSQL schema (postgresql:// alone: the PG* variables;
               the password from PGPASSWORD or ~/.pgpass). Every command takes --db URL [--schema S] instead
               of the workbook, contacts from --contacts SCHEMA.TABLE (a table or view); export writes its
               list with --file there (there is no workbook for --sheet)
  copy book.xlsx --db URL [--schema S] [--contacts SCHEMA.TABLE] [--force]     copy the segment data (every
               dedicated sheet) into the schema (made when missing), and with --contacts the contact sheet into
               that table (made when missing, the sheet's headers as columns); copy --db URL [--schema S] out.xlsx
               [--with-contacts [--contacts SCHEMA.TABLE]] [--force] copies it back into out.xlsx (a new workbook,
               or an existing one's dedicated sheets), the contacts onto a new sheet Contacts of a book without
               contacts. What comes first is the source; a target that holds segment data, or a contact table
               that holds rows, is refused unless --force replaces it
  contacts [--use NAME]     the sheets and tables contacts may be read from, the one in use marked;
               --use reads NAME and, when its contacts can be used, stores it as the workbook's choice
  create   --description T [--salesperson C] [--date YYYY-MM-DD] [--template C] [--campaign C] [--subject T]
  add      SEG [--where "FIELD=FILTER"]... [--or] [--allow-existing] [--expand-companies]
               [--allow-related-companies] [--ignore-exclusion] [--preview]
  reduce   SEG [--where "FIELD=FILTER"]... [--or] [--entire-companies] [--preview]
               remove the lines whose contacts match
  refine   SEG [--where "FIELD=FILTER"]... [--or] [--entire-companies] [--preview]
               keep only the lines whose contacts match
  back     SEG [--force]    undo the last Add, Reduce or Refine exactly (--force: lines were edited by hand)
  forward  SEG [--force]    redo the action Go Back undid
  reset-history SEG        delete the segment's Go Back history (when it is damaged); lines and criteria stay
  lines    SEG
  criteria SEG              the steps that made the segment, readably
  save-criteria  SEG --code C [--description T]   keep the criteria for reuse
  reuse-criteria SEG --code C [--force]           replay saved criteria (--force: the segment has criteria)
  set      SEG --FIELD VALUE ... [--update-lines yes|no]
               change the header; fields: --description --salesperson --date --template --language
               --subject --ignore-contact-corres-type --correspondence-type --information-flow --initiated-by
               --unit-cost --unit-duration --campaign --campaign-target --campaign-response.
               --update-lines answers "update the segment lines?" when lines would change
  delete   SEG              delete the segment with its lines, criteria and history (its No. is not reused)
  apply-mailing-group SEG --group C [--delete-old] [--preview]
               add the mailing group to the Mailing Groups of the segment's contacts (the only change ever made
               to the contact sheet); --delete-old first takes it from every contact; --preview counts only
  export   SEG [--sheet NAME | --file LIST.csv|LIST.xlsx] [--email-only]
               the mailing list: No., Name, Company Name, E-Mail, Correspondence Type, Language Code, Salesperson
               Code; without excluded contacts and repeated e-mails (--email-only: without blank e-mails either)
  erase-contact NO [--yes]  remove the contact from every segment and anonymise its Interaction Log entries
               (data-protection requests); without --yes only says what would change
  log      SEG [--follow-up] [--include-excluded]
               log the segment's interactions and remove it; prints the logged segment's entry no. (and the
               follow-up segment's No.); --include-excluded logs lines whose contact is excluded
  reuse-segment SEG --logged N [--include-excluded] [--include-canceled] [--force]
               add a line per entry of logged segment N (--force: the segment has criteria)
  cancel   --logged N | --entry N[,N...]   cancel a logged segment (and all its entries) or single entries
  uncancel --logged N | --entry N[,N...]   undo a cancel (an entry of a canceled logged segment cannot be)
  entries  [--segment SEG] [--contact C] [--totals]
               the interaction log; --totals: count, cost and duration per template and group (not canceled)
  templates                 the Interaction Templates sheet, every row checked (problems named by row and column)

Options for every command:
  --contacts NAME   the contact sheet or table for this run (default: the stored choice, see contacts --use;
                    else Contacts)
  --locale L        text order of the workbook language (default en)
  --user ID         user ID (default: the operating-system user)
  --workdate D      work date, YYYY-MM-DD (default: today)
  --out FILE        write the result to FILE and leave the book as it is (an existing FILE only with --force)
  --json            machine-readable output

Filters use Business Central's syntax: NEWS|XMAS, A*, *berg*, 10..50, <>JO, '' (blank), -30D..T.
Each --where is one condition; conditions AND together; --or starts a new group.`;
