/** Builds the playground (its own webpack config, production mode, as the add-in ships, so what the browser tests time is what users get) into a new temporary directory. */
import { execFile } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";

export const ROOT = join(__dirname, "..", "..", "..");

export async function buildPlayground(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "contact-segments-playground-"));
  const args = [
    require.resolve("webpack-cli/bin/cli.js"),
    "--config",
    "playground/webpack.config.js",
    "--mode",
    process.env.E2E_PLAYGROUND_MODE ?? "production",
    "--devtool",
    "false",
    "--output-path",
    out,
  ];
  await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return out;
}
