/** Stops what globalSetup started. */
import { rmSync } from "fs";
import { E2E_GLOBALS, type E2eGlobals } from "./globalSetup";

export default async function globalTeardown(): Promise<void> {
  const globals = (globalThis as Record<symbol, E2eGlobals>)[E2E_GLOBALS];
  for (const server of globals?.servers ?? []) await server.close();
  for (const out of globals?.outs ?? []) rmSync(out, { recursive: true, force: true });
}
