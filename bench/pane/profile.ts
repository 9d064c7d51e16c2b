/**
 * BENCH_PANE_PROFILE=1: a CPU profile of the pane's main thread over one phase of the bench (Chromium's profiler
 * through CDP), written as a .cpuprofile (open it in Chromium's Performance panel) with its heaviest functions by
 * self time printed, to see what a long task is made of.
 */
import { mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";

export const PROFILE_DIR = join(__dirname, "..", "..", "test-results", "bench-pane");

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

export async function profiled<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  if (process.env.BENCH_PANE_TRACE) return traced(page, name, action);
  if (!process.env.BENCH_PANE_PROFILE) return action();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const result = await action();
  const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
  mkdirSync(PROFILE_DIR, { recursive: true });
  writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
  process.stdout.write(`profile ${name}:\n${heaviest(profile, 25)}\n`);
  await cdp.detach();
  return result;
}

/** Self time by function (name, file, line), heaviest first. */
function heaviest(profile: Profile, top: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || "(anonymous)"} ${url.split("/").pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${key}`)
    .join("\n");
}

const traceRuns = new Map<string, number>();

/** BENCH_PANE_TRACE=1: a Chromium trace of the phase instead (the Performance panel opens it), tasks and all. */
async function traced<T>(page: Page, name: string, action: () => Promise<T>): Promise<T> {
  const browser = page.context().browser();
  if (!browser) return action();
  mkdirSync(PROFILE_DIR, { recursive: true });
  // One file per phase and run, so that the run with the worst task can be opened after.
  const run = (traceRuns.get(name) ?? 0) + 1;
  traceRuns.set(name, run);
  const path = join(PROFILE_DIR, `${name}-${run}.trace.json`);
  await browser.startTracing(page, {
    path,
    categories: [
      "devtools.timeline",
      "v8.execute",
      "disabled-by-default-devtools.timeline",
      "disabled-by-default-v8.gc",
      "disabled-by-default-v8.cpu_profiler",
    ],
  });
  const result = await action();
  await browser.stopTracing();
  process.stdout.write(`trace ${name}: ${path}\n`);
  return result;
}
