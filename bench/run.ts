/**
 * `npm run bench [-- --rows N --runs N --warmup N --builds N --seed N --contacts N --command-runs N
 * --only build|filter|command --json]`
 *
 * Generates a contact sheet (1,000,000 rows by default), times building the columnar table from its 2-D values,
 * then times one Add step with three conditions in ours (compile + evaluate), arquero, alasql and a plain loop.
 * The four must select the same rows on every run, else the bench exits 1. Then the pane's preview latency at 100k
 * contacts (preview.ts), the wildcard matcher's worst case on 1,000,000 long values (wildcard.ts), and the command
 * end to end at --contacts (100,000) contacts against LibreOffice and the floor (command.ts). With --json the output
 * ends with one JSON line (see report.ts, plus the preview, wildcard, gateway and command_* keys). `--only command`
 * runs the command bench alone (its steps --command-runs times each, medians); `--only build` stops after the build
 * row, `--only filter` after the filter rows: quick runs while optimising one.
 */
import { makeSheet, peerInput, queryFor, type PeerInput } from "./data";
import type { Engine, EngineResult } from "./engine";
import { buildFilterable, oursEngine } from "./ours";
import { arqueroTableFrom } from "./peers/arqueroBuild";
import { benchCommand, formatCommand } from "./command";
import { benchExcelGateway } from "./excelGateway";
import { benchPreview, formatPreview } from "./preview";
import { alasqlEngine, arqueroEngine, loopEngine } from "./peers/index";
import { buildKeys, buildLines, formatJson, formatText, type BenchReport, type BuildReport } from "./report";
import { benchWildcard, formatWildcard } from "./wildcard";
import { cpuMsSince, fingerprint, median, nowMs, summarize, type RowFingerprint } from "./stats";

interface Options {
  readonly rows: number;
  readonly runs: number;
  readonly warmup: number;
  readonly builds: number;
  readonly seed: number;
  /** Contacts in the command bench's book. */
  readonly contacts: number;
  /** Runs of each command step (and of LibreOffice's re-save); the figures are medians. */
  readonly commandRuns: number;
  /** "command": the command bench alone; "build" or "filter": only the rows up to that one (filter needs the build). */
  readonly only?: "build" | "filter" | "command";
  readonly json: boolean;
}

const USAGE =
  "usage: run.js [--rows N] [--runs N (>= 5)] [--warmup N] [--builds N (>= 3)] [--seed N] [--contacts N] " +
  "[--command-runs N] [--only build|filter|command] [--json]";

