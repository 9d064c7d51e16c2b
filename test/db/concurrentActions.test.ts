/**
 * Many users on one database at once (docs/decisions.md §D58), with real clients (a connection each). An action is
 * held open after it has written, before it commits; what the others do meanwhile is watched in pg_stat_activity
 * (a client waiting for a lock says so there), never timed. Each action must run once: a conflict that makes an
 * action run again means two actions got in each other's way.
 */
import { addContacts } from "../../src/app/addContacts";
import { createSegment } from "../../src/app/createSegment";
import { eraseContact } from "../../src/app/eraseContact";
import { logSegment } from "../../src/app/logSegment";
import { delegateBook } from "../../src/app/store/delegateBook";
import type { RunContext, SegmentBook } from "../../src/app/store/ports";
import { INTERACTION_LOG, SEGMENT_LINES, SEGMENTS, type SegmentRow } from "../../src/app/store/sheetSpecs";
import { stepHistory } from "../../src/app/stepHistory";
import { PgBook } from "../../src/db/pgBook";
import type { InteractionLogEntry } from "../../src/domain/interactions/logEntry";
import type { SegmentLine } from "../../src/domain/segments/line";
import { NO_OPTIONS, type Condition } from "../../src/domain/segments/step";
import { bcBaseValues } from "../support/bcBaseData";
import { useTestDatabase } from "../support/pgTestDb";

const ctx: RunContext = {
  today: "2025-03-04",
  workdate: "2025-03-01",
  locale: "en",
  userId: "TESTER",
  time: "09:30:00",
};
const salesperson = (code: string): Condition[] => [{ table: "Contact", field: "Salesperson Code", filter: code }];

const database = useTestDatabase();
let schema: string;
let contacts: string;

beforeAll(async () => {
  ({ schema, contacts } = await database.schemaWithContacts("users", bcBaseValues(), { lists: ["Mailing Groups"] }));
});

/** A user: a connection of its own, its server process id, and a count of how often its actions ran. */
interface User {
  readonly book: PgBook;
  readonly pid: number;
  runs: number;
}

async function newUser(): Promise<User> {
  const client = await database.connectAnother();
  const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
  return { book: new PgBook(client, { schema, contacts }), pid, runs: 0 };
}

/** A gate an action stops at after writing its change, before its transaction commits. */
interface Gate {
  /** Resolves once the action has written (and holds its locks). */
  readonly written: Promise<void>;
  readonly open: () => void;
  /** Called by the action: says it has written, and waits for the gate to open. */
  readonly reach: () => Promise<void>;
}

function gate(): Gate {
  let hold!: () => void;
  let open!: () => void;
  const written = new Promise<void>((resolve) => (hold = resolve));
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { written, open, reach: () => (hold(), opened) };
}

/** Runs `work` as one action of `user`, stopping at `stop` (when given) after the commit's writes. */
function act<T>(user: User, work: (book: SegmentBook) => Promise<T>, stop?: Gate): Promise<T> {
  return user.book.action((pg) => {
    user.runs += 1;
    if (!stop) return work(pg);
    return work(delegateBook(pg, { commit: (change) => pg.commit(change).then(stop.reach) }));
  });
}

const add = (no: string, code: string) => (book: SegmentBook) =>
  addContacts(book, ctx, { segmentNo: no, groups: [salesperson(code)], options: NO_OPTIONS });
const newSegment = (description: string) => (book: SegmentBook) =>
  createSegment(book, ctx, { description, templateCode: "LETTER", salespersonCode: "JO" });

/** Resolves once `waiter`'s server process waits for a lock `holder` holds. */
async function waitsFor(waiter: User, holder: User): Promise<void> {
  for (;;) {
    const { rows } = await database.client.query<{ blocked: boolean }>(
      "SELECT $2::int = ANY(pg_blocking_pids($1::int)) AS blocked",
      [waiter.pid, holder.pid],
    );
    if (rows[0].blocked) return;
  }
}

