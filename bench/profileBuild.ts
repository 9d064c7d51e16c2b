/**
 * `node --cpu-prof build/bench/profileBuild.js [rows] [ours|arquero|both]`: builds the contact table (and/or
 * arquero's table) from generated values a few times and nothing else, so a CPU profile shows only the builders.
 */
import { makeSheet } from "./data";
import { buildTable } from "./ours";
import { arqueroTableFrom } from "./peers/arqueroBuild";
import { nowMs } from "./stats";

const rows = Number(process.argv[2] ?? 1_000_000);
const which = process.argv[3] ?? "both";
const sheet = makeSheet(rows, 20240601);
for (let b = 0; b < 3; b++) {
  if (which !== "arquero") {
    const start = nowMs();
    const cpu = process.cpuUsage();
    const built = buildTable(sheet);
    process.stdout.write(
      `ours ${b + 1}: ${(nowMs() - start).toFixed(0)} ms, cpu ${cpuMs(cpu)} ms, ${built.table.rowCount} rows\n`,
    );
  }
  if (which !== "ours") {
    const start = nowMs();
    const cpu = process.cpuUsage();
    const table = arqueroTableFrom(sheet);
    process.stdout.write(
      `arquero ${b + 1}: ${(nowMs() - start).toFixed(0)} ms, cpu ${cpuMs(cpu)} ms, ${table.numRows()} rows\n`,
    );
  }
}

/** CPU time since `from` (user + system, all threads: the collector's helpers count too). */
function cpuMs(from: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(from);
  return ((used.user + used.system) / 1000).toFixed(0);
}
