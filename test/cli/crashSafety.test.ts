/**
 * The real command as its own process, killed (SIGKILL) during `add` and `log` on a 20,000-contact book, and run two
 * at a time on one book. Every kill leaves the book exactly as before or fully written, and the next run removes what
 * the killed one left; two runs at once either both land or one refuses, naming the other.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { segments } from "../support/cli";
import { buildCli, removeBuiltCli, runSegments, spawnSegments, type ProcessRun } from "../support/cliProcess";
import {
  contactColumn,
  contactNumberFormats,
  generateContacts,
  mulberry32,
  type CellValue,
} from "../support/generateContacts";
import { sheetValues, tempDir, writeWorkbook } from "../support/workbooks";

/** The crash hook's named points, in the order a write passes them. */
const BEFORE_REPLACE = ["locked", "temp-partial", "temp-written", "temp-synced"] as const;
const AFTER_REPLACE = ["renamed"] as const;
type Point = (typeof BEFORE_REPLACE)[number] | (typeof AFTER_REPLACE)[number];
type Kill = { at: Point } | { afterMs: number };

/** 7 named points and 3 random moments for each command: 20 kills in all. */
function killPlan(seed: number): Kill[] {
  const random = mulberry32(seed);
  const points: Point[] = [...BEFORE_REPLACE, ...AFTER_REPLACE, "temp-partial", "renamed"];
  const named: Kill[] = points.map((at) => ({ at }));
  return [...named, ...[0, 1, 2].map(() => ({ afterMs: Math.floor(random() * 4_000) }))];
}

let work: string;
let base: string;
let contactNos: string[];

/** Contacts that Add takes in (not excluded from segments), so each add below changes the book. */
function includable(values: CellValue[][]): string[] {
  return values
    .slice(1)
    .flatMap((row) => (row[contactColumn("Exclude from Segment")] === true ? [] : [String(row[contactColumn("No.")])]));
}

async function ok(...argv: string[]): Promise<void> {
  const run = await segments(...argv);
  if (run.code !== 0) throw new Error(`segments ${argv.join(" ")}: ${run.stderr}`);
}

beforeAll(async () => {
  work = await tempDir();
  const values = generateContacts({ rows: 20_000 });
  contactNos = includable(values);
  const formats = Object.fromEntries(contactNumberFormats().flatMap((format, i) => (format ? [[i + 1, format]] : [])));
  base = await writeWorkbook(path.join(work, "base.xlsx"), [{ name: "Contacts", values, formats }]);
  await ok("init", base);
  await ok("create", base, "--description", "Crash", "--template", "LETTER", "--salesperson", "JO");
  await ok("add", base, "SEG00001", "--where", `No.=${contactNos.slice(0, 5).join("|")}`);
  await buildCli();
}, 600_000);

afterAll(async () => {
  await fs.rm(work, { recursive: true, force: true });
  await removeBuiltCli();
});

async function bookIn(name: string): Promise<string> {
  const folder = path.join(work, name);
  await fs.mkdir(folder);
  const book = path.join(folder, "book.xlsx");
  await fs.copyFile(base, book);
  return book;
}

/** Files beside the book, each with the process that left it (temp files and the lock name their owner). */
async function leftovers(book: string): Promise<{ name: string; pid: number }[]> {
  const folder = path.dirname(book);
  const names = (await fs.readdir(folder)).filter((name) => name !== path.basename(book));
  return Promise.all(
    names.map(async (name) => {
      const fromName = /segments-(\d+)/.exec(name);
      if (fromName) return { name, pid: Number(fromName[1]) };
      const owner = JSON.parse(await fs.readFile(path.join(folder, name), "utf8").catch(() => "{}")) as {
        pid?: number;
      };
      return { name, pid: owner.pid ?? -1 };
    }),
  );
}

async function runKilled(argv: string[], kill: Kill): Promise<{ run: ProcessRun; pid: number }> {
  if ("at" in kill) {
    const child = await spawnSegments(argv, { SEGMENTS_TEST_CRASH_AT: kill.at });
    return { run: await child.done, pid: child.pid };
  }
  const child = await spawnSegments(argv);
  // A random moment: the assertions below hold wherever the kill lands, the run's end included.
  const timer = setTimeout(() => child.kill(), kill.afterMs);
  const run = await child.done;
  clearTimeout(timer);
  return { run, pid: child.pid };
}

/**
 * Runs `command(afters)` once per kill; returns how many runs got their change in. Checks after each: a named point
 * before the replace leaves the book byte for byte as it was, one after it leaves it changed; a run killed at a named
 * point (all of them after the lock) has removed what earlier runs left, so only its own files remain.
 */
async function crashRuns(
  book: string,
  plan: Kill[],
  command: (afters: number) => string[],
  onChange?: (afters: number) => Promise<void>,
): Promise<number> {
  let afters = 0;
  for (const kill of plan) {
    const before = await fs.readFile(book);
    const { run, pid } = await runKilled(command(afters), kill);
    const changed = !(await fs.readFile(book)).equals(before);
    if ("at" in kill) {
      expect({ at: kill.at, signal: run.signal, stderr: run.stderr }).toEqual({
        at: kill.at,
        signal: "SIGKILL",
        stderr: "",
      });
      expect({ at: kill.at, changed }).toEqual({
        at: kill.at,
        changed: (AFTER_REPLACE as readonly string[]).includes(kill.at),
      });
      expect((await leftovers(book)).filter((file) => file.pid !== pid)).toEqual([]);
    } else {
      // Killed, or finished before the kill: never a refusal or a damaged book.
      expect(run.signal === "SIGKILL" || run.code === 0 ? "killed or done" : run.stderr).toBe("killed or done");
    }
    if (!changed) continue;
    afters++;
    await onChange?.(afters);
  }
  return afters;
}

