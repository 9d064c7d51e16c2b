/** Stops what globalSetup started. */
import { rmSync } from "fs";
import { E2E_GLOBALS, type E2eGlobals } from "./globalSetup";

export default async function globalTeardown(): Promise<void> {
  const globals = (globalThis as Record<symbol, E2eGlobals>)[E2E_GLOBALS];
  await globals?.server?.close();
  if (globals?.out) rmSync(globals.out, { recursive: true, force: true });
}
