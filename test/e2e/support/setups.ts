/** The four ways Office can show the pane that every browser flow runs in, and the record each panel leaves. */
import { enUS } from "../../../src/taskpane/i18n/en-US";
import { svSE } from "../../../src/taskpane/i18n/sv-SE";
import { seriousAxeFindings } from "./axe";
import type { OpenPlayground } from "./playground";
import { screenshotPath } from "./screenshots";

export const SETUPS = [
  { language: "en-US", theme: "light", strings: enUS },
  { language: "en-US", theme: "dark", strings: enUS },
  { language: "sv-SE", theme: "light", strings: svSE },
  { language: "sv-SE", theme: "dark", strings: svSE },
] as const;

/** The screenshot names of these panels in every setup: "log-dialog-sv-SE-dark". */
export const screenshotsOf = (panels: readonly string[]): string[] =>
  SETUPS.flatMap(({ language, theme }) => panels.map((panel) => `${panel}-${language}-${theme}`));

/** A screenshot of the pane as it is now, and axe over it: no serious or critical finding (named, so a failure says where). */
export async function recordPanel(session: OpenPlayground, name: string): Promise<void> {
  await session.page.getByTestId("task-pane").screenshot({ path: screenshotPath(name) });
  expect({ name, findings: await seriousAxeFindings(await session.paneFrame()) }).toEqual({ name, findings: [] });
}
