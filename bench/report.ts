/** The bench's human-readable table and its one-line JSON. */
import type { StepQuery } from "./data";
import type { Summary } from "./stats";

export interface FilterReport {
  readonly rows: number;
  readonly warmup: number;
  readonly runs: number;
  /** Timed-run summaries per engine, in display order (ours first, loop last). */
  readonly engines: readonly { readonly name: string; readonly summary: Summary }[];
  /** Median ms of each of ours' phases. */
  readonly oursPhases: Readonly<Record<string, number>>;
  /** Per run (warm-up included): the literals and how many rows all engines selected. */
  readonly perRun: readonly {
    readonly query: StepQuery;
    readonly count: number;
    readonly hash: string;
    readonly timed: boolean;
  }[];
}

export interface BuildReport {
  readonly builds: number;
  readonly summary: Summary;
  /** arquero building its own table from the same 2-D values (peers/arqueroBuild.ts). */
  readonly arquero: Summary;
  /** The process's CPU time during each build, ours then arquero's: beside the wall times, not the goal. */
  readonly cpu: Summary;
  readonly arqueroCpu: Summary;
  readonly warnings: number;
  readonly columns: number;
}

export interface BenchReport {
  readonly node: string;
  readonly seed: number;
  readonly generateMs: number;
  readonly build: BuildReport;
  readonly prepareMs: Readonly<Record<string, number>>;
  readonly filter: FilterReport;
}

const OURS_VS_ARQUERO_GOAL = 1;
const OURS_VS_LOOP_GOAL = 2;
const BUILD_VS_ARQUERO_GOAL = 1;

export function buildRatio(build: BuildReport): number {
  return build.summary.median / build.arquero.median;
}

/** The same ratio in CPU time (the process's, during each builder's run). */
export function buildCpuRatio(build: BuildReport): number {
  return build.cpu.median / build.arqueroCpu.median;
}

export function ratios(filter: FilterReport): { oursVsArquero: number; oursVsLoop: number; oursVsAlasql: number } {
  const m = (name: string): number => filter.engines.find((e) => e.name === name)?.summary.median ?? NaN;
  return {
    oursVsArquero: m("ours") / m("arquero"),
    oursVsLoop: m("ours") / m("loop"),
    oursVsAlasql: m("ours") / m("alasql"),
  };
}

export function goalsMet(filter: FilterReport): boolean {
  const r = ratios(filter);
  return r.oursVsArquero <= OURS_VS_ARQUERO_GOAL && r.oursVsLoop <= OURS_VS_LOOP_GOAL;
}

export function formatText(report: BenchReport): string {
  const { filter, build } = report;
  const lines: string[] = [];
  const loopMedian = filter.engines.find((e) => e.name === "loop")?.summary.median ?? NaN;
  lines.push(
    `Contact Segments bench: ${filter.rows.toLocaleString("en")} contacts, seed ${report.seed}, node ${report.node}`,
    `Step: Add with Mailing Groups = CODE|CODE, Name = *text*, Employees = lo..hi (literals change every run)`,
    `${filter.warmup} warm-up + ${filter.runs} timed runs per engine; engine order rotates per run`,
    "",
    `generate 2-D values        ${ms(report.generateMs)} ms`,
    ...buildLines(build, filter.rows),
    `peer preparation (untimed)  ${Object.entries(report.prepareMs)
      .map(([k, v]) => `${k} ${ms(v)} ms`)
      .join(", ")}`,
    "",
    row("filter (compile + evaluate)", "median ms", "p95 ms", "min ms", "max ms", "× loop"),
  );
  for (const { name, summary } of filter.engines) {
    lines.push(
      row(
        name,
        ms(summary.median),
        ms(summary.p95),
        ms(summary.min),
        ms(summary.max),
        (summary.median / loopMedian).toFixed(2),
      ),
    );
  }
  const r = ratios(filter);
  lines.push(
    "",
    `ours / arquero = ${r.oursVsArquero.toFixed(2)} (goal ≤ ${OURS_VS_ARQUERO_GOAL}: ${r.oursVsArquero <= OURS_VS_ARQUERO_GOAL ? "met" : "MISSED"})`,
    `ours / loop    = ${r.oursVsLoop.toFixed(2)} (goal ≤ ${OURS_VS_LOOP_GOAL}: ${r.oursVsLoop <= OURS_VS_LOOP_GOAL ? "met" : "MISSED"})`,
    `ours / alasql  = ${r.oursVsAlasql.toFixed(2)}`,
    ...(Object.keys(filter.oursPhases).length > 0
      ? [
          `ours phases (median ms): ${Object.entries(filter.oursPhases)
            .map(([k, v]) => `${k} ${ms(v)}`)
            .join(", ")}`,
        ]
      : []),
    "",
    "runs (all four engines selected the same rows: count and hash of the row indexes):",
  );
  filter.perRun.forEach(({ query, count, hash, timed }, i) => {
    const step = `${query.expressions.mailingGroups} / ${query.expressions.name} / ${query.expressions.number}`;
    lines.push(
      `  ${String(i + 1).padStart(2)} ${timed ? "timed " : "warmup"} ${step.padEnd(44)} ${String(count).padStart(8)} rows  #${hash}`,
    );
  });
  return lines.join("\n");
}

