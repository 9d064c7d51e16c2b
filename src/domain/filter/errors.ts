/** Errors of the filter language. Both carry a 1-based position so the pane can point at the character. */
import type { MessageParams } from "../errors";

export abstract class FilterError extends Error {
  /**
   * @param position 1-based character in the expression (length + 1 for "at the end").
   * @param expected what would have been accepted there.
   * @param found the offending text as written ("" at the end of the expression).
   * @param code which error it is ("unexpected", "not-a", ...), with `params` the values its message is built from.
   */
  constructor(
    message: string,
    readonly position: number,
    readonly expected: string,
    readonly found: string,
    readonly code: string = "filter",
    readonly params?: MessageParams,
  ) {
    super(message);
  }
}

/** The expression cannot be read: `>>5`, `a|`, `(a`, `'abc`. */
export class FilterSyntaxError extends FilterError {
  override readonly name = "FilterSyntaxError";

  /** `expecting` names what was expected for a translation: "value", "value-no-wildcard", "end" or "close" (with `open`). */
  static unexpected(found: string, position: number, expected: string, expecting?: MessageParams): FilterSyntaxError {
    const what = found === "" ? "end of filter" : `"${found}"`;
    return new FilterSyntaxError(
      `unexpected ${what} at character ${position}, expected ${expected}`,
      position,
      expected,
      found,
      "unexpected",
      {
        found,
        position,
        ...expecting,
      },
    );
  }
}

/** The expression reads fine but a value does not suit the column: `abc` on a number column. */
export class FilterValueError extends FilterError {
  override readonly name = "FilterValueError";

  /** `"abc" at character 1 is not a number`; `kind` ("number", "date", "yes-no") names `expected` for a translation. */
  static notA(found: string, position: number, expected: string, hint = "", kind = ""): FilterValueError {
    return new FilterValueError(
      `"${found}" at character ${position} is not ${expected}${hint}`,
      position,
      expected,
      found,
      "not-a",
      { found, position, kind },
    );
  }
}
