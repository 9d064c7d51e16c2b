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

/** A stretch of a task's time spent on someone else's work (the playground's Excel fake answering a sync). */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * The longest task that overlaps [from, to] (times of the same frame), 0 when none did, counting only its time
 * outside `others`: the playground's Excel fake answers each sync on the pane's thread, in a task of its own, where
 * Excel does that work in Excel (the stand-in records when, playground/src/bridge.ts); what the pane ran in a task is
 * its duration less those stretches.
 */
export function longestIn(
  tasks: readonly LongTask[],
  from: number,
  to: number,
  others: readonly Interval[] = [],
): number {
  let longest = 0;
  for (const task of tasks) {
    const end = task.start + task.duration;
    if (task.start < to && end > from) longest = Math.max(longest, task.duration - overlap(task.start, end, others));
  }
  return Math.round(longest);
}

/** The longest of the others' stretches within [from, to]. */
export function longestInterval(others: readonly Interval[], from: number, to: number): number {
  let longest = 0;
  for (const other of others)
    if (other.start < to && other.end > from) longest = Math.max(longest, other.end - other.start);
  return Math.round(longest);
}

/** The time of [from, to] the intervals cover (they never overlap one another: one sync is answered at a time). */
export function overlap(from: number, to: number, intervals: readonly Interval[]): number {
  let covered = 0;
  for (const { start, end } of intervals) covered += Math.max(0, Math.min(to, end) - Math.max(from, start));
  return covered;
}
