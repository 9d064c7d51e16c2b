import type { SegmentActionStrings } from "./segmentActionStrings";

export const segmentActionsEnUS: SegmentActionStrings = {
  toolbar: "Segment actions",
};