function parseOptions(argv: readonly string[]): Options {
  const options: { -readonly [K in keyof Options]: Options[K] } = {
    rows: 1_000_000,
    runs: 7,
    warmup: 2,
    builds: 3,
    seed: 20240601,
    contacts: 100_000,
    commandRuns: 1,
    json: false,
  };
  const numeric = ["rows", "runs", "warmup", "builds", "seed", "contacts", "command-runs"];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") {
      options.json = true;
      continue;
    }
    const [flag, inline] = arg.split("=", 2);
    if (flag === "--only") {
      const what = inline ?? argv[++i];
      if (what !== "command" && what !== "build" && what !== "filter")
        usage(`--only takes build, filter or command, got ${what}`);
      options.only = what;
      continue;
    }
    const name = flag.replace(/^--/, "");
    if (!flag.startsWith("--") || !numeric.includes(name)) usage(`unknown argument ${arg}`);
    const key = (name === "command-runs" ? "commandRuns" : name) as "rows";
    const text = inline ?? argv[++i];
    const value = Number(text?.replace(/_/g, ""));
    if (!Number.isInteger(value) || value < 0) usage(`${flag} needs a whole number, got ${text}`);
    options[key] = value;
  }
  if (options.rows < 1) usage("--rows must be at least 1");
  if (options.runs < 5) usage("--runs must be at least 5");
  if (options.builds < 3) usage("--builds must be at least 3");
  if (options.commandRuns < 1) usage("--command-runs must be at least 1");
  return options;
}

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.only === "command") {
    const figures = await runCommandBench(options);
    if (options.json) process.stdout.write(JSON.stringify(figures) + "\n");
    return;
  }

  progress(`generating ${options.rows.toLocaleString("en")} contacts`);
  let t = nowMs();
  const sheet = makeSheet(options.rows, options.seed);
  const generateMs = nowMs() - t;

  progress(`building the contact table and arquero's table from the same values ${options.builds} times each`);
  const buildSamples: number[] = [];
  const arqueroBuildSamples: number[] = [];
  const buildCpu: number[] = [];
  const arqueroBuildCpu: number[] = [];
  // The first calls warm both builders up; then they alternate, so load on the machine hits both alike.
  let built = buildFilterable(sheet);
  arqueroTableFrom(sheet);
  for (let b = 0; b < options.builds; b++) {
    t = nowMs();
    let cpu = process.cpuUsage();
    built = buildFilterable(sheet);
    buildSamples.push(nowMs() - t);
    buildCpu.push(cpuMsSince(cpu));
    t = nowMs();
    cpu = process.cpuUsage();
    const peer = arqueroTableFrom(sheet);
    arqueroBuildSamples.push(nowMs() - t);
    arqueroBuildCpu.push(cpuMsSince(cpu));
    if (peer.numRows() !== sheet.rowCount)
      throw new Error(`arquero's table has ${peer.numRows()} rows, the sheet ${sheet.rowCount}`);
  }
  if (built.table.rowCount !== sheet.rowCount) {
    throw new Error(`The contact table has ${built.table.rowCount} rows, the sheet ${sheet.rowCount}`);
  }
  const build: BuildReport = {
    builds: options.builds,
    summary: summarize(buildSamples),
    arquero: summarize(arqueroBuildSamples),
    cpu: summarize(buildCpu),
    arqueroCpu: summarize(arqueroBuildCpu),
    warnings: built.warnings,
    columns: built.table.columns.length,
  };
  if (options.only === "build") {
    process.stdout.write(buildLines(build, options.rows).join("\n") + "\n");
    if (options.json) process.stdout.write(JSON.stringify({ ...buildKeys(build), rows: options.rows }) + "\n");
    return;
  }

  progress("preparing the peers (untimed)");
  const prepareMs: Record<string, number> = {};
  const timedPrepare = <T>(name: string, make: () => T): T => {
    const start = nowMs();
    const value = make();
    prepareMs[name] = nowMs() - start;
    return value;
  };
  const input = timedPrepare("columns", () => peerInput(sheet));
  const engines: Engine[] = [
    oursEngine(built.table),
    timedPrepare("arquero", () => arqueroEngine(input)),
    timedPrepare("alasql", () => alasqlEngine(input)),
    timedPrepare("loop", () => loopEngine(input)),
  ];

  const samples = new Map<string, number[]>(engines.map((e) => [e.name, []]));
  const phaseSamples = new Map<string, number[]>();
  const perRun: BenchReport["filter"]["perRun"][number][] = [];
  const total = options.warmup + options.runs;
  for (let run = 0; run < total; run++) {
    const timed = run >= options.warmup;
    const query = queryFor(run);
    progress(
      `${timed ? "run" : "warm-up"} ${run + 1}/${total}: ${query.expressions.mailingGroups} / ${query.expressions.name} / ${query.expressions.number}`,
    );
    const prints = new Map<string, RowFingerprint>();
    const results = new Map<string, EngineResult>();
    for (let k = 0; k < engines.length; k++) {
      const engine = engines[(run + k) % engines.length];
      const start = nowMs();
      const result = engine.run(query);
      const elapsed = nowMs() - start;
      results.set(engine.name, result);
      prints.set(engine.name, fingerprint(result.rows()));
      if (!timed) continue;
      samples.get(engine.name)?.push(elapsed);
      for (const [phase, value] of Object.entries(result.phases ?? {})) {
        const list = phaseSamples.get(phase) ?? [];
        list.push(value);
        phaseSamples.set(phase, list);
      }
    }
    const reference = prints.get("loop") as RowFingerprint;
    const disagreeing = [...prints].filter(([, p]) => p.count !== reference.count || p.hash !== reference.hash);
    if (disagreeing.length > 0) {
      process.stderr.write(disagreement(run, query.expressions, prints, results, input));
      process.exit(1);
    }
    perRun.push({ query, count: reference.count, hash: reference.hash, timed });
  }

  const report: BenchReport = {
    node: process.version,
    seed: options.seed,
    generateMs,
    build,
    prepareMs,
    filter: {
      rows: options.rows,
      warmup: options.warmup,
      runs: options.runs,
      engines: engines.map((e) => ({ name: e.name, summary: summarize(samples.get(e.name) ?? []) })),
      oursPhases: Object.fromEntries([...phaseSamples].map(([phase, list]) => [phase, median(list)])),
      perRun,
    },
  };
  if (perRun.every((r) => r.count === 0)) {
    process.stdout.write(formatText(report) + "\n");
    process.stderr.write("Every run selected 0 rows: the comparison proves nothing. Use more --rows.\n");
    process.exit(1);
  }
  if (options.only === "filter") {
    process.stdout.write(formatText(report) + "\n");
    if (options.json) process.stdout.write(formatJson(report) + "\n");
    return;
  }
  const preview = benchPreview({ seed: options.seed, progress });
  process.stdout.write(formatText(report) + "\n" + formatPreview(preview) + "\n");
  const previewKeys = { preview_100k_ms: preview.preview_100k_ms, preview_100k_p95_ms: preview.preview_100k_p95_ms };
  const wildcard = benchWildcard({ progress });
  process.stdout.write(formatWildcard(wildcard) + "\n");
  progress("the Excel gateway on the fake: 100k contacts read, 100k lines written");
  const gatewayKeys = await benchExcelGateway();
  process.stdout.write(`excel gateway: ${JSON.stringify(gatewayKeys)}\n`);
  const commandKeys = await runCommandBench(options);
  if (options.json) {
    const keys = {
      ...JSON.parse(formatJson(report)),
      ...previewKeys,
      wildcard_1m_ms: wildcard.wildcard_1m_ms,
      ...gatewayKeys,
      ...commandKeys,
    };
    process.stdout.write(JSON.stringify(keys) + "\n");
  }
}

