import { spawn, execFile } from "child_process";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";

export interface ProcessRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

const ROOT = path.resolve(__dirname, "../..");
let built: Promise<string> | undefined;

/**
 * The real `segments` command as its own process: src/cli compiled once per test file (types are checked by
 * `npm run typecheck`, so this only transpiles) into a temporary folder.
 */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), "segments-cli-"));
    const tsc = path.join(ROOT, "node_modules/typescript/bin/tsc");
    const options = [
      "--outDir",
      out,
      "--rootDir",
      path.join(ROOT, "src"),
      "--module",
      "commonjs",
      "--moduleResolution",
      "node",
      "--target",
      "es2022",
      "--esModuleInterop",
      "--skipLibCheck",
      "--types",
      "node",
      "--noCheck",
    ];
    await promisify(execFile)(process.execPath, [tsc, path.join(ROOT, "src/cli/main.ts"), ...options], { cwd: ROOT });
    // The compiled files find the project's node_modules from beside it.
    await fs.symlink(path.join(ROOT, "node_modules"), path.join(out, "node_modules"), "dir");
    return path.join(out, "cli/main.js");
  })();
  return built;
}

export interface Spawned {
  readonly pid: number;
  readonly done: Promise<ProcessRun>;
  kill(): void;
}

/** Starts `segments ...argv`; `env` adds to the environment (e.g. the crash hook). */
export async function spawnSegments(argv: readonly string[], env: Record<string, string> = {}): Promise<Spawned> {
  const main = await buildCli();
  const child = spawn(process.execPath, [main, ...argv], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<ProcessRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { pid: child.pid ?? -1, done, kill: () => child.kill("SIGKILL") };
}

export async function runSegments(argv: readonly string[], env: Record<string, string> = {}): Promise<ProcessRun> {
  return (await spawnSegments(argv, env)).done;
}

export async function removeBuiltCli(): Promise<void> {
  if (!built) return;
  const main = await built;
  built = undefined;
  await fs.rm(path.dirname(path.dirname(main)), { recursive: true, force: true });
}
