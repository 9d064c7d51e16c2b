/** What Fluent needs from a browser that jsdom lacks. Import it first in jsdom tests of the task pane. */

/** MessageBar measures itself to reflow its actions; jsdom has no layout, so nothing is ever observed. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub, writable: true, configurable: true });
}

// CI runs these beside webpack builds on two cores: give findBy*/waitFor more than the default second before a
// slow render counts as a failure (a real failure still fails, only later).
import { act, configure, getConfig } from "@testing-library/react";
configure({ asyncUtilTimeout: 5000 });

// A findBy*/waitFor ends by running the timers that are due, outside act; work those timers start (the live count
// starts on a 0 ms timer) would then land outside act and React would warn. Let it land inside act.
const { asyncWrapper } = getConfig();
configure({
  asyncWrapper: async (callback) => {
    const result = await asyncWrapper(callback);
    for (let turn = 0; turn < 20; turn++) await act(async () => {});
    return result;
  },
});
