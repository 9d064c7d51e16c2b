// Preloaded into each command the bench runs (node -r): writes the process's peak resident set (VmHWM, in kB) to
// the file named by SEGMENTS_BENCH_RSS when it exits.
const fs = require("fs");

process.on("exit", () => {
  const target = process.env.SEGMENTS_BENCH_RSS;
  if (!target) return;
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const match = /VmHWM:\s+(\d+)/.exec(status);
  fs.writeFileSync(target, match ? match[1] : "0");
});
