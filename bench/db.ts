/**
 * `npm run bench:db [-- --contacts N]`: segments on PostgreSQL at scale (default 10,000,000 contacts).
 *
 * Without PGHOST it starts a throwaway cluster (scripts/pg-test-cluster.sh) and runs itself inside it; with PGHOST
 * it uses that server. Loads N contacts from the benchmarks' generator (test/support/generateContacts.ts, streamed
 * row by row) with COPY FROM STDIN through pg-copy-streams, unless the table already holds N of them; creates the
 * indexes the README recommends; then times, through the command (one process each, peak RSS measured): an Add
 * preview, the Add, a Reduce preview, the Reduce, Go Back and Log Segment of about 100,000 lines; and in this
 * process the same Add through the use case beside the Add hand-written as one INSERT … SELECT. Prints one JSON line
 * of figures, goals and ratios.
 *
 * The generator's rows travel by COPY rather than being made by generate_series on the server: the same data as
 * every other bench (names, companies and their persons, lists in mixed separators and case) without writing the
 * generator a second time in SQL.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { Readable } from "stream";
import { pipeline } from "stream/promises";
import type { Client } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { addContacts } from "../src/app/addContacts";
import { createSegment } from "../src/app/createSegment";
import { connect, dbTarget } from "../src/db/connection";
import { contactIndexSql, textFilterIndexSql } from "../src/db/concernSql";
import { PgBook } from "../src/db/pgBook";
import { FOLD_COLLATION, orderCollation } from "../src/db/schemaDdl";
import { qualified, quoteIdent } from "../src/db/sqlNames";
import { SEGMENT_LINES } from "../src/app/store/sheetSpecs";
import { NO_OPTIONS, type Condition, type FilterGroup } from "../src/domain/segments/step";
import { CONTACT_HEADERS, contactRows, type CellValue } from "../test/support/generateContacts";
import { nowMs } from "./stats";

const GOALS = { addVsHandWritten: 1.5, previewSeconds: 1, cliPeakRssMb: 200 };
const LOG_LINES = 100_000;
const CONTACTS_SCHEMA = "bench_crm";
const SCHEMA = "segments_bench";
const ROOT = path.resolve(__dirname, "..", "..");
const CLI = path.resolve(__dirname, "..", "src", "cli", "main.js");
const PEAK_RSS = path.join(ROOT, "bench", "peakRss.js");
const ctx = { today: "2025-03-04", workdate: "2025-03-04", locale: "sv", userId: "BENCH", time: "09:00:00" };

/** The generated columns' PostgreSQL types, as a CRM would declare them. */
const TYPES: Record<(typeof CONTACT_HEADERS)[number], string> = {
  "No.": "text PRIMARY KEY",
  Name: "text",
  Type: "text",
  "Company No.": "text",
  "Company Name": "text",
  "Salesperson Code": "text",
  "Correspondence Type": "text",
  "Language Code": "text",
  "E-Mail": "text",
  "Exclude from Segment": "boolean",
  "Industry Groups": "text",
  "Business Relations": "text",
  "Mailing Groups": "text",
  "Job Responsibilities": "text",
  City: "text",
  Employees: "integer",
  "Annual Revenue": "double precision",
  Created: "date",
};

function contactCount(): number {
  const args = process.argv.slice(2);
  const at = args.indexOf("--contacts");
  const count = at >= 0 ? Number(args[at + 1]) : 10_000_000;
  if (!Number.isInteger(count) || count < 1) throw new Error("--contacts takes a whole number of contacts");
  return count;
}

