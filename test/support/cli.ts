import { promises as fs } from "fs";
import { runCli } from "../../src/cli/run";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `segments ...` in-process on a fixed clock (2025-03-04, as in docs/business-rules.md §11 Ex 10). */
export async function segments(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    now: () => new Date(2025, 2, 4, 9, 30),
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

export async function bytes(file: string): Promise<Buffer> {
  return fs.readFile(file);
}
