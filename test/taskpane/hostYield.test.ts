/** The pane gives the browser its thread back only once work has held it for HOLD_MS, and then in a new task. */
import { HOLD_MS, hostYield } from "../../src/taskpane/hostYield";

describe("hostYield", () => {
  it("goes on at once while the work is young, and ends the task once it held the thread long enough", async () => {
    let now = 0;
    const yieldToHost = hostYield(() => now);
    let resumed = false;
    await yieldToHost().then(() => (resumed = true));
    expect(resumed).toBe(true);

    now = HOLD_MS;
    let done = false;
    const later = yieldToHost().then(() => (done = true));
    // Promise callbacks run before the next task: the work is not back yet after them.
    await Promise.resolve();
    await Promise.resolve();
    expect(done).toBe(false);
    await later;
    expect(done).toBe(true);

    // The hold starts again when the work resumes.
    resumed = false;
    await yieldToHost().then(() => (resumed = true));
    expect(resumed).toBe(true);
  });
});
