/** The pane bench's setup: the browser tests' production playground build and server, without clearing their screenshots. */
import { buildPlayground, type PlaygroundMode } from "../../test/e2e/support/buildPlayground";
import { E2E_GLOBALS, type E2eGlobals } from "../../test/e2e/support/globalSetup";
import { serveDirectory } from "../../test/e2e/support/staticServer";

export default async function globalSetup(): Promise<void> {
  // E2E_PLAYGROUND_MODE=development keeps the functions' names in a profile; the figures are production's.
  const mode: PlaygroundMode = process.env.E2E_PLAYGROUND_MODE === "development" ? "development" : "production";
  const out = await buildPlayground(mode);
  const server = await serveDirectory(out);
  (globalThis as Record<symbol, E2eGlobals>)[E2E_GLOBALS] = { servers: [server], outs: [out] };
  process.env.PLAYGROUND_URL = server.url;
}
