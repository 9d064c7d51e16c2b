/**
 * Once per e2e run: build the playground twice into temporary folders (production, as it ships; development, where
 * React and Fluent warn) and serve each on a free port. Test files read the addresses from PLAYGROUND_URL and
 * PLAYGROUND_DEV_URL; globalTeardown stops the servers and removes the folders.
 */
import { rmSync } from "fs";
import { buildPlayground } from "./buildPlayground";
import { SCREENSHOT_DIR } from "./screenshots";
import { serveDirectory, type StaticServer } from "./staticServer";

export interface E2eGlobals {
  servers: StaticServer[];
  outs: string[];
}

export const E2E_GLOBALS = Symbol.for("contact-segments.e2e");

export default async function globalSetup(): Promise<void> {
  // Screenshots of an earlier run must not stand in for ones this run failed to take.
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  const globals: E2eGlobals = { servers: [], outs: [] };
  (globalThis as Record<symbol, E2eGlobals>)[E2E_GLOBALS] = globals;
  // One after the other: the machine's two cores are better spent on one webpack at a time.
  for (const [mode, variable] of [
    ["production", "PLAYGROUND_URL"],
    ["development", "PLAYGROUND_DEV_URL"],
  ] as const) {
    const out = await buildPlayground(mode);
    globals.outs.push(out);
    const server = await serveDirectory(out);
    globals.servers.push(server);
    process.env[variable] = server.url;
  }
}
