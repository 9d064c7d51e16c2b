#!/usr/bin/env node
import { endQuietlyOnClosedPipe } from "./closedPipe";
import { runCli } from "./run";

endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + "\n"),
  stderr: (text) => process.stderr.write(text + "\n"),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