/** The command end to end (command.ts): its table on stdout, its figures returned for the JSON line. */
async function runCommandBench(options: Options): Promise<Record<string, unknown>> {
  const figures = await benchCommand({
    contacts: options.contacts,
    runs: options.commandRuns,
    seed: options.seed,
    progress,
  });
  process.stdout.write(formatCommand(figures) + "\n");
  return figures;
}

/** Which engines selected which rows, with the rows' values, for the first rows where they differ. */
function disagreement(
  run: number,
  expressions: object,
  prints: ReadonlyMap<string, RowFingerprint>,
  results: ReadonlyMap<string, EngineResult>,
  input: PeerInput,
): string {
  const sets = new Map([...results].map(([name, result]) => [name, new Set(Array.from(result.rows()))]));
  const all = new Set([...sets.values()].flatMap((s) => [...s]));
  const differing = [...all].filter((row) => [...sets.values()].some((s) => !s.has(row))).sort((a, b) => a - b);
  const lines = [
    `FAIL: the engines disagree on run ${run + 1} (${JSON.stringify(expressions)})`,
    ...[...prints].map(([name, p]) => `  ${name.padEnd(8)} ${p.count} rows #${p.hash}`),
    `  ${differing.length} differing rows; the first ones:`,
    ...differing.slice(0, 10).map((row) => {
      const by = [...sets].filter(([, s]) => s.has(row)).map(([name]) => name);
      const values = JSON.stringify([input.names[row], input.mailingGroups[row].join("; "), input.numbers[row]]);
      return `  row ${row} ${values} selected by ${by.join(", ")}`;
    }),
  ];
  return lines.join("\n") + "\n";
}

void main();
