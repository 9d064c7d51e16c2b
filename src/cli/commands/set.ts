import { setHeader, type SetHeaderResult } from "../../app/setHeader";
import { DomainError } from "../../domain/errors";
import type { LineUpdate, UpdateLinesAnswer } from "../../domain/segments/headerChange";
import { parseHeaderChanges, type HeaderFieldId } from "../../domain/segments/headerFields";
import { COMMON } from "../args";
import { UsageError } from "../usage";
import type { Command } from "./command";

/** Option names per field: the first is the one usage shows; the others are the column header and create's names. */
const FIELD_OPTIONS: readonly [HeaderFieldId, readonly string[]][] = [
  ["description", ["description"]],
  ["salespersonCode", ["salesperson", "salesperson-code"]],
  ["date", ["date"]],
  ["interactionTemplateCode", ["template", "interaction-template-code"]],
  ["languageCode", ["language", "language-code"]],
  ["subject", ["subject"]],
  ["ignoreContactCorresType", ["ignore-contact-corres-type"]],
  ["correspondenceType", ["correspondence-type"]],
  ["informationFlow", ["information-flow"]],
  ["initiatedBy", ["initiated-by"]],
  ["unitCost", ["unit-cost"]],
  ["unitDuration", ["unit-duration"]],
  ["campaignNo", ["campaign", "campaign-no"]],
  ["campaignTarget", ["campaign-target"]],
  ["campaignResponse", ["campaign-response"]],
];

const FIELD_BY_OPTION = new Map(FIELD_OPTIONS.flatMap(([id, names]) => names.map((name) => [name, id] as const)));
const OPTIONS: Command["options"] = {
  ...Object.fromEntries([...FIELD_BY_OPTION.keys()].map((name) => [name, { type: "string" } as const])),
  "update-lines": { type: "string" },
};

export const SET_FIELDS_USAGE = FIELD_OPTIONS.map(([, names]) => `--${names[0]}`).join(", ");

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** An unknown --FIELD is a wrong call (exit 2), named with the fields there are. */
function checkFieldNames(args: readonly string[]): void {
  for (const arg of args) {
    if (!arg.startsWith("--") || arg === "--") continue;
    const name = arg.slice(2).split("=")[0];
    if (name in OPTIONS || name in COMMON) continue;
    throw new UsageError(`"--${name}" is not a segment header field. Fields: ${SET_FIELDS_USAGE}.`);
  }
}

function answerOf(value: string | undefined): UpdateLinesAnswer | undefined {
  if (value === undefined) return undefined;
  const answer = value.trim().toLowerCase();
  if (answer === "yes" || answer === "no") return answer;
  throw new DomainError(`--update-lines "${value}" is not valid: answer yes or no.`, "validation");
}

const scopeText = (u: LineUpdate) =>
  u.scope === "all" ? "all lines" : u.scope === "" ? "lines without a template" : `lines with template ${u.scope}`;
const updatesText = (updates: readonly LineUpdate[]) =>
  updates.map((u) => `${u.field} on ${plural(u.lines, "line")} (${scopeText(u)})`).join("; ");

function report(result: Extract<SetHeaderResult, { kind: "changed" }>, answer: UpdateLinesAnswer | undefined): string {
  if (!result.written) return `Nothing changed: ${result.segmentNo} already has these values.`;
  if (result.lines.length > 0)
    return `Changed ${result.segmentNo}; updated ${plural(result.lines.length, "line")}: ${updatesText(result.updates)}.`;
  if (answer === "no" && result.updates.length > 0)
    return `Changed ${result.segmentNo}; lines left as they were (--update-lines no).`;
  return `Changed ${result.segmentNo}; no line concerned.`;
}

export const set: Command = {
  options: OPTIONS,
  positionals: ["SEG"],
  checkArgs: checkFieldNames,
  async run(book, ctx, args, [segmentNo]) {
    // In the order given, so a field given twice (even under two names) is caught.
    const entries = args.ordered.flatMap((o) => {
      const id = FIELD_BY_OPTION.get(o.name);
      return id === undefined ? [] : [{ id, text: o.value ?? "" }];
    });
    if (entries.length === 0)
      throw new UsageError(`set needs at least one --FIELD VALUE. Fields: ${SET_FIELDS_USAGE}.`);
    const updateLines = answerOf(args.values["update-lines"] as string | undefined);
    const result = await setHeader(book, ctx, {
      segmentNo,
      changes: parseHeaderChanges(entries),
      updateLines,
      contacts: { name: args.common.contacts },
    });
    if (result.kind === "question") {
      throw new DomainError(
        `This change would also update ${plural(result.lineCount, "line")} of ${result.segmentNo}: ${updatesText(result.updates)}. ` +
          `Business Central asks whether to update the lines: pass --update-lines yes or --update-lines no. Nothing was written.`,
        "question",
      );
    }
    const json = {
      segmentNo: result.segmentNo,
      changed: result.written,
      header: result.header,
      updateLines: updateLines ?? null,
      linesUpdated: result.lines.length,
      updates: result.updates,
      lines: result.lines.map((line) => line.lineNo),
    };
    return { text: report(result, updateLines), json, changed: result.written };
  },
};
