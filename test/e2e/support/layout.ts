/** Layout checks the browser tests share. */
import type { Frame } from "playwright-core";

/**
 * How wide the pane's document is against its window, and the first elements that reach past its right edge (named,
 * so a failure says what to fix). No sideways scrolling means scroll equals client and nothing is past.
 */
export function sidewaysOverflow(frame: Frame): Promise<{ client: number; scroll: number; past: string[] }> {
  return frame.evaluate(() => {
    const client = document.documentElement.clientWidth;
    const past = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > client + 0.5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${String(element.className).split(" ")[0]}: ${element.textContent?.slice(0, 30)}`,
      );
    return { scroll: document.documentElement.scrollWidth, client, past: past.slice(0, 5) };
  });
}
