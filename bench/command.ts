/**
 * The command end to end: each command as a whole process (node build/src/cli/main.js) on a generated book of
 * 100,000 contacts, and on the same book re-saved by LibreOffice when soffice is installed, with wall time, CPU time
 * and peak RSS. Peers in the same run: LibreOffice re-saving the book, and the floor (floor.ts, also a whole
 * process): reading the contact sheet part out of the zip and parsing it with the streaming XML parser, nothing else.
 * The machine is shared, so each figure is a median and the load average is printed beside them.
 */
import { execFileSync, spawnSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { writeCommandBook } from "./commandBook";
import { median, nowMs } from "./stats";

const GOALS = { vsLibreOffice: 0.2, vsFloor: 3, peakRssMb: 500 };
const CLI = path.resolve(__dirname, "..", "src", "cli", "main.js");
const FLOOR = path.resolve(__dirname, "floor.js");
// The preload lives beside the sources (plain JavaScript, not compiled): bench/peakRss.js.
const PEAK_RSS = path.resolve(__dirname, "..", "..", "bench", "peakRss.js");
/** The floor is the denominator of every ratio: more runs than a step gets, so one slow run does not move it. */
const FLOOR_RUNS = 5;

interface Measure {
  /** Wall time. */
  readonly ms: number;
  /** User plus system CPU time: less moved than wall time by other work on a shared machine. */
  readonly cpuMs: number;
  readonly peakRssMb: number;
}

/** The steps, in an order that makes each meaningful (the segment exists, has lines, is logged last). */
export const STEPS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: "init", args: ["init"] },
  { name: "create", args: ["create", "--description", "Bench", "--template", "EMAIL", "--salesperson", "JO"] },
  { name: "add --preview", args: ["add", "SEG00001", "--where", "Mailing Groups=NEWS", "--preview"] },
  { name: "add", args: ["add", "SEG00001", "--where", "Mailing Groups=NEWS"] },
  { name: "reduce", args: ["reduce", "SEG00001", "--where", "Employees=1..50"] },
  { name: "back", args: ["back", "SEG00001"] },
  { name: "lines", args: ["lines", "SEG00001"] },
  { name: "export", args: ["export", "SEG00001", "--file", "LIST"] },
  { name: "log", args: ["log", "SEG00001"] },
];

