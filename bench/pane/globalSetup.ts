/** The pane bench's setup: the browser tests' production playground build and server, without clearing their screenshots. */
import { buildPlayground } from "../../test/e2e/support/buildPlayground";
import { E2E_GLOBALS, type E2eGlobals } from "../../test/e2e/support/globalSetup";
import { serveDirectory } from "../../test/e2e/support/staticServer";

export default async function globalSetup(): Promise<void> {
  const out = await buildPlayground("production");
  const server = await serveDirectory(out);
  (globalThis as Record<symbol, E2eGlobals>)[E2E_GLOBALS] = { servers: [server], outs: [out] };
  process.env.PLAYGROUND_URL = server.url;
}
