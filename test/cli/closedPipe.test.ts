/** Output piped into a reader that stops early (`| head`) ends quietly, as Unix tools do: a real child process. */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import * as path from "path";
import ts from "typescript";
import { tempDir } from "../support/workbooks";

let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  const source = await fs.readFile(path.join(__dirname, "../../src/cli/closedPipe.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  });
  await fs.writeFile(path.join(dir, "closedPipe.js"), outputText);
  // Writes far more than a pipe buffer holds, as `lines` does for a big segment, after the reader is gone.
  await fs.writeFile(
    path.join(dir, "writer.js"),
    `const { endQuietlyOnClosedPipe } = require("./closedPipe.js");
     if (process.argv[2] === "quiet") endQuietlyOnClosedPipe(process.stdout);
     const line = "x".repeat(200) + "\\n";
     setTimeout(() => { for (let i = 0; i < 20000; i++) process.stdout.write(line); }, 200);`,
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function pipeIntoHead(mode: string): { stderr: string; status: string } {
  const script = `node writer.js ${mode} 2>err.txt | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
  const run = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8" });
  return { stderr: spawnSync("cat", ["err.txt"], { cwd: dir, encoding: "utf8" }).stdout, status: run.stdout.trim() };
}

describe("a closed pipe", () => {
  it("without the handler Node prints an EPIPE stack trace (what the command did before)", () => {
    expect(pipeIntoHead("loud").stderr).toContain("EPIPE");
  });

  it("output piped into head ends quietly on EPIPE: no message, exit code 0", () => {
    expect(pipeIntoHead("quiet")).toEqual({ stderr: "", status: "0" });
  });
});
