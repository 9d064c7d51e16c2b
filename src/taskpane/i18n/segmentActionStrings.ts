/** Texts of the Segment panel's actions on the whole segment: Log Segment, Apply Mailing Group, Export. */
export interface SegmentActionStrings {
  readonly toolbar: string;
}
