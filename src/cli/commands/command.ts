import type { RunContext, SegmentBook } from "../../app/store/ports";
import type { ParsedArgs } from "../args";

/** What a command prints, and whether it changed the book (read-only runs leave the file alone). */
export interface CommandOutcome {
  readonly text: string;
  readonly json: unknown;
  readonly changed: boolean;
  /** Non-fatal notes for stderr (contact-sheet warnings). */
  readonly warnings?: readonly string[];
}

export interface Command {
  readonly options: Record<string, { type: "string" | "boolean"; multiple?: boolean }>;
  /** How many positionals after the book (e.g. SEG). */
  readonly positionals: readonly string[];
  /** Checks the raw arguments before parsing, for a command whose options are data (set's --FIELD VALUE). */
  checkArgs?(args: readonly string[]): void;
  /**
   * Reads the contact sheet after the segment's own sheets: the book is opened with the sheet inflating on a second
   * thread meanwhile (docs/decisions.md §D103).
   */
  readonly readsContacts?: true;
  run(book: SegmentBook, ctx: RunContext, args: ParsedArgs, rest: readonly string[]): Promise<CommandOutcome>;
}
