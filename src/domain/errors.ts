/** A rule of the domain was broken by the input: the message says what and where, for the user to fix. */
export class DomainError extends Error {
  constructor(message: string, readonly code: string = "domain") {
    super(message);
    this.name = "DomainError";
  }
}
