import type { SegmentActionStrings } from "./segmentActionStrings";

export const segmentActionsSvSE: SegmentActionStrings = {
  toolbar: "Segmentåtgärder",
};
