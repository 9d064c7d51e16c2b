import { newSegmentHeader, type SegmentHeader } from "../segments/header";

const DESCRIPTION_LENGTH = 50;

/**
 * docs/business-rules.md §7.3: the follow-up of a logged segment is dated on the work date, keeps the campaign and
 * nothing else of the interaction settings (no template). Its lines come from Reuse Segment.
 */
export function followUpHeader(no: string, logged: SegmentHeader, workdate: string): SegmentHeader {
  const description = `Follow-up on segment ${logged.no}`.slice(0, DESCRIPTION_LENGTH);
  return newSegmentHeader(no, { description, campaignNo: logged.campaignNo }, workdate);
}
