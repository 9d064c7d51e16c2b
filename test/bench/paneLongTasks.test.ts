/** The pane bench's long tasks: what the pane ran in them, less the playground's Excel fake answering a sync. */
import { longestIn, longestInterval, overlap } from "../../bench/pane/longTasks";

const tasks = [
  { start: 100, duration: 300 }, // the fake's answer (110-390) and 20 ms of the pane's around it
  { start: 500, duration: 80 }, // the pane's alone
  { start: 900, duration: 60 }, // outside the phase
];
const excel = [
  { start: 110, end: 390 },
  { start: 700, end: 750 },
];

describe("the pane bench's long tasks", () => {
  it("counts a task's time outside the fake's answers", () => {
    expect(longestIn(tasks, 0, 800, excel)).toBe(80);
    expect(longestIn(tasks.slice(0, 1), 0, 800, excel)).toBe(20);
  });

  it("counts whole tasks when the fake never answered, and nothing outside the phase", () => {
    expect(longestIn(tasks, 0, 800)).toBe(300);
    expect(longestIn(tasks, 1000, 2000, excel)).toBe(0);
  });

  it("says how long the fake's longest answer in the phase took, and its time in a stretch", () => {
    expect(longestInterval(excel, 0, 800)).toBe(280);
    expect(longestInterval(excel, 600, 800)).toBe(50);
    expect(overlap(300, 720, excel)).toBe(90 + 20);
  });
});
