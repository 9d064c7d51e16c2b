/**
 * The command end to end: each command as a whole process (node build/src/cli/main.js) on a generated book of
 * 100,000 contacts, and on the same book re-saved by LibreOffice when soffice is installed, with wall time and peak
 * RSS. Peers in the same run: LibreOffice re-saving the book, and the floor: reading the contact sheet part out of
 * the zip and parsing it with the streaming XML parser, nothing else.
 */
import { execFileSync, spawnSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { SaxesParser } from "saxes";
import { entryData, readZip } from "../src/workbook/xlsx/zipArchive";
import { writeCommandBook } from "./commandBook";
import { median, nowMs } from "./stats";

const GOALS = { vsLibreOffice: 0.2, vsFloor: 3, peakRssMb: 500 };
const CLI = path.resolve(__dirname, "..", "src", "cli", "main.js");
// The preload lives beside the sources (plain JavaScript, not compiled): bench/peakRss.js.
const PEAK_RSS = path.resolve(__dirname, "..", "..", "bench", "peakRss.js");

interface Measure {
  readonly ms: number;
  readonly peakRssMb: number;
}

/** The steps, in an order that makes each meaningful (the segment exists, has lines, is logged last). */
const STEPS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
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

/** A node process with a preload that reports its own peak RSS (VmHWM) on exit. */
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
  const peakRssMb = Number(readFileSync(report, "utf8")) / 1024;
  return { ms, peakRssMb, stdout: run.stdout };
}

/** A process's wall time and peak RSS through GNU time, when installed. */
function runTimed(command: string, args: readonly string[]): Measure {
  const start = nowMs();
  const time = spawnSync("/usr/bin/time", ["-f", "%M", command, ...args], { encoding: "utf8" });
  const ms = nowMs() - start;
  if (time.status !== 0) throw new Error(`${command} failed: ${time.stderr}`);
  const lines = time.stderr.trim().split("\n");
  return { ms, peakRssMb: Number(lines[lines.length - 1]) / 1024 };
}

/** The floor: the contact sheet's part out of the zip and through saxes, nothing kept. */
async function floor(book: string): Promise<number> {
  const start = nowMs();
  const entries = readZip(await fs.readFile(book));
  const sheet =
    entries.find((e) => e.name === "xl/worksheets/sheet1.xml") ??
    entries.find((e) => /worksheets\/sheet\d*\.xml$/.test(e.name))!;
  const data = entryData(sheet);
  const parser = new SaxesParser({ xmlns: true });
  let cells = 0;
  parser.on("opentag", (tag) => {
    if (tag.local === "c") cells++;
  });
  const decoder = new TextDecoder();
  for (let at = 0; at < data.length; at += 1 << 20)
    parser.write(decoder.decode(data.subarray(at, at + (1 << 20)), { stream: true }));
  parser.close();
  if (cells === 0) throw new Error("the floor read no cells");
  return nowMs() - start;
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
      progress(`  ${step.name}: ${Math.round(measure.ms)} ms, ${Math.round(measure.peakRssMb)} MB`);
      samples.set(step.name, [...(samples.get(step.name) ?? []), measure]);
    }
  }
  return Object.fromEntries(
    [...samples].map(([name, list]) => [
      name,
      { ms: median(list.map((m) => m.ms)), peakRssMb: median(list.map((m) => m.peakRssMb)) },
    ]),
  );
}

export async function benchCommand(options: CommandBenchOptions): Promise<Record<string, unknown>> {
  const { progress } = options;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "segments-bench-"));
  try {
    const book = path.join(dir, "contacts.xlsx");
    progress(`command: generating a book of ${options.contacts.toLocaleString("en")} contacts`);
    await writeCommandBook(book, options.contacts, options.seed);
    const floorMs = median([await floor(book), await floor(book), await floor(book)]);
    progress(`command: floor ${Math.round(floorMs)} ms`);
    let libreOffice: Measure | undefined;
    let resaved: string | undefined;
    if (hasSoffice()) {
      progress("command: LibreOffice re-saving the book");
      const out = path.join(dir, "lo");
      await fs.mkdir(out);
      const profile = `file://${path.join(dir, "lo-profile")}`;
      libreOffice = runTimed("soffice", [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        out,
        book,
      ]);
      resaved = path.join(dir, "contacts-libreoffice.xlsx");
      await fs.rename(path.join(out, "contacts.xlsx"), resaved);
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
      command_floor_ms: Math.round(floorMs),
      command_libreoffice_resave_ms: libreOffice ? Math.round(libreOffice.ms) : null,
      command_libreoffice_resave_rss_mb: libreOffice ? Math.round(libreOffice.peakRssMb) : null,
      command_goal_vs_libreoffice: GOALS.vsLibreOffice,
      command_goal_vs_floor: GOALS.vsFloor,
      command_goal_peak_rss_mb: GOALS.peakRssMb,
    };
    for (const [bookName, steps] of Object.entries(books)) {
      for (const [step, measure] of Object.entries(steps)) {
        const key = `command_${bookName}_${step.replace(/[^a-z]+/g, "_")}`;
        figures[`${key}_ms`] = Math.round(measure.ms);
        figures[`${key}_rss_mb`] = Math.round(measure.peakRssMb);
        figures[`${key}_vs_floor`] = Number((measure.ms / floorMs).toFixed(2));
        figures[`${key}_vs_libreoffice`] = libreOffice ? Number((measure.ms / libreOffice.ms).toFixed(3)) : null;
      }
    }
    return figures;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
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
  process.stdout.write(JSON.stringify(figures) + "\n");
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
