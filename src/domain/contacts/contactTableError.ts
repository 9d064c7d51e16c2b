import type { Problem } from "./table";

/** How many error messages the summary names before it says "and N more". */
const SUMMARY_SIZE = 3;

/** The contact sheet cannot be used as it is. Nothing is written; every error is in problems, each naming its rows. */
export class ContactTableError extends Error {
  override readonly name = "ContactTableError";

  constructor(
    /** Every error found, not only the first. */
    readonly problems: readonly Problem[],
    /** Warnings found on the way, for panels that show them beside the errors. */
    readonly warnings: readonly Problem[] = [],
  ) {
    super(summarise(problems));
  }
}

function summarise(problems: readonly Problem[]): string {
  const shown = problems.slice(0, SUMMARY_SIZE).map((p) => p.message);
  const rest = problems.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest} more ${rest === 1 ? "problem" : "problems"}.`);
  return shown.join("\n");
}