/** The build row: ours and arquero building a table from the same 2-D values, and their ratio against its goal. */
export function buildLines(build: BuildReport, rows: number): string[] {
  const ratio = buildRatio(build);
  return [
    `build table from 2-D values (${build.builds} builds, ${build.columns} columns, ${build.warnings} warnings): ` +
      `median ${ms(build.summary.median)} ms, p95 ${ms(build.summary.p95)} ms`,
    `build contact table ${compact(rows)}      median ${ms(build.summary.median)} ms`,
    `arquero from the same values median ${ms(build.arquero.median)} ms`,
    `build / arquero = ${ratio.toFixed(2)} (goal ≤ ${BUILD_VS_ARQUERO_GOAL}: ${ratio <= BUILD_VS_ARQUERO_GOAL ? "met" : "MISSED"})`,
    `CPU time, median: ours ${ms(build.cpu.median)} ms, arquero ${ms(build.arqueroCpu.median)} ms, ` +
      `ratio ${buildCpuRatio(build).toFixed(2)} (steadier on a shared machine; the goal is the wall-time ratio)`,
  ];
}

/** The build row's keys in the JSON line. */
export function buildKeys(build: BuildReport): Record<string, number | boolean> {
  return {
    build_1m_ms: round(build.summary.median),
    build_1m_p95_ms: round(build.summary.p95),
    arquero_build_1m_ms: round(build.arquero.median),
    build_vs_arquero: round(buildRatio(build), 3),
    build_vs_arquero_goal: BUILD_VS_ARQUERO_GOAL,
    build_goal_met: buildRatio(build) <= BUILD_VS_ARQUERO_GOAL,
    build_1m_cpu_ms: round(build.cpu.median),
    arquero_build_1m_cpu_ms: round(build.arqueroCpu.median),
    build_vs_arquero_cpu: round(buildCpuRatio(build), 3),
  };
}

/** The final JSON line: medians under filter_1m plus p95s and ratios; later issues add keys. */
export function formatJson(report: BenchReport): string {
  const { filter, build } = report;
  const filter1m: Record<string, number> = {};
  for (const { name, summary } of filter.engines) filter1m[`${name}_ms`] = round(summary.median);
  for (const { name, summary } of filter.engines) filter1m[`${name}_p95_ms`] = round(summary.p95);
  const r = ratios(filter);
  filter1m.ours_vs_arquero = round(r.oursVsArquero, 3);
  filter1m.ours_vs_loop = round(r.oursVsLoop, 3);
  for (const [phase, value] of Object.entries(filter.oursPhases)) filter1m[`ours_${phase}_ms`] = round(value);
  filter1m.rows = filter.rows;
  filter1m.runs = filter.runs;
  return JSON.stringify({
    filter_1m: filter1m,
    ...buildKeys(build),
    rows: filter.rows,
    goals_met: goalsMet(filter),
    node: report.node,
  });
}

/** 1,000,000 → "1M", 100,000 → "100k". */
function compact(rows: number): string {
  if (rows % 1_000_000 === 0) return `${rows / 1_000_000}M`;
  return rows % 1000 === 0 ? `${rows / 1000}k` : rows.toLocaleString("en");
}

function row(...cells: string[]): string {
  return (
    cells[0].padEnd(28) +
    cells
      .slice(1)
      .map((c) => c.padStart(11))
      .join("")
  );
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
