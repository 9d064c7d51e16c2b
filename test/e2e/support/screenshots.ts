/**
 * Screenshots the browser tests must leave under test-results/e2e/: every name asked for is checked at the end, so
 * a run that skipped one fails instead of silently leaving a gap in the record of what the pane looked like.
 */
import { existsSync, mkdirSync, statSync } from "fs";
import { join } from "path";
import { ROOT } from "./buildPlayground";

export const SCREENSHOT_DIR = join(ROOT, "test-results", "e2e");

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

/** The expected screenshots that are missing or empty. */
export function missingScreenshots(names: readonly string[]): string[] {
  return names.filter((name) => {
    const file = join(SCREENSHOT_DIR, `${name}.png`);
    return !existsSync(file) || statSync(file).size === 0;
  });
}
