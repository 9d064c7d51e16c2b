/**
 * Builds the playground (its own webpack config) into a new temporary directory: in production mode, as the add-in
 * ships, so what the browser tests time is what users get; and in development mode, the only build in which React
 * and Fluent say their warnings, for the flows that must leave the console clean.
 */
import { execFile } from "child_process";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";

export const ROOT = join(__dirname, "..", "..", "..");

export type PlaygroundMode = "production" | "development";

export async function buildPlayground(mode: PlaygroundMode): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), `contact-segments-playground-${mode}-`));
  const args = [
    require.resolve("webpack-cli/bin/cli.js"),
    "--config",
    "playground/webpack.config.js",
    "--mode",
    mode,
    "--devtool",
    "false",
    "--output-path",
    out,
  ];
  await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return out;
}
