import type { MessageParams } from "../../domain/errors";

/**
 * A message made by the domain or a use case: its English text, and (when the maker gave them) the values it is built
 * from, which name the message (`params.key` for errors; a problem's `code`). A catalogue says it in its language
 * from the params and falls back to `message` for anything it does not know.
 */
export interface DomainMessage {
  readonly message: string;
  readonly params?: MessageParams;
}

/** A contact sheet problem (domain/contacts Problem): `code` names it. */
export interface ProblemMessage extends DomainMessage {
  readonly code: string;
}

/** The domain's messages as the pane shows them. English returns each message as it is. */
export interface DomainMessageStrings {
  /** Problems of the contact sheet, in the Contacts panel. */
  readonly problems: { readonly describe: (problem: ProblemMessage) => string };
  /** Errors of a condition's filter (ConditionError, its params keyed "filter-…"), under the expression box. */
  readonly filterErrors: { readonly describe: (error: DomainMessage) => string };
  /** DomainErrors in the pane's notices (segment not found, refusals, sheet names, header rules, Go Back). */
  readonly domainErrors: { readonly describe: (error: DomainMessage) => string };
}
