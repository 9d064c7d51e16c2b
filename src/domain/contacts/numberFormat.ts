/**
 * Whether an Excel number format shows a date, so that the column's numbers are date serials.
 * Looks at the first section only (positive numbers). Quoted text, escaped characters, [brackets] (colours,
 * locales, elapsed [h]) and AM/PM are not tokens. A date has d or y, or an m that is a month, not minutes
 * (m right after h or right before s is minutes, as Excel reads it).
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const section = stripLiterals(firstSection(format))
    .toLowerCase()
    .replace(/am\/pm|a\/p/g, "");
  if (/[dy]/.test(section)) return true;
  const tokens = section.match(/m+|h+|s+/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i][0] !== "m") continue;
    const minutes = tokens[i - 1]?.[0] === "h" || tokens[i + 1]?.[0] === "s";
    if (!minutes) return true;
  }
  return false;
}

function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\\" && !quoted) i++;
    else if (ch === ";" && !quoted) return format.slice(0, i);
  }
  return format;
}

/** Drops "quoted text", \x escapes, _x padding, *x fills and [bracketed] parts. */
function stripLiterals(section: string): string {
  return section.replace(/"[^"]*"?|\\.|_.|\*.|\[[^\]]*\]?/g, "");
}
