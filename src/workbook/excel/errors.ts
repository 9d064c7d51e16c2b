/** Excel's error codes turned into messages that say what to do. */
import { DomainError } from "../../domain/errors";

export function officeCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadError(error: unknown): boolean {
  const code = officeCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

export const editModeMessage = "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.";

/** A failure while reading or writing, as one clear message (the original kept as cause). */
export function excelError(error: unknown, doing: string): DomainError {
  if (error instanceof DomainError) return error;
  const code = officeCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  let message: string;
  switch (code) {
    case "InvalidOperationInCellEditMode":
      message = editModeMessage;
      break;
    case "AccessDenied":
      message = `Excel refused ${doing}: a sheet is protected or the workbook is read-only. Unprotect the sheet (Review > Unprotect Sheet) or open an editable copy, then try again.`;
      break;
    default:
      message = `Excel could not finish ${doing} (${code ?? "error"}: ${detail}).`;
  }
  const key =
    code === "InvalidOperationInCellEditMode" ? "edit-mode" : code === "AccessDenied" ? "access-denied" : undefined;
  const result = new DomainError(
    message,
    code === "InvalidOperationInCellEditMode" ? "edit-mode" : "excel",
    key && { key },
  );
  (result as { cause?: unknown }).cause = error;
  return result;
}

/** The user stopped a long read. Nothing was written: reads come before any write. */
export class ReadCanceledError extends DomainError {
  constructor() {
    super("Reading was canceled. Nothing was changed.", "canceled");
    this.name = "ReadCanceledError";
  }
}

export function throwIfCanceled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReadCanceledError();
}

/** Another pane's journal is in the state sheet: a write in progress, or one interrupted less than a while ago. */
export function busy(): DomainError {
  return new DomainError(
    "Another change to this workbook is being saved (by another user, or one that was interrupted). Try again in a minute.",
    "busy",
    {
      key: "busy",
    },
  );
}

/** Excel stopped answering mid-write and the journal could not be taken out: the next open rolls it back. */
export function interrupted(): DomainError {
  return new DomainError(
    "Excel stopped while saving and the change could not be undone yet. It will be undone the next time the add-in opens this workbook; until then other actions wait.",
    "interrupted",
    { key: "interrupted" },
  );
}

export function readOnlyBook(): DomainError {
  return new DomainError(
    "This workbook is open read-only, so nothing was written. Open an editable copy (or turn off Protected View) and run the action again.",
    "read-only",
    {
      key: "read-only",
    },
  );
}

export function protectedSheet(name: string): DomainError {
  return new DomainError(
    `The ${name} sheet is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet) and run the action again.`,
    "protected",
    {
      key: "protected",
      sheet: name,
    },
  );
}
