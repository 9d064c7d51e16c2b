/**
 * Properties of logging and canceling on every book of the matrix (fewer runs on PostgreSQL, each a schema of its
 * own): entry numbers stay unique and increasing across many
 * logs and cancels; canceling then uncanceling a logged segment leaves every one of its entries not canceled.
 */
import fc from "fast-check";
import { cancelInteractions } from "../../src/app/cancelInteractions";
import { createSegment } from "../../src/app/createSegment";
import { logSegment } from "../../src/app/logSegment";
import { DomainError } from "../../src/domain/errors";
import type { CancelMode } from "../../src/domain/interactions/cancel";
import type { InteractionLogEntry, LoggedSegment } from "../../src/domain/interactions/logEntry";
import { INTERACTION_LOG, LOGGED_SEGMENTS } from "../../src/app/store/sheetSpecs";
import { eachBook, memoryBooks, type TestBook } from "../support/bookMatrix";
import { addByNo, ctx, ex10TestBook, records } from "../support/interactionFixtures";

const CONTACTS = ["CT01", "CT02", "CT03", "CT04", "CT05", "CT06", "CT07", "CT08", "CT09", "CT10", "CT11"];

const logStep = fc.record({
  kind: fc.constant("log" as const),
  contacts: fc.subarray(CONTACTS, { minLength: 1 }),
  followUp: fc.boolean(),
});
const cancelStep = fc.record({
  kind: fc.constant("cancel" as const),
  mode: fc.constantFrom<CancelMode>("cancel", "uncancel", "switch"),
  logged: fc.boolean(),
  pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
});
type Step =
  | { kind: "log"; contacts: string[]; followUp: boolean }
  | { kind: "cancel"; mode: CancelMode; logged: boolean; pick: number[] };

async function logNew(
  book: TestBook,
  contacts: readonly string[],
  followUp: boolean,
): Promise<{ logged: number; entries: readonly number[] }> {
  const { no } = await createSegment(book, ctx, {
    description: "Mailing",
    templateCode: "LETTER",
    salespersonCode: "JO",
  });
  // Add skips excluded contacts; a segment left empty is refused (nothing written), as Ex 11 says.
  await addByNo(book, no, contacts.join("|"));
  const result = await logSegment(book, ctx, { segmentNo: no, followUp });
  return { logged: result.loggedEntryNo, entries: result.entryNos };
}

async function cancelSome(book: TestBook, step: Extract<Step, { kind: "cancel" }>): Promise<void> {
  const logged = await records<LoggedSegment>(book, LOGGED_SEGMENTS);
  const entries = await records<InteractionLogEntry>(book, INTERACTION_LOG);
  const target = step.logged
    ? { logged: logged[step.pick[0] % logged.length].entryNo }
    : { entries: step.pick.map((i) => entries[i % entries.length].entryNo) };
  const both = async () => [await book.records(INTERACTION_LOG), await book.records(LOGGED_SEGMENTS)];
  const before = await both();
  try {
    await cancelInteractions(book, { target, mode: step.mode });
  } catch (error) {
    // Uncanceling an entry of a canceled logged segment is refused, and then nothing at all changes.
    expect(error).toBeInstanceOf(DomainError);
    expect(await both()).toEqual(before);
  }
}

eachBook((books) => {
  const numRuns = books === memoryBooks ? 40 : 8;

  it("entry numbers stay unique and increasing across many logs and cancels", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(logStep, cancelStep) as fc.Arbitrary<Step>, { minLength: 1, maxLength: 8 }),
        async (steps) => {
          const { book } = await ex10TestBook(books);
          let lastEntry = 120;
          let lastLogged = 7;
          for (const step of steps) {
            if (step.kind === "cancel") {
              await cancelSome(book, step);
              continue;
            }
            const made = await logNew(book, step.contacts, step.followUp).catch((error: unknown) => {
              expect((error as Error).message).toMatch(/is empty\.$/);
              return undefined;
            });
            if (!made) continue;
            expect(made.logged).toBe(lastLogged + 1);
            expect(made.entries).toEqual(made.entries.map((_, i) => lastEntry + 1 + i));
            lastLogged = made.logged;
            lastEntry = made.entries.at(-1)!;
          }
          const numbers = (await records<InteractionLogEntry>(book, INTERACTION_LOG)).map((e) => e.entryNo);
          expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
          expect(new Set(numbers).size).toBe(numbers.length);
          const logged = (await records<LoggedSegment>(book, LOGGED_SEGMENTS)).map((l) => l.entryNo);
          expect(new Set(logged).size).toBe(logged.length);
        },
      ),
      { numRuns },
    );
  });

  it("cancel then uncancel of a logged segment leaves every one of its entries not canceled", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(CONTACTS, { minLength: 1 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat(),
        async (segments, singles, which) => {
          const { book } = await ex10TestBook(books);
          const made = [];
          for (const contacts of segments) made.push(await logNew(book, contacts, false).catch(() => undefined));
          const logs = made.filter((m) => m !== undefined);
          fc.pre(logs.length > 0);
          const all = logs.flatMap((m) => m.entries);
          if (singles.length > 0)
            await cancelInteractions(book, {
              target: { entries: singles.map((i) => all[i % all.length]) },
              mode: "cancel",
            });
          const chosen = logs[which % logs.length];
          const others = async () =>
            (await records<InteractionLogEntry>(book, INTERACTION_LOG)).filter(
              (e) => e.loggedSegmentEntryNo !== chosen.logged,
            );
          const othersBefore = await others();

          await cancelInteractions(book, { target: { logged: chosen.logged }, mode: "cancel" });
          await cancelInteractions(book, { target: { logged: chosen.logged }, mode: "uncancel" });

          const mine = (await records<InteractionLogEntry>(book, INTERACTION_LOG)).filter(
            (e) => e.loggedSegmentEntryNo === chosen.logged,
          );
          expect(mine.map((e) => e.entryNo)).toEqual(chosen.entries);
          expect(mine.every((e) => !e.canceled)).toBe(true);
          const row = (await records<LoggedSegment>(book, LOGGED_SEGMENTS)).find((l) => l.entryNo === chosen.logged)!;
          expect(row).toMatchObject({ canceled: false, noOfInteractions: chosen.entries.length });
          expect(await others()).toEqual(othersBefore);
        },
      ),
      { numRuns },
    );
  });
});
