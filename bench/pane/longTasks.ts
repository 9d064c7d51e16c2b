/**
 * Main-thread tasks over 50 ms (the Long Tasks API) in every frame of the page, recorded from the frame's first
 * script on: page.addInitScript(RECORD_LONG_TASKS) before the page loads, then read window.__longTasks.
 */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

export const RECORD_LONG_TASKS = () => {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
};

/** The longest task that overlaps [from, to] (times of the same frame), 0 when none did. */
export function longestIn(tasks: readonly LongTask[], from: number, to: number): number {
  let longest = 0;
  for (const task of tasks) {
    if (task.start < to && task.start + task.duration > from) longest = Math.max(longest, task.duration);
  }
  return Math.round(longest);
}
