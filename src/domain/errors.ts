/** The values a message is built from, by name, so the pane can say the same in the user's language. */
export type MessageParams = Readonly<Record<string, string | number | readonly (string | number)[]>>;

/** Which message a DomainError is (`key`, finer than its code) and the values in it. */
export type DomainErrorParams = MessageParams & { readonly key: string };

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
