import { cellProblemsRead } from "../app/store/contactSource";
import { wantsDatabase } from "../db/wantsDatabase";
import { DomainError } from "../domain/errors";
import { parseCommandArgs } from "./args";
import { add } from "./commands/add";
import { applyMailingGroupCommand } from "./commands/applyMailingGroup";
import type { Command } from "./commands/command";
import { contactsCommand } from "./commands/contacts";
import { create } from "./commands/create";
import { criteria, reuseCriteriaCommand, saveCriteriaCommand } from "./commands/criteria";
import { deleteCommand } from "./commands/delete";
import { eraseContactCommand } from "./commands/eraseContact";
import { exportCommand } from "./commands/export";
import { back, forward, resetHistoryCommand } from "./commands/history";
import { reduce, refine } from "./commands/remove";
import { init } from "./commands/init";
import { lines } from "./commands/lines";
import { cancel, uncancel } from "./commands/cancel";
import { entries } from "./commands/entries";
import { log } from "./commands/log";
import { reuseSegmentCommand } from "./commands/reuseSegment";
import { templates } from "./commands/templates";
import { set } from "./commands/set";
import { runContext } from "./context";
import { USAGE, UsageError } from "./usage";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  now(): Date;
}

const COMMANDS: Record<string, Command> = {
  init,
  contacts: contactsCommand,
  create,
  add,
  reduce,
  refine,
  back,
  forward,
  "reset-history": resetHistoryCommand,
  lines,
  criteria,
  "save-criteria": saveCriteriaCommand,
  "reuse-criteria": reuseCriteriaCommand,
  set,
  delete: deleteCommand,
  "apply-mailing-group": applyMailingGroupCommand,
  export: exportCommand,
  "erase-contact": eraseContactCommand,
  log,
  cancel,
  uncancel,
  entries,
  "reuse-segment": reuseSegmentCommand,
  templates,
};

/** Runs one `segments` command; returns the exit code (0 done, 1 domain or validation error, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return 0;
  }
  try {
    if (name === undefined) throw new UsageError("No command given.");
    if (name === "copy") {
      // Loaded only when asked for: copy and --db bring in the PostgreSQL client, which a workbook command never uses.
      const { runCopyCommand } = await import("./copy");
      const outcome = await runCopyCommand(args);
      for (const warning of outcome.warnings) io.stderr(`warning: ${warning}`);
      io.stdout(outcome.asJson ? JSON.stringify(outcome.json) : outcome.text);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command)
      throw new UsageError(`Unknown command "${name}". Commands: ${[...Object.keys(COMMANDS), "copy"].join(", ")}.`);
    if (wantsDatabase(args)) {
      const { runDbCommand } = await import("../db/cli");
      const outcome = await runDbCommand(name, command, args, io.now());
      for (const warning of outcome.warnings ?? []) io.stderr(`warning: ${warning}`);
      io.stdout(outcome.asJson ? JSON.stringify(outcome.json) : outcome.text);
      return 0;
    }
    command.checkArgs?.(args);
    const parsed = parseCommandArgs(args, command.options);
    const [bookPath, ...rest] = parsed.positionals;
    if (bookPath === undefined) throw new UsageError(`${name} needs the workbook: segments ${name} book.xlsx ...`);
    const missing = command.positionals.slice(rest.length);
    if (missing.length > 0) throw new UsageError(`${name} needs ${missing.join(" ")} after the workbook.`);
    if (rest.length > command.positionals.length)
      throw new UsageError(`Unexpected argument "${rest[command.positionals.length]}".`);
    const ctx = runContext(parsed.common, io.now());
    // The workbook's reader and writer are loaded here, not by --db commands (docs/decisions.md §D99).
    const { lockBook, refuseExisting } = await import("../workbook/xlsx/bookFile");
    const { XlsxBook } = await import("../workbook/xlsx/xlsxBook");
    const { out, force } = parsed.common;
    if (out !== undefined && !force) await refuseExisting(out);
    // Held from reading the book to writing it, so a second run on the same book cannot lose this one's change.
    const lock = await lockBook(out ?? bookPath);
    let outcome;
    let cells: string[];
    try {
      const book = await XlsxBook.open(bookPath, {
        contactsAhead: command.readsContacts ? { name: parsed.common.contacts } : undefined,
      });
      outcome = await command.run(book, ctx, parsed, rest);
      if (outcome.changed) await book.save(out ?? bookPath, { replace: out === undefined || force });
      cells = cellProblemsRead(book).map((problem) => problem.message);
    } finally {
      await lock.release();
    }
    // Cells read as blank because they could not be read are said by every command, once, before its output.
    const own = outcome.warnings ?? [];
    for (const warning of [...cells.filter((message) => !own.includes(message)), ...own])
      io.stderr(`warning: ${warning}`);
    io.stdout(parsed.common.json ? JSON.stringify(outcome.json) : outcome.text);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\nRun "segments --help" for usage.`);
      return 2;
    }
    if (error instanceof DomainError) {
      io.stderr(error.message);
      return 1;
    }
    io.stderr(`Unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}
