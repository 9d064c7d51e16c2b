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
