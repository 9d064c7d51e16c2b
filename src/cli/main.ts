#!/usr/bin/env node
import { runCli } from "./run";

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + "\n"),
  stderr: (text) => process.stderr.write(text + "\n"),
  now: () => new Date(),
}).then((code) => {
  process.exitCode = code;
});