/** A cell in COPY's text format: \N for blank, backslash escapes; an Excel serial date as yyyy-mm-dd. */
function copyCell(header: string, value: CellValue): string {
  if (value === "") return "\\N";
  if (header === "Created" && typeof value === "number")
    return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

function* copyText(count: number): Generator<string> {
  let chunk: string[] = [];
  for (const row of contactRows({ rows: count, seed: 7 })) {
    chunk.push(row.map((value, i) => copyCell(CONTACT_HEADERS[i], value)).join("\t"));
    if (chunk.length === 10_000) {
      yield chunk.join("\n") + "\n";
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk.join("\n") + "\n";
}

const TABLE = qualified(CONTACTS_SCHEMA, "contacts");

/** Loads the contacts unless the table holds exactly `count` already; returns the seconds spent (0 when kept). */
async function load(client: Client, count: number): Promise<number> {
  const exists = (await client.query("SELECT to_regclass($1) IS NOT NULL AS e", [TABLE])).rows[0].e as boolean;
  if (exists) {
    const have = Number((await client.query(`SELECT count(*) AS n FROM ${TABLE}`)).rows[0].n);
    if (have === count) return 0;
  }
  const start = nowMs();
  await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(CONTACTS_SCHEMA)} CASCADE`);
  await client.query(`CREATE SCHEMA ${quoteIdent(CONTACTS_SCHEMA)}`);
  const columns = CONTACT_HEADERS.map((h) => `${quoteIdent(h)} ${TYPES[h]}`).join(", ");
  await client.query(`CREATE TABLE ${TABLE} (${columns})`);
  await pipeline(Readable.from(copyText(count)), client.query(copyFrom(`COPY ${TABLE} FROM STDIN`)));
  // The indexes the README recommends: contact numbers and company links, and the column the Add filters on.
  for (const sql of [
    ...contactIndexSql(TABLE, "No.", "Company No."),
    textFilterIndexSql(TABLE, "City"),
    textFilterIndexSql(TABLE, "Salesperson Code"),
  ])
    await client.query(sql);
  await client.query(`ANALYZE ${TABLE}`);
  return (nowMs() - start) / 1000;
}

/**
 * The Add's filter, so the segment Log logs is about LOG_LINES contacts whatever the contact count: City = one or
 * more cities (the most common first); when one city alone holds too many, that city and Salesperson Code = the
 * codes that bring it to the size. Two conditions at most, each served by an index the README recommends.
 */
async function addGroups(client: Client): Promise<{ groups: FilterGroup[]; expected: number }> {
  const where = (field: string, filter: string): Condition => ({ table: "Contact", field, filter });
  const counts = async (sql: string, values: unknown[] = []) =>
    (await client.query(sql, values)).rows as { v: string; n: number }[];
  const pick = (rows: readonly { v: string; n: number }[]) => {
    const chosen: string[] = [];
    let sum = 0;
    for (const { v, n } of rows) {
      if (sum >= LOG_LINES * 0.9) break;
      if (sum + n > LOG_LINES * 1.1) continue;
      chosen.push(v);
      sum += n;
    }
    return { chosen, sum };
  };
  const cities = await counts(
    `SELECT "City" AS v, count(*)::int AS n FROM ${TABLE} WHERE "City" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  const byCity = pick(cities);
  if (byCity.chosen.length > 0 && byCity.sum >= LOG_LINES * 0.9)
    return { groups: [[where("City", byCity.chosen.join("|"))]], expected: byCity.sum };
  const city = cities[0].v;
  const codes = pick(
    await counts(
      `SELECT "Salesperson Code" AS v, count(*)::int AS n FROM ${TABLE} WHERE "City" = $1 AND "Salesperson Code" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
      [city],
    ),
  );
  return {
    groups: [[where("City", city), where("Salesperson Code", codes.chosen.join("|"))]],
    expected: codes.sum,
  };
}

interface Measure {
  readonly seconds: number;
  readonly peakRssMb: number;
  /** The process's own CPU time (user and system): steadier than wall time on a shared machine. */
  readonly cpuSeconds: number;
  readonly stdout: string;
}

/** One command as its own process, with its peak RSS and CPU time (bench/peakRss.js writes them as JSON). */
function cli(args: readonly string[]): Measure {
  const report = path.join(os.tmpdir(), `segments-bench-db-rss-${process.pid}.txt`);
  const start = nowMs();
  const run = spawnSync(
    process.execPath,
    ["-r", PEAK_RSS, CLI, ...args, "--db=", "--schema", SCHEMA, "--contacts", TABLE, "--user", "BENCH"],
    { env: { ...process.env, SEGMENTS_BENCH_RSS: report }, encoding: "utf8", maxBuffer: 1 << 26 },
  );
  const seconds = (nowMs() - start) / 1000;
  if (run.status !== 0) throw new Error(`segments ${args.join(" ")} failed (${run.status}): ${run.stderr}`);
  const { peakRssKb, cpuUs } = JSON.parse(readFileSync(report, "utf8")) as { peakRssKb: number; cpuUs: number };
  return { seconds, peakRssMb: peakRssKb / 1024, cpuSeconds: cpuUs / 1e6, stdout: run.stdout.trim() };
}

function whereArgs(groups: readonly FilterGroup[]): string[] {
  return groups.flatMap((group, i) => [
    ...(i > 0 ? ["--or"] : []),
    ...group.flatMap((c) => ["--where", `${c.field}=${c.filter}`]),
  ]);
}

/** The same Add as one statement: match, skip excluded and present contacts, number in BC's order, insert. */
function handWrittenAdd(segmentNo: string, groups: readonly FilterGroup[]): { text: string; values: string[] } {
  const values: string[] = [segmentNo];
  const fold = (sql: string) => `lower(${sql} COLLATE ${FOLD_COLLATION})`;
  const condition = groups
    .map(
      (group) =>
        `(${group
          .map((c) => {
            const cell = fold(`coalesce(c.${quoteIdent(c.field)}, '')`);
            const alternatives = c.filter.split("|").map((value) => {
              values.push(value);
              return `${cell} = ${fold(`$${values.length}::text`)}`;
            });
            return `(${alternatives.join(" OR ")})`;
          })
          .join(" AND ")})`,
    )
    .join(" OR ");
  const lines = qualified(SCHEMA, SEGMENT_LINES.tableName);
  const sv = qualified(SCHEMA, orderCollation("sv").name);
  const order = `ORDER BY coalesce(co."Name", '') COLLATE ${sv}, c."Company No.", c."Type", c."Name" COLLATE ${sv}, c."No."`;
  return {
    values,
    text: `INSERT INTO ${lines} ("Segment No.", "Line No.", "Contact No.", "Contact Company No.", "Contact Name",
      "Contact Company Name", "Date", "Salesperson Code", "Language Code", "Correspondence Type")
    SELECT $1, 10000 * row_number() OVER (${order}), c."No.", coalesce(c."Company No.", ''), coalesce(c."Name", ''),
      coalesce(co."Name", ''), DATE '2025-03-04', coalesce(c."Salesperson Code", ''), coalesce(c."Language Code", ''),
      coalesce(c."Correspondence Type", '')
    FROM ${TABLE} c LEFT JOIN ${TABLE} co ON co."No." = c."Company No."
    WHERE (${condition}) AND c."Exclude from Segment" IS NOT TRUE
      AND NOT EXISTS (SELECT 1 FROM ${lines} l WHERE l."Segment No." = $1 AND l."Contact No." = c."No.")`,
  };
}

async function main(): Promise<void> {
  if (!process.env.PGHOST) {
    const cluster = path.join(ROOT, "scripts", "pg-test-cluster.sh");
    const run = spawnSync(cluster, [process.execPath, __filename, ...process.argv.slice(2)], { stdio: "inherit" });
    process.exit(run.status ?? 1);
  }
  const count = contactCount();
  const client = await connect(dbTarget(undefined));
  try {
    process.stderr.write(`loading ${count.toLocaleString("en")} contacts…\n`);
    const loadSeconds = await load(client, count);
    const { groups, expected } = await addGroups(client);
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(SCHEMA)} CASCADE`);
    const where = whereArgs(groups);
    cli(["init"]);
    cli(["create", "--description", "Bench", "--template", "PHONE", "--salesperson", "JO"]);
    process.stderr.write(`timing the command on ${groups.length} filter groups (~${expected} contacts)…\n`);
    const previews = [1, 2, 3].map(() => cli(["add", "SEG00001", ...where, "--preview"]));
    const preview = [...previews].sort((a, b) => a.seconds - b.seconds)[1];
    const add = cli(["add", "SEG00001", ...where]);
    const lines = Number(
      (await client.query(`SELECT count(*) AS n FROM ${qualified(SCHEMA, SEGMENT_LINES.tableName)}`)).rows[0].n,
    );
    const reduceWhere = ["--where", "Mailing Groups=NEWS"];
    const reducePreviews = [1, 2, 3].map(() => cli(["reduce", "SEG00001", ...reduceWhere, "--preview"]));
    const reducePreview = [...reducePreviews].sort((a, b) => a.seconds - b.seconds)[1];
    const reduce = cli(["reduce", "SEG00001", ...reduceWhere]);
    const back = cli(["back", "SEG00001"]);
    const log = cli(["log", "SEG00001"]);

    // Ours in this process beside the hand-written statement, alternating, best of two each.
    const book = new PgBook(client, { schema: SCHEMA, contacts: TABLE, locale: "sv" });
    const ours: number[] = [];
    const hand: number[] = [];
    for (let round = 0; round < 2; round++) {
      const a = await book.action(() => createSegment(book, ctx, { description: "Ours" }));
      let start = nowMs();
      await book.action(() => addContacts(book, ctx, { segmentNo: a.no, groups, options: NO_OPTIONS }));
      ours.push((nowMs() - start) / 1000);
      const b = await book.action(() => createSegment(book, ctx, { description: "Hand-written" }));
      const statement = handWrittenAdd(b.no, groups);
      start = nowMs();
      await client.query(statement.text, statement.values);
      hand.push((nowMs() - start) / 1000);
    }
    const steps = { preview, add, reduce_preview: reducePreview, reduce, back, log };
    const peak = Math.max(...[...previews, add, ...reducePreviews, reduce, back, log].map((m) => m.peakRssMb));
    const oursBest = Math.min(...ours);
    const handBest = Math.min(...hand);
    const report = {
      bench_db: {
        contacts: count,
        load_seconds: round(loadSeconds),
        add_filter_groups: groups.length,
        log_lines: lines,
        command_seconds: Object.fromEntries(Object.entries(steps).map(([k, m]) => [k, round(m.seconds)])),
        command_cpu_seconds: Object.fromEntries(Object.entries(steps).map(([k, m]) => [k, round(m.cpuSeconds)])),
        command_peak_rss_mb: Object.fromEntries(Object.entries(steps).map(([k, m]) => [k, Math.round(m.peakRssMb)])),
        add_use_case_seconds: round(oursBest),
        add_hand_written_sql_seconds: round(handBest),
        ratios: { add_vs_hand_written: round(oursBest / handBest) },
        goals: GOALS,
        met: {
          add_vs_hand_written: oursBest / handBest <= GOALS.addVsHandWritten,
          preview_seconds: preview.seconds < GOALS.previewSeconds,
          reduce_preview_seconds: reducePreview.seconds < GOALS.previewSeconds,
          cli_peak_rss_mb: peak < GOALS.cliPeakRssMb,
        },
        outputs: {
          preview: preview.stdout,
          add: add.stdout,
          reduce_preview: reducePreview.stdout,
          reduce: reduce.stdout,
          log: log.stdout.split("\n")[0],
        },
      },
    };
    process.stdout.write(JSON.stringify(report) + "\n");
  } finally {
    await client.end();
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
