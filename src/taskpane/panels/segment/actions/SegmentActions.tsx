import type { LogSegmentResult } from "../../../../app/logSegment";
import type { Notice } from "../../../notice";
import type { SegmentData } from "../useSegmentData";

export interface SegmentActionsProps {
  readonly segmentNo: string;
  readonly data: SegmentData;
  /** An action changed the workbook but the segment stays: show the notice and read the segment again. */
  readonly onDone: (notice: Notice) => void;
  /** The segment was logged (and so removed); the pane leaves it. */
  readonly onLogged: (result: LogSegmentResult) => void;
}

/** Log Segment, Apply Mailing Group and Export for the open segment. Placeholder: being built. */
export function SegmentActions(_props: SegmentActionsProps) {
  return null;
}
