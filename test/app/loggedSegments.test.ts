/** The logged segments list for the pane: No. of Interactions counted live as BC does (docs/business-rules.md §8.2). */
import { logSegment } from "../../src/app/logSegment";
import { loggedSegmentList } from "../../src/app/loggedSegments";
import { INTERACTION_LOG } from "../../src/app/store/sheetSpecs";
import { ctx, ex10Book } from "../support/interactionFixtures";

it("counts the entries whose Canceled equals the logged segment's, also after a hand edit of the Interaction Log", async () => {
  const { book, segmentNo } = await ex10Book();
  await logSegment(book, ctx, { segmentNo });
  expect((await loggedSegmentList(book)).map((l) => [l.entryNo, l.noOfInteractions])).toEqual([
    [7, 1],
    [8, 3],
  ]);
  const canceled = INTERACTION_LOG.columns.findIndex((c) => c.prop === "canceled");
  book.editRows(INTERACTION_LOG.sheetName, (rows) =>
    rows.map((r) => (r[0] === 122 ? r.map((cell, i) => (i === canceled ? true : cell)) : r)),
  );
  expect((await loggedSegmentList(book)).find((l) => l.entryNo === 8)?.noOfInteractions).toBe(2);
});
