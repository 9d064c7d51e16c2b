// Preloaded into each process the command bench runs (node -r): writes the process's peak resident set (VmHWM, in kB)
// and its CPU time (user and system, in microseconds) as JSON to the file named by SEGMENTS_BENCH_RSS when it exits.
const fs = require("fs");

process.on("exit", () => {
  const target = process.env.SEGMENTS_BENCH_RSS;
  if (!target) return;
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const match = /VmHWM:\s+(\d+)/.exec(status);
  const cpu = process.cpuUsage();
  fs.writeFileSync(target, JSON.stringify({ peakRssKb: match ? Number(match[1]) : 0, cpuUs: cpu.user + cpu.system }));
});
