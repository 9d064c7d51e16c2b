import {
  buildContactTable,
  contactTableSteps,
  ContactTableError,
  type ContactSheetInput,
  type ContactTable,
  type Problem,
} from "../../domain/contacts";
import { refuseAddinSheet } from "../addinSheets";
import { ContactSheetError } from "./contactSheetError";

export { ContactSheetError };
import type { ContactSourceRequest, RunContext, SegmentBook } from "./ports";

export interface LoadedContacts {
  readonly table: ContactTable;
  readonly warnings: readonly Problem[];
}

/**
 * Tables built from a sheet input, by the input object and locale. A book that keeps its reads (the pane's live
 * count) hands out the same input until the sheet changes, so 100,000 contacts are not built again per keystroke.
 */
const built = new WeakMap<ContactSheetInput, Map<string, LoadedContacts>>();

/** Tables being built step by step, so two loads of the same read while the host has the thread build it once. */
const building = new WeakMap<ContactSheetInput, Map<string, Promise<LoadedContacts>>>();

/** The warnings of every contact table a book's use cases built, for a front end that shows them beside any output. */
const readWarnings = new WeakMap<SegmentBook, Problem[]>();

/** The contact sheet as a table; a sheet with errors stops the action with every problem listed. */
export async function loadContacts(
  book: SegmentBook,
  ctx: RunContext,
  request: ContactSourceRequest = {},
): Promise<LoadedContacts> {
  const input = await readContactInput(book, request);
  const { yieldToHost } = ctx;
  return remembered(
    book,
    yieldToHost ? await contactTableYielding(input, ctx.locale, yieldToHost) : contactTableOf(input, ctx.locale),
  );
}

export function remembered(book: SegmentBook, loaded: LoadedContacts): LoadedContacts {
  const known = readWarnings.get(book) ?? [];
  // A sheet read twice (a projected read is never kept) warns once.
  for (const warning of loaded.warnings)
    if (!known.some((seen) => seen.code === warning.code && seen.message === warning.message)) known.push(warning);
  readWarnings.set(book, known);
  return loaded;
}

/** Codes of problems with cells that read as blank because they could not be read: every front end shows them. */
export const CELL_PROBLEM_CODES: ReadonlySet<string> = new Set(["error-cells", "unresolved-formulas", "stray-values"]);

/**
 * The contact sheet's cell problems (errors, formulas without a result, stray values) found by the use cases run
 * on this book so far: a command shows them before its output, whatever it did with the contacts.
 */
export function cellProblemsRead(book: SegmentBook): Problem[] {
  return (readWarnings.get(book) ?? []).filter((warning) => CELL_PROBLEM_CODES.has(warning.code));
}

/** The contact sheet's cells, refused when the name, or the sheet it leads to, is one of the add-in's own. */
export async function readContactInput(
  book: SegmentBook,
  request: ContactSourceRequest = {},
): Promise<ContactSheetInput> {
  if (request.name !== undefined) refuseAddinSheet(request.name);
  const input = await book.readContactSheet(request);
  // A stored choice is checked by the sheet it leads to.
  refuseAddinSheet(input.sheetName);
  return input;
}

/** The table of a sheet already read (Apply Mailing Group also needs the cells as read), built once per read. */
export function contactTableOf(input: ContactSheetInput, locale: string): LoadedContacts {
  const byLocale = built.get(input) ?? new Map<string, LoadedContacts>();
  const known = byLocale.get(locale);
  if (known) return known;
  const loaded = buildTable(input, locale);
  built.set(input, byLocale.set(locale, loaded));
  return loaded;
}

export function buildTable(input: ContactSheetInput, locale: string): LoadedContacts {
  try {
    const { table, warnings } = buildContactTable({ ...input, locale });
    return { table, warnings };
  } catch (error) {
    throw sheetErrorOf(error, input);
  }
}

/**
 * contactTableOf, giving the host its thread back between the build's steps: on a pane, building 100,000 contacts
 * at once was one task of a quarter of a second, during which nothing on the pane answered.
 */
async function contactTableYielding(
  input: ContactSheetInput,
  locale: string,
  yieldToHost: () => Promise<void>,
): Promise<LoadedContacts> {
  const known = built.get(input)?.get(locale);
  if (known) return known;
  const inFlight = building.get(input) ?? new Map<string, Promise<LoadedContacts>>();
  let loading = inFlight.get(locale);
  if (!loading) {
    loading = buildYielding(input, locale, yieldToHost);
    building.set(input, inFlight.set(locale, loading));
  }
  try {
    const loaded = await loading;
    built.set(input, (built.get(input) ?? new Map<string, LoadedContacts>()).set(locale, loaded));
    return loaded;
  } finally {
    inFlight.delete(locale);
  }
}

async function buildYielding(
  input: ContactSheetInput,
  locale: string,
  yieldToHost: () => Promise<void>,
): Promise<LoadedContacts> {
  const steps = contactTableSteps({ ...input, locale });
  try {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await yieldToHost();
    }
  } catch (error) {
    throw sheetErrorOf(error, input);
  }
}

function sheetErrorOf(error: unknown, input: ContactSheetInput): unknown {
  return error instanceof ContactTableError
    ? new ContactSheetError(error.message, error.problems, error.warnings, input.sheetName)
    : error;
}
