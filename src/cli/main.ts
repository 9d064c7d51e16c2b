#!/usr/bin/env node
import { favourMemoryOverSpeed } from "../db/memoryPolicy";
import { wantsDatabase } from "../db/wantsDatabase";
import { endQuietlyOnClosedPipe } from "./closedPipe";
import { runCli } from "./run";

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);

const args = process.argv.slice(2);
if (wantsDatabase(args)) favourMemoryOverSpeed();

runCli(args, {
  stdout: (text) => process.stdout.write(text + "\n"),
  stderr: (text) => process.stderr.write(text + "\n"),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
