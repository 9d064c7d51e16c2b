import { ContactSheetError } from "../app/store/contactSheetError";
import { DomainError } from "../domain/errors";
import type { Strings } from "./i18n";

/** A message for the pane's MessageBar: what happened, the details, and what to do. */
export interface Notice {
  readonly intent: "success" | "warning" | "error" | "info";
  readonly title: string;
  readonly detail?: string;
  readonly hint?: string;
  /** A follow-up the user may want at once, as a button in the message (Undo after a step). */
  readonly action?: { readonly label: string; readonly run: () => void };
}

export const successNotice = (title: string): Notice => ({ intent: "success", title });

/**
 * An error as the user should read it. Our own rules (DomainError) already say what to fix, in the pane's language when
 * the catalogue knows the message (else in English, as the domain wrote it); a contact-sheet error
 * sends the user to the Contacts tab; anything else comes from Excel, where a cell in edit mode is the usual cause.
 */
export function errorNotice(strings: Strings, title: string, error: unknown): Notice {
  // The user's Cancel of a long read (the gateway's ReadCanceledError): not an error.
  if (error instanceof DomainError && error.code === "canceled")
    return { intent: "info", title, detail: strings.contacts.readCanceled };
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof ContactSheetError) return { intent: "error", title, detail, hint: strings.common.contactsHint };
  if (error instanceof DomainError) return { intent: "error", title, detail: strings.domainErrors.describe(error) };
  return { intent: "error", title, detail, hint: strings.common.excelHint };
}
