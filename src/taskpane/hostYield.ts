/**
 * How the pane gives the browser its thread back during long work (building a large contact table): a use case
 * calls it between steps, and it lets a task end only once the work has held the thread for HOLD_MS, so short
 * work is not slowed and long work never makes a task the user feels (a long task is 50 ms or more).
 */
export const HOLD_MS = 30;

export function hostYield(now: () => number = () => performance.now()): () => Promise<void> {
  let since = now();
  return () => {
    if (now() - since < HOLD_MS) return Promise.resolve();
    // A message ends the task at once; setTimeout(0) would wait at least 4 ms each time once nested.
    return new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        since = now();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  };
}
