/**
 * A `--db` command is one short process whose peak memory is a goal (docs/decisions.md §D116): V8 is told to favour
 * size over speed, so it collects the old generation again as a step's garbage is promoted, instead of letting it grow
 * to several times what was live at its last full collection, and gives the freed pages back. No limit is set: a
 * larger segment gets the heap it needs. Set by the process's entry (src/cli/main.ts), never inside a library call.
 */
import { setFlagsFromString } from "node:v8";

export function favourMemoryOverSpeed(): void {
  setFlagsFromString("--optimize-for-size");
}
