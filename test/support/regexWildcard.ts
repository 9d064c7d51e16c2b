/**
 * The wildcard matcher as it was before the glob: a RegExp built from the pattern. Kept only as an independent
 * oracle for the property test (it backtracks, so the test keeps patterns short).
 */
export function regexWildcardMatches(foldedPattern: string, foldedText: string): boolean {
  const collapsed = foldedPattern.replace(/\*+/g, "*");
  const source = Array.from(collapsed, (ch) =>
    ch === "*" ? ".*" : ch === "?" ? "." : ch.replace(/[\\^$.|+()[\]{}/]/g, "\\$&"),
  ).join("");
  return new RegExp(`^${source}$`, "su").test(foldedText);
}
