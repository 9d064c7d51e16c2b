/** Opening the playground in a browser page, and reading its simulated workbook from the test. */
import type { Browser, ConsoleMessage, Frame, FrameLocator, Page } from "playwright-core";
import { formatSettings, DEFAULT_SETTINGS, type PlaygroundSettings } from "../../../playground/src/settings";

/** How long a step may take before the test gives up: generous, since CI shares two cores (not a speed check). */
export const STEP_TIMEOUT = 60_000;

export interface OpenPlayground {
  readonly page: Page;
  /** The task pane's iframe, for locators. */
  readonly pane: FrameLocator;
  /** The same iframe as a frame, for evaluate (axe, the pane's document). */
  paneFrame(): Promise<Frame>;
  /** Page errors seen so far: a pane that throws fails the test even when it still draws something. */
  readonly errors: string[];
  /**
   * React's and Fluent's warnings (and Tabster's, Fluent's focus library) seen in the console so far, in the page or
   * the pane. Only the development build says them; the production build strips them.
   */
  readonly warnings: string[];
}

/** How React ("Warning: ..."), Fluent ("@fluentui/react-dialog ...") and Tabster start their console warnings. */
const REACT_OR_FLUENT = /^Warning: |@fluentui|React|tabster/i;

/** Where globalSetup serves the playground: built for production (as it ships) or for development (React warns). */
export function playgroundUrl(build: "production" | "development" = "production"): string {
  const variable = build === "production" ? "PLAYGROUND_URL" : "PLAYGROUND_DEV_URL";
  const url = process.env[variable];
  if (!url) throw new Error(`${variable} is not set: run the browser tests with npm run test:e2e.`);
  return url;
}

export async function openPlayground(
  browser: Browser,
  settings: Partial<PlaygroundSettings> = {},
  build: "production" | "development" = "production",
): Promise<OpenPlayground> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(STEP_TIMEOUT);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const warnings: string[] = [];
  page.on("console", (message: ConsoleMessage) => {
    const kind = message.type();
    if ((kind === "warning" || kind === "error") && REACT_OR_FLUENT.test(message.text())) warnings.push(message.text());
  });
  await page.goto(`${playgroundUrl(build)}${formatSettings({ ...DEFAULT_SETTINGS, ...settings })}`);
  const paneFrame = async () => {
    const handle = await page.getByTestId("task-pane").elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error("The task pane's iframe has no frame.");
    return frame;
  };
  return { page, pane: page.frameLocator('[data-testid="task-pane"]'), paneFrame, errors, warnings };
}

/** A sheet of the simulated workbook as values from A1 (hidden sheets too), or undefined when there is none. */
export function sheetValues(page: Page, name: string): Promise<(string | number | boolean)[][] | undefined> {
  return page.evaluate((sheetName) => {
    type Sheet = {
      value(r: number, c: number): string | number | boolean;
      usedBounds(): { bottom: number; right: number } | undefined;
    };
    const bridge = (window as unknown as Record<string, { book: { sheet(name: string): Sheet | undefined } }>)
      .__contactSegmentsPlayground;
    const sheet = bridge.book.sheet(sheetName);
    if (!sheet) return undefined;
    const bounds = sheet.usedBounds();
    if (!bounds) return [];
    return Array.from({ length: bounds.bottom + 1 }, (_, r) =>
      Array.from({ length: bounds.right + 1 }, (_, c) => sheet.value(r, c)),
    );
  }, name);
}

/** A value of Office.context.document.settings, which the playground keeps with its workbook. */
export function documentSetting(page: Page, name: string): Promise<unknown> {
  return page.evaluate((settingName) => {
    const bridge = (window as unknown as Record<string, { documentSettings: Map<string, unknown> }>)
      .__contactSegmentsPlayground;
    return bridge.documentSettings.get(settingName) ?? null;
  }, name);
}