const records = (values: unknown[][]) =>
  values.slice(1).map((row) => Object.fromEntries(values[0].map((title, i) => [String(title), row[i]])));

describe("SIGKILL during a write (20,000 contacts)", () => {
  it("add: every kill leaves the book as it was or with the line added, and the next run cleans up", async () => {
    const book = await bookIn("add");
    const plan = killPlan(12);
    const added = (i: number) => contactNos[1_000 + i];
    let i = 0;
    const afters = await crashRuns(book, plan, () => ["add", book, "SEG00001", "--where", `No.=${added(i++)}`]);
    const final = await runSegments(["lines", book, "SEG00001", "--json"]);
    expect(final.code).toBe(0);
    expect(await leftovers(book)).toEqual([]);
    const lines = records(await sheetValues(book, "Segment Lines"));
    expect(lines).toHaveLength(5 + afters);
    expect(afters).toBeGreaterThanOrEqual(2);
  }, 1_200_000);

  it("log: every kill leaves the book as it was or with the segment logged, and the next run cleans up", async () => {
    const book = await bookIn("log");
    // Each log removes the segment and makes a follow-up with the next number, which the next run logs.
    const segment = (done: number) => `SEG${String(1 + done).padStart(5, "0")}`;
    // A follow-up has no interaction template of its own; it gets one, as a user would set it, before it is logged.
    const afters = await crashRuns(
      book,
      killPlan(14),
      (done) => ["log", book, segment(done), "--follow-up"],
      (done) => ok("set", book, segment(done), "--template", "LETTER", "--update-lines", "yes"),
    );
    const final = await runSegments(["entries", book, "--json"]);
    expect(final.code).toBe(0);
    expect(await leftovers(book)).toEqual([]);
    expect(records(await sheetValues(book, "Logged Segments"))).toHaveLength(afters);
    expect(records(await sheetValues(book, "Interaction Log"))).toHaveLength(5 * afters);
    expect(afters).toBeGreaterThanOrEqual(2);
  }, 1_200_000);
});

describe("SIGKILL while a large changed sheet is streamed (docs/decisions.md §D55)", () => {
  it("add and reduce of every contact: each kill leaves the old book or the whole new one, never a part", async () => {
    const book = await bookIn("streamed");
    await ok("create", book, "--description", "Everyone", "--template", "LETTER", "--salesperson", "JO");
    // Every includable contact: a Segment Lines sheet of megabytes, deflated batch by batch into its part.
    const everyone = ["SEG00002", "--where", "No.=CT*"];
    const linesOf = async () =>
      records(await sheetValues(book, "Segment Lines")).filter((line) => line["Segment No."] === "SEG00002").length;
    const afters = await crashRuns(
      book,
      [{ at: "temp-partial" }, { at: "renamed" }, { at: "temp-written" }, { at: "temp-partial" }, { afterMs: 1_500 }],
      // Each change flips the segment between every contact and none, so every run writes the big sheet or drops it.
      (done) => [done % 2 === 0 ? "add" : "reduce", book, ...everyone],
      async (done) => expect(await linesOf()).toBe(done % 2 === 1 ? contactNos.length : 0),
    );
    expect(afters).toBeGreaterThanOrEqual(1);
    // A later run removes what the killed ones left.
    expect((await runSegments(["lines", book, "SEG00002", "--json"])).code).toBe(0);
    expect(await leftovers(book)).toEqual([]);
    expect(await linesOf()).toBe(afters % 2 === 1 ? contactNos.length : 0);
  }, 1_200_000);
});

describe("two runs on one book at the same time", () => {
  it("both changes land, or one run refuses naming the other; nothing is lost silently (10 rounds)", async () => {
    const folder = path.join(work, "pair");
    await fs.mkdir(folder);
    const values = generateContacts({ rows: 200, seed: 3 });
    const book = await writeWorkbook(path.join(folder, "book.xlsx"), [{ name: "Contacts", values }]);
    const nos = includable(values);
    await ok("init", book);
    await ok("create", book, "--description", "Pairs");
    const expected: string[] = [];
    let refusals = 0;
    for (let round = 0; round < 10; round++) {
      const pair = [nos[2 * round], nos[2 * round + 1]];
      const children = await Promise.all(
        pair.map((no) => spawnSegments(["add", book, "SEG00001", "--where", `No.=${no}`])),
      );
      const runs = await Promise.all(children.map((child) => child.done));
      runs.forEach((run, i) => {
        if (run.code === 0) {
          expected.push(pair[i]);
          return;
        }
        refusals++;
        expect(run.stderr).toBe(
          `${book} is being changed by another segments run (process ${children[1 - i].pid}): nothing was done. Run the command again when it has finished.\n`,
        );
        expect(runs[1 - i].code).toBe(0);
      });
    }
    const lines = records(await sheetValues(book, "Segment Lines"));
    expect(lines.map((line) => line["Contact No."]).sort()).toEqual(expected.sort());
    expect(expected.length + refusals).toBe(20);
    expect(await leftovers(book)).toEqual([]);
  }, 600_000);
});
