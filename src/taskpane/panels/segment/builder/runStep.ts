/** One call for the three kinds of step, previewed or applied: the builder does not care which use case runs. */
import { addContacts } from "../../../../app/addContacts";
import type { RunContext, SegmentBook } from "../../../../app/store/ports";
import { removeContacts } from "../../../../app/removeContacts";
import type { BitSet } from "../../../../domain/bitset";
import type { MakeUp } from "../../../../domain/segments/makeUp";
import type { FilterGroup, StepOptions } from "../../../../domain/segments/step";
import type { UnjudgedColumn } from "../../../../domain/segments/unjudged";
import type { AddCount, RemoveCount } from "../../../i18n/segmentStrings";
import type { StepKind } from "../../../../domain/segments/step";

/** The counts, and per filtered column the contacts its conditions could not judge. */
export type StepCount = (({ readonly kind: "add" } & AddCount) | ({ readonly kind: "remove" } & RemoveCount)) & {
  readonly unjudged: readonly UnjudgedColumn[];
  /** On a preview, what the contacts the step adds or removes are made of. */
  readonly makeUp?: MakeUp;
};

export interface StepCall {
  readonly segmentNo: string;
  readonly kind: StepKind;
  readonly groups: readonly FilterGroup[];
  readonly options: StepOptions;
  readonly preview: boolean;
  readonly cache?: Map<string, BitSet>;
}

export async function runStep(book: SegmentBook, ctx: RunContext, call: StepCall): Promise<StepCount> {
  const { segmentNo, groups, preview, cache } = call;
  if (call.kind === "add") {
    const result = await addContacts(book, ctx, {
      segmentNo,
      groups,
      options: { ...call.options, entireCompanies: false },
      preview,
      cache,
    });
    return {
      kind: "add",
      added: result.added,
      excluded: result.excluded,
      alreadyPresent: result.alreadyPresent,
      unjudged: result.unjudged,
      makeUp: result.makeUp,
    };
  }
  const result = await removeContacts(book, ctx, {
    segmentNo,
    kind: call.kind,
    groups,
    entireCompanies: call.options.entireCompanies,
    preview,
    cache,
  });
  return {
    kind: "remove",
    removedContacts: result.removedContacts,
    removedLines: result.removedLines,
    kept: result.kept,
    unjudged: result.unjudged,
    makeUp: result.makeUp,
  };
}
