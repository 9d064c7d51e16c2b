/**
 * JavaScript's String.prototype.trim in SQL: what a segment number or a line's contact number is compared after, and
 * what a contact cell is trimmed by. One literal for every statement and index, so an index written with it serves
 * every statement that writes the same expression (the planner matches the literal's value).
 */
export const JS_SPACES =
  "E' \\t\\n\\u000b\\f\\r\\u00a0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff'";

/** `text` trimmed as JavaScript trims. */
export function trimSql(text: string): string {
  return `btrim(${text}, ${JS_SPACES})`;
}
