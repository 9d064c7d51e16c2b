/** The logged segments list for the pane, on every book of the matrix: No. of Interactions counted live as BC does (docs/business-rules.md §8.2). */
import { logSegment } from "../../src/app/logSegment";
import { loggedSegmentList } from "../../src/app/loggedSegments";
import { INTERACTION_LOG } from "../../src/app/store/sheetSpecs";
import { eachBook } from "../support/bookMatrix";
import { ctx, ex10TestBook } from "../support/interactionFixtures";

eachBook((books) => {
  it("counts the entries whose Canceled equals the logged segment's, also after a hand edit of the Interaction Log", async () => {
    const { book, segmentNo } = await ex10TestBook(books);
    await logSegment(book, ctx, { segmentNo });
    expect((await loggedSegmentList(book)).map((l) => [l.entryNo, l.noOfInteractions])).toEqual([
      [7, 1],
      [8, 3],
    ]);
    await book.editRecords(INTERACTION_LOG, (entries) =>
      entries.map((e) => (e.entryNo === 122 ? { ...e, canceled: true } : e)),
    );
    expect((await loggedSegmentList(book)).find((l) => l.entryNo === 8)?.noOfInteractions).toBe(2);
  });
});