/**
 * Watches `users` until `done` settles: fails the moment one of them waits for a lock another action holds. Only
 * lock-manager waits count: the server's own brief waits (extending a table that several users insert into at once)
 * are not a lock an action holds, and pg_blocking_pids does not list them.
 */
async function noneWaits(users: readonly User[], done: Promise<unknown>): Promise<void> {
  let settled = false;
  void done.finally(() => (settled = true));
  while (!settled) {
    const { rows } = await database.client.query<{ pid: number; holders: number[]; wait: string; query: string }>(
      `SELECT pid, pg_blocking_pids(pid) AS holders, wait_event AS wait, query FROM pg_stat_activity
        WHERE pid = ANY($1::int[]) AND cardinality(pg_blocking_pids(pid)) > 0`,
      [users.map((user) => user.pid)],
    );
    for (const { pid, holders, wait, query } of rows)
      throw new Error(`client ${pid} waits (${wait}) for a lock client ${holders.join(", ")} holds, in: ${query}`);
  }
}

async function linesOf(no: string): Promise<SegmentLine[]> {
  const book = new PgBook(database.client, { schema, contacts });
  return (await book.readRows<SegmentLine>(SEGMENT_LINES))
    .map((row) => row.record)
    .filter((line) => line.segmentNo === no)
    .sort((a, b) => a.lineNo - b.lineNo);
}

const contactNos = (lines: readonly SegmentLine[]) => lines.map((line) => line.contactNo).sort();

describe("users on different segments never wait for each other", () => {
  it("four users each hold an Add on their own segment open at once; all commit, each action once", async () => {
    const users = await Promise.all([1, 2, 3, 4].map(() => newUser()));
    const made: SegmentRow[] = [];
    for (const [i, user] of users.entries()) made.push(await act(user, newSegment(`own ${i}`)));
    for (const user of users) user.runs = 0;
    const gates = users.map(() => gate());
    const adds = users.map((user, i) => act(user, add(made[i].no, i % 2 === 0 ? "JO" : "PS"), gates[i]));
    // Every Add has written and holds its locks at the same time: none waited for another.
    const allWritten = Promise.all(gates.map((g) => g.written));
    try {
      await Promise.all([allWritten, noneWaits(users, allWritten)]);
    } finally {
      // Opened on a failure too, so no transaction is left holding locks the next tests would wait for.
      for (const g of gates) g.open();
    }
    await Promise.all(adds);
    expect(users.map((user) => user.runs)).toEqual([1, 1, 1, 1]);
    // Each segment got what the same Add gives when run alone (JO's contacts, PS's contacts).
    const counts = [];
    for (const segment of made) counts.push((await linesOf(segment.no)).length);
    expect(counts).toEqual([3, 4, 3, 4]);
  });
});

