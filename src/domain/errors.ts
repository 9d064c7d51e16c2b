/** The values a message is built from, by name, so the pane can say the same in the user's language. */
export type MessageParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/**
 * The DomainErrors a pane can say in the user's language, by key. A catalogue is typed against this union
 * (Record<DomainErrorKey, …>), so a key without a text does not compile.
 */
export type DomainErrorKey =
  | "segment-not-found"
  | "segment-duplicate"
  | "template-not-found"
  | "header-template-not-found"
  | "confirm-append"
  | "description-required"
  | "date-invalid"
  | "logged-not-found"
  | "entries-none"
  | "entries-not-found"
  | "entry-in-canceled-logged"
  | "saved-criteria-code-required"
  | "saved-criteria-empty"
  | "saved-criteria-exists"
  | "saved-criteria-not-found"
  | "sheet-name-blank"
  | "sheet-name-too-long"
  | "sheet-name-character"
  | "sheet-name-apostrophe"
  | "sheet-name-history"
  | "sheet-name-reserved"
  | "header-value-invalid"
  | "header-field-twice"
  | "header-needs"
  | "unknown-field"
  | "mailing-group-blank"
  | "mailing-group-not-one-code"
  | "nothing-to-undo"
  | "nothing-to-redo"
  // Excel's limits and the add-in's own sheets, checked by both gateways and the use cases.
  | "cell-too-long"
  | "mailing-group-cell-too-long"
  | "too-many-rows"
  | "addin-sheet-source"
  // Refusals of the workbook, raised by the gateways: what teams sharing a workbook meet most.
  | "stale-rows"
  | "duplicate-row"
  | "duplicate-rows"
  | "changed-meanwhile"
  | "busy"
  | "interrupted"
  | "read-only"
  | "protected"
  | "edit-mode"
  | "access-denied"
  | "coauthor-overlap"
  | "newer-schema";

/** A filter error's key is filter- followed by the filter language's own code (FilterError.code). */
export type FilterErrorKey = `filter-${string}`;

/** Which message a DomainError is (`key`, finer than its code) and the values in it. */
export type DomainErrorParams = MessageParams & { readonly key: DomainErrorKey | FilterErrorKey };

/**
 * A rule of the domain was broken by the input: the message says what and where, for the user to fix.
 * `params`, when given, names the message and its values so a pane can translate it; the message stays English.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly code: string = "domain",
    readonly params?: DomainErrorParams,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
