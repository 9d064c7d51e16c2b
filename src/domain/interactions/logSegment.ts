/**
 * Log Segment (docs/business-rules.md §7.3): after the checks, one Logged Segment and one Interaction Log entry per line with
 * a contact, numbered after the largest numbers in use. Campaign entries and sending are out of scope (docs/decisions.md §D11).
 */
import { excludedLines, ExcludedContactsError, type ExcludedLine } from "./excludedLines";
import { checkLogSegment, type CheckedLine, type LogCheckInput } from "./logChecks";
import { lastEntryNos, type InteractionLogEntry, type LoggedSegment } from "./logEntry";
import type { CorrespondenceType } from "../segments/header";

export interface LogSegmentInput extends LogCheckInput {
  readonly entries: readonly InteractionLogEntry[];
  /** The system date (Creation Date is not the work date, docs/business-rules.md §7.3). */
  readonly today: string;
  /** HH:MM:SS, the local time of logging. */
  readonly time: string;
  readonly userId: string;
  /** Log lines whose contact is excluded (docs/decisions.md §D9: the user was told and confirmed). */
  readonly includeExcluded: boolean;
}

export interface LogSegmentPlan {
  readonly logged: LoggedSegment;
  readonly entries: readonly InteractionLogEntry[];
  /** Lines logged although their contact is excluded (only with includeExcluded). */
  readonly excluded: readonly ExcludedLine[];
}

export function planLogSegment(input: LogSegmentInput): LogSegmentPlan {
  const checked = checkLogSegment(input);
  const excluded = excludedLines(checked);
  if (excluded.length > 0 && !input.includeExcluded) throw new ExcludedContactsError(input.header.no, excluded);
  const last = lastEntryNos(input.logged, input.entries);
  const logged: LoggedSegment = {
    entryNo: last.logged + 1,
    segmentNo: input.header.no,
    description: input.header.description,
    noOfInteractions: checked.length,
    creationDate: input.today,
    userId: input.userId,
    canceled: false,
  };
  const entries = checked.map((c, i) => logEntry(c, last.entry + 1 + i, logged, input));
  return { logged, entries, excluded };
}

/** docs/business-rules.md §7.2 with Send off (sending is out of scope): e-mail to a contact without an address becomes blank. */
export function correctedCorrespondenceType(type: CorrespondenceType, email: string): CorrespondenceType {
  return type === "Email" && email.trim() === "" ? "" : type;
}

function logEntry(
  { line, contact }: CheckedLine,
  entryNo: number,
  logged: LoggedSegment,
  input: LogSegmentInput,
): InteractionLogEntry {
  return {
    entryNo,
    contactNo: contact.no,
    contactCompanyNo: line.contactCompanyNo,
    // BC's Contact Name on an entry is the contact's own name, also for a company.
    contactName: contact.name,
    date: line.date,
    time: input.time,
    description: line.description,
    interactionTemplateCode: line.interactionTemplateCode,
    interactionGroupCode: line.interactionGroupCode,
    languageCode: line.languageCode,
    subject: line.subject,
    cost: line.cost,
    duration: line.duration,
    informationFlow: line.informationFlow,
    initiatedBy: line.initiatedBy,
    correspondenceType: correctedCorrespondenceType(line.correspondenceType, contact.email),
    salespersonCode: line.salespersonCode,
    segmentNo: logged.segmentNo,
    loggedSegmentEntryNo: logged.entryNo,
    campaignNo: line.campaignNo,
    campaignTarget: line.campaignTarget,
    campaignResponse: line.campaignResponse,
    evaluation: line.evaluation,
    attemptFailed: false,
    canceled: false,
    userId: input.userId,
  };
}