describe("users on the same segment take turns", () => {
  it("the second Add waits for the first, then adds after its lines; a third user's new segment does not wait; Go Back undoes each exactly", async () => {
    const [first, second, third] = await Promise.all([newUser(), newUser(), newUser()]);
    const segment = await act(first, newSegment("shared"));
    first.runs = 0;
    const held = gate();
    const firstAdd = act(first, add(segment.no, "JO"), held);
    await held.written;
    const secondAdd = act(second, add(segment.no, "JO|PS"));
    await waitsFor(second, first);
    // Meanwhile another user creates a segment and steps it: it never waits for the held segment.
    const elsewhere = act(third, async (book) => add((await newSegment("elsewhere")(book)).no, "PS")(book));
    await Promise.all([elsewhere, noneWaits([third], elsewhere)]);
    held.open();
    const [one, two] = await Promise.all([firstAdd, secondAdd]);
    expect([first.runs, second.runs]).toEqual([1, 1]);
    // The second saw the first's lines: it added only the others, numbered after them.
    const lines = await linesOf(segment.no);
    const mine = (added: typeof one) => added.newLines.map((line) => line.contactNo).sort();
    expect(new Set([...mine(one), ...mine(two)]).size).toBe(one.newLines.length + two.newLines.length);
    expect(contactNos(lines)).toEqual([...mine(one), ...mine(two)].sort());
    expect(Math.min(...two.newLines.map((l) => l.lineNo))).toBeGreaterThan(
      Math.max(...one.newLines.map((l) => l.lineNo)),
    );
    const header = (await first.book.readRows<SegmentRow>(SEGMENTS)).find((row) => row.record.no === segment.no);
    expect(header?.record.noOfLines).toBe(lines.length);

    await act(first, (book) => stepHistory(book, { segmentNo: segment.no, direction: "back" }));
    expect(contactNos(await linesOf(segment.no))).toEqual(mine(one));
    await act(second, (book) => stepHistory(book, { segmentNo: segment.no, direction: "back" }));
    expect(await linesOf(segment.no)).toEqual([]);
    await act(first, (book) => stepHistory(book, { segmentNo: segment.no, direction: "forward" }));
    await act(second, (book) => stepHistory(book, { segmentNo: segment.no, direction: "forward" }));
    expect(await linesOf(segment.no)).toEqual(lines);
  });
});

describe("Log Segment numbers the Interaction Log without gaps", () => {
  it("a second Log waits for the first's entry numbers; an Add elsewhere does not wait for either", async () => {
    const [first, second, third] = await Promise.all([newUser(), newUser(), newUser()]);
    const [a, b, c] = [
      await act(first, newSegment("log a")),
      await act(first, newSegment("log b")),
      await act(first, newSegment("step c")),
    ];
    await act(first, add(a.no, "JO"));
    await act(first, add(b.no, "PS"));
    const toLog = (await linesOf(a.no)).length + (await linesOf(b.no)).length;
    const entryNos = async () =>
      (await first.book.readRows<InteractionLogEntry>(INTERACTION_LOG)).map((row) => row.record.entryNo);
    const before = await entryNos();
    first.runs = 0;
    const held = gate();
    const firstLog = act(first, (book) => logSegment(book, ctx, { segmentNo: a.no, followUp: true }), held);
    await held.written;
    const secondLog = act(second, (book) => logSegment(book, ctx, { segmentNo: b.no, followUp: false }));
    await waitsFor(second, first);
    const step = act(third, add(c.no, "JO"));
    await Promise.all([step, noneWaits([third], step)]);
    held.open();
    const [one, two] = await Promise.all([firstLog, secondLog]);
    expect([first.runs, second.runs]).toEqual([1, 1]);
    const start = Math.max(0, ...before) + 1;
    const added = (await entryNos()).filter((no) => !before.includes(no)).sort((x, y) => x - y);
    expect(added).toEqual(added.map((_, i) => start + i));
    expect(added).toHaveLength(toLog);
    expect(Math.min(...two.entryNos)).toBeGreaterThan(Math.max(...one.entryNos));
  });
});

describe("erasing a contact claims the whole book", () => {
  it("waits for an Add under way, then erases the line that Add wrote as well", async () => {
    const [first, second] = await Promise.all([newUser(), newUser()]);
    const segment = await act(first, newSegment("erase"));
    first.runs = 0;
    const held = gate();
    const adding = act(first, add(segment.no, "JO"), held);
    await held.written;
    const erasing = act(second, (book) => eraseContact(book, { contactNo: "CT02", confirmed: true }));
    await waitsFor(second, first);
    held.open();
    const [, erased] = await Promise.all([adding, erasing]);
    expect([first.runs, second.runs]).toEqual([1, 1]);
    expect(erased.segments).toContain(segment.no);
    const lines = await linesOf(segment.no);
    expect(lines.map((line) => line.contactNo)).not.toContain("CT02");
    const header = (await first.book.readRows<SegmentRow>(SEGMENTS)).find((row) => row.record.no === segment.no);
    expect(header?.record.noOfLines).toBe(lines.length);
  });
});
