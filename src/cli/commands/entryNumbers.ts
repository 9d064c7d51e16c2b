import { UsageError } from "../usage";

/** A positive whole number given to an option ("--logged 8"). */
export function entryNumber(value: string, option: string): number {
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(n) || n <= 0)
    throw new UsageError(`${option} "${value}" is not an entry number (a whole number above 0).`);
  return n;
}

/** "121,122" or repeated options: every number, in the order given. */
export function entryNumbers(values: readonly string[], option: string): number[] {
  return values.flatMap((value) => value.split(",")).map((part) => entryNumber(part, option));
}
