/**
 * Key-to-count times of the live count at a large contact sheet, in the playground: a segment is created, the No.
 * field chosen, and "CT00012*" typed key by key, seven times over. Each key's time runs from its input event to the
 * first new count line after it, both taken in the pane's own document. Shared by the e2e test (which records it)
 * and `npm run bench:pane` (which reports it against the goal).
 */
import type { Frame, FrameLocator } from "playwright-core";
import type { Strings } from "../../../src/taskpane/i18n/strings";
import { contactColumn, generateContacts } from "../../support/generateContacts";
import {
  chooseExpressionMode,
  chooseField,
  createSegment,
  expressionBox,
  RECORD_COUNTS,
  waitForCount,
  type Mark,
} from "./paneSteps";

export const GOAL_P95_MS = 50;
const KEYS = ["0", "0", "0", "1", "2", "*"];
const ROUNDS = 7;

export interface KeyToCount {
  readonly contacts: number;
  readonly samples: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly goalP95Ms: number;
  readonly finalCount: string;
  readonly expectedCount: string;
}

/** The count line for No. = CT00012* on the playground's generated contacts (its seed), worked out here. */
export function expectedCount(strings: Strings, contacts: number): string {
  const rows = generateContacts({ rows: contacts, seed: 1 }).slice(1);
  const no = contactColumn("No."),
    exclude = contactColumn("Exclude from Segment");
  const matching = rows.filter((row) => String(row[no]).startsWith("CT00012"));
  const excluded = matching.filter((row) => row[exclude] === true).length;
  return strings.segment.builder.addCount({ added: matching.length - excluded, excluded, alreadyPresent: 0 });
}

export async function measureKeyToCount(
  pane: FrameLocator,
  frame: Frame,
  strings: Strings,
  contacts = 100_000,
): Promise<KeyToCount> {
  await createSegment(pane, strings, "Large sheet");
  await chooseField(pane, strings, "no");
  await chooseExpressionMode(pane, strings);
  const times = await timeKeysToCount(pane, frame, strings);
  const expected = expectedCount(strings, contacts);
  await waitForCount(pane, expected);
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10;
  return {
    contacts,
    samples: times.length,
    medianMs: at(0.5),
    p95Ms: at(0.95),
    maxMs: at(1),
    goalP95Ms: GOAL_P95_MS,
    finalCount: (await pane.getByTestId("live-count").textContent()) ?? "",
    expectedCount: expected,
  };
}

/**
 * With the No. field chosen in expression mode: "CT" and its first count, then "CT00012*" typed key by key, seven
 * times over; the milliseconds from each key's input event to the first new count line after it. The box ends
 * holding "CT00012*" (expectedCount gives its count line).
 */
export async function timeKeysToCount(pane: FrameLocator, frame: Frame, strings: Strings): Promise<number[]> {
  const box = expressionBox(pane, strings);
  // The first count reads and builds the whole sheet; the keys after it are what a user types.
  await box.fill("CT");
  await pane.getByTestId("live-count").waitFor({ timeout: 300_000 });
  await frame.evaluate(RECORD_COUNTS);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await box.fill("CT");
    await pane.getByTestId("live-count").waitFor();
    for (const key of KEYS) {
      const before = await frame.evaluate(() => (window as unknown as { __marks: Mark[] }).__marks.length);
      await box.press(key);
      await frame.waitForFunction(
        (from) => (window as unknown as { __marks: Mark[] }).__marks.slice(from).some((m) => m.kind === "count"),
        before,
      );
      const marks = await frame.evaluate(
        (from) => (window as unknown as { __marks: Mark[] }).__marks.slice(from),
        before,
      );
      const keyMark = marks.find((m) => m.kind === "key");
      const countMark = marks.find((m) => m.kind === "count" && keyMark !== undefined && m.t >= keyMark.t);
      if (keyMark && countMark) times.push(countMark.t - keyMark.t);
    }
  }
  return times;
}
