/**
 * Once per e2e run: build the playground into a temporary folder and serve it on a free port. Every test file
 * reads the address from PLAYGROUND_URL; globalTeardown stops the server and removes the folder.
 */
import { rmSync } from "fs";
import { buildPlayground } from "./buildPlayground";
import { SCREENSHOT_DIR } from "./screenshots";
import { serveDirectory, type StaticServer } from "./staticServer";

export interface E2eGlobals {
  server?: StaticServer;
  out?: string;
}

export const E2E_GLOBALS = Symbol.for("contact-segments.e2e");

export default async function globalSetup(): Promise<void> {
  // Screenshots of an earlier run must not stand in for ones this run failed to take.
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  const out = await buildPlayground();
  const server = await serveDirectory(out);
  (globalThis as Record<symbol, E2eGlobals>)[E2E_GLOBALS] = { server, out };
  process.env.PLAYGROUND_URL = server.url;
}