/** A node process with a preload that reports its own peak RSS (VmHWM) and CPU time on exit. */
function runNode(args: readonly string[], extraNodeArgs: readonly string[] = []): Measure & { stdout: string } {
  const report = path.join(os.tmpdir(), `segments-bench-rss-${process.pid}.txt`);
  const start = nowMs();
  const run = spawnSync(process.execPath, [...extraNodeArgs, "-r", PEAK_RSS, ...args], {
    env: { ...process.env, SEGMENTS_BENCH_RSS: report },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = nowMs() - start;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  const usage = JSON.parse(readFileSync(report, "utf8")) as { peakRssKb: number; cpuUs: number };
  return { ms, cpuMs: usage.cpuUs / 1000, peakRssMb: usage.peakRssKb / 1024, stdout: run.stdout };
}

/** A process's wall time, CPU time and peak RSS through GNU time. */
function runTimed(command: string, args: readonly string[]): Measure {
  const start = nowMs();
  const time = spawnSync("/usr/bin/time", ["-f", "%U %S %M", command, ...args], { encoding: "utf8" });
  const ms = nowMs() - start;
  if (time.status !== 0) throw new Error(`${command} failed: ${time.stderr}`);
  const lines = time.stderr.trim().split("\n");
  const [user, system, rssKb] = lines[lines.length - 1].split(" ").map(Number);
  return { ms, cpuMs: (user + system) * 1000, peakRssMb: rssKb / 1024 };
}

/** The median of each figure over the samples. */
function medianOf(samples: readonly Measure[]): Measure {
  return {
    ms: median(samples.map((m) => m.ms)),
    cpuMs: median(samples.map((m) => m.cpuMs)),
    peakRssMb: median(samples.map((m) => m.peakRssMb)),
  };
}

/** The floor of one book, as a whole process like the commands (node's start and the zip read included). */
function floor(book: string): Measure {
  return medianOf(Array.from({ length: FLOOR_RUNS }, () => runNode([FLOOR, book])));
}

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export interface CommandBenchOptions {
  readonly contacts: number;
  readonly runs: number;
  readonly seed: number;
  readonly progress: (message: string) => void;
}

/** Runs every step on a fresh copy of `book` `runs` times; medians per step. */
function stepsOn(book: string, dir: string, runs: number, progress: (m: string) => void): Record<string, Measure> {
  const samples = new Map<string, Measure[]>();
  for (let run = 0; run < runs; run++) {
    const copy = path.join(dir, `run${run}-${path.basename(book)}`);
    execFileSync("cp", [book, copy]);
    for (const step of STEPS) {
      const args = step.args.map((a) => (a === "LIST" ? path.join(dir, `list-${run}-${Date.now()}.csv`) : a));
      const measure = runNode([CLI, args[0], copy, ...args.slice(1)]);
      progress(
        `  ${step.name}: ${Math.round(measure.ms)} ms (CPU ${Math.round(measure.cpuMs)} ms), ${Math.round(measure.peakRssMb)} MB`,
      );
      samples.set(step.name, [...(samples.get(step.name) ?? []), measure]);
    }
  }
  return Object.fromEntries([...samples].map(([name, list]) => [name, medianOf(list)]));
}

/** LibreOffice headless converting the book to .xlsx (a re-save), with a profile of its own so it starts clean. */
async function libreOfficeResave(book: string, dir: string, run: number): Promise<{ measure: Measure; out: string }> {
  const out = path.join(dir, `lo-${run}`);
  await fs.mkdir(out);
  const measure = runTimed("soffice", [
    `-env:UserInstallation=file://${path.join(dir, `lo-profile-${run}`)}`,
    "--headless",
    "--convert-to",
    "xlsx",
    "--outdir",
    out,
    book,
  ]);
  return { measure, out: path.join(out, path.basename(book)) };
}

const loadAverage = () => Number(os.loadavg()[0].toFixed(1));

export async function benchCommand(options: CommandBenchOptions): Promise<Record<string, unknown>> {
  const { progress } = options;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "segments-bench-"));
  const loadAtStart = loadAverage();
  try {
    const book = path.join(dir, "contacts.xlsx");
    progress(`command: generating a book of ${options.contacts.toLocaleString("en")} contacts`);
    await writeCommandBook(book, options.contacts, options.seed);
    const floors: Record<string, Measure> = { generated: floor(book) };
    progress(`command: floor ${Math.round(floors.generated.ms)} ms (CPU ${Math.round(floors.generated.cpuMs)} ms)`);
    let libreOffice: Measure | undefined;
    let resaved: string | undefined;
    if (hasSoffice()) {
      progress(`command: LibreOffice re-saving the book ${options.runs} times`);
      const saves = [];
      for (let run = 0; run < options.runs; run++) saves.push(await libreOfficeResave(book, dir, run));
      libreOffice = medianOf(saves.map((save) => save.measure));
      resaved = path.join(dir, "contacts-libreoffice.xlsx");
      await fs.rename(saves[0].out, resaved);
      floors.libreoffice = floor(resaved);
    }
    const books: Record<string, Record<string, Measure>> = {};
    progress("command: the generated book");
    books.generated = stepsOn(book, dir, options.runs, progress);
    if (resaved) {
      progress("command: the book LibreOffice re-saved");
      books.libreoffice = stepsOn(resaved, dir, options.runs, progress);
    }
    const figures: Record<string, unknown> = {
      command_contacts: options.contacts,
      command_runs: options.runs,
      command_load_average: [loadAtStart, loadAverage()],
      command_floor_ms: Math.round(floors.generated.ms),
      command_floor_cpu_ms: Math.round(floors.generated.cpuMs),
      command_floor_rss_mb: Math.round(floors.generated.peakRssMb),
      command_libreoffice_floor_ms: floors.libreoffice ? Math.round(floors.libreoffice.ms) : null,
      command_libreoffice_resave_ms: libreOffice ? Math.round(libreOffice.ms) : null,
      command_libreoffice_resave_cpu_ms: libreOffice ? Math.round(libreOffice.cpuMs) : null,
      command_libreoffice_resave_rss_mb: libreOffice ? Math.round(libreOffice.peakRssMb) : null,
      command_goal_vs_libreoffice: GOALS.vsLibreOffice,
      command_goal_vs_floor: GOALS.vsFloor,
      command_goal_peak_rss_mb: GOALS.peakRssMb,
    };
    for (const [bookName, steps] of Object.entries(books)) {
      const floorMs = floors[bookName].ms;
      for (const [step, measure] of Object.entries(steps)) {
        const key = `command_${bookName}_${step.replace(/[^a-z]+/g, "_")}`;
        const vsFloor = measure.ms / floorMs;
        const vsLibreOffice = libreOffice ? measure.ms / libreOffice.ms : null;
        figures[`${key}_ms`] = Math.round(measure.ms);
        figures[`${key}_cpu_ms`] = Math.round(measure.cpuMs);
        figures[`${key}_rss_mb`] = Math.round(measure.peakRssMb);
        figures[`${key}_vs_floor`] = Number(vsFloor.toFixed(2));
        figures[`${key}_vs_libreoffice`] = vsLibreOffice === null ? null : Number(vsLibreOffice.toFixed(3));
        figures[`${key}_goals_met`] =
          vsFloor <= GOALS.vsFloor &&
          (vsLibreOffice === null || vsLibreOffice <= GOALS.vsLibreOffice) &&
          measure.peakRssMb <= GOALS.peakRssMb;
      }
    }
    return figures;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** The command bench's figures as a table: a row per book and step, its ratios and whether it meets the goals. */
export function formatCommand(figures: Record<string, unknown>): string {
  const n = (key: string) => figures[key] as number | null;
  const lines = [
    `command at ${n("command_contacts")?.toLocaleString("en")} contacts, median of ${n("command_runs")} run(s), ` +
      `load average ${JSON.stringify(figures.command_load_average)}; goals: <= ${GOALS.vsLibreOffice}x LibreOffice, ` +
      `<= ${GOALS.vsFloor}x the floor, <= ${GOALS.peakRssMb} MB`,
    `  floor ${n("command_floor_ms")} ms (CPU ${n("command_floor_cpu_ms")} ms, ${n("command_floor_rss_mb")} MB); ` +
      `LibreOffice re-save ${n("command_libreoffice_resave_ms") ?? "-"} ms ` +
      `(CPU ${n("command_libreoffice_resave_cpu_ms") ?? "-"} ms, ${n("command_libreoffice_resave_rss_mb") ?? "-"} MB)`,
    `  ${"book".padEnd(12)}${"step".padEnd(15)}${"ms".padStart(7)}${"cpu ms".padStart(8)}${"MB".padStart(6)}` +
      `${"x floor".padStart(9)}${"x LO".padStart(8)}  goals`,
  ];
  for (const bookName of ["generated", "libreoffice"]) {
    for (const step of STEPS) {
      const key = `command_${bookName}_${step.name.replace(/[^a-z]+/g, "_")}`;
      if (figures[`${key}_ms`] === undefined) continue;
      lines.push(
        `  ${bookName.padEnd(12)}${step.name.padEnd(15)}${String(n(`${key}_ms`)).padStart(7)}` +
          `${String(n(`${key}_cpu_ms`)).padStart(8)}${String(n(`${key}_rss_mb`)).padStart(6)}` +
          `${String(n(`${key}_vs_floor`)).padStart(9)}${String(n(`${key}_vs_libreoffice`) ?? "-").padStart(8)}` +
          `  ${figures[`${key}_goals_met`] ? "met" : "NOT met"}`,
      );
    }
  }
  return lines.join("\n");
}

/** `node build/bench/command.js [--contacts N] [--runs N] [--million]`: the command bench alone. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const value = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const progress = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  if (argv.includes("--million")) {
    process.stdout.write(JSON.stringify(await benchMillion(progress)) + "\n");
    return;
  }
  const figures = await benchCommand({
    contacts: value("--contacts", 100_000),
    runs: value("--runs", 1),
    seed: 20240601,
    progress,
  });
  process.stdout.write(formatCommand(figures) + "\n" + JSON.stringify(figures) + "\n");
}

/** At Excel's row limit (1,048,575 contacts under a header), `add` with a 2 GB heap. */
export async function benchMillion(progress: (m: string) => void): Promise<Record<string, unknown>> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "segments-bench-"));
  try {
    const book = path.join(dir, "million.xlsx");
    progress("command: generating 1,048,575 contacts");
    await writeCommandBook(book, 1_048_575, 20240601);
    runNode([CLI, "init", book], ["--max-old-space-size=2048"]);
    runNode(
      [CLI, "create", book, "--description", "Million", "--template", "EMAIL", "--salesperson", "JO"],
      ["--max-old-space-size=2048"],
    );
    const add = runNode(
      [CLI, "add", book, "SEG00001", "--where", "Mailing Groups=NEWS"],
      ["--max-old-space-size=2048"],
    );
    progress(`command: add at 1,048,575 contacts ${Math.round(add.ms)} ms, ${Math.round(add.peakRssMb)} MB`);
    return {
      command_million_add_ms: Math.round(add.ms),
      command_million_add_rss_mb: Math.round(add.peakRssMb),
      command_million_heap_mb: 2048,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
