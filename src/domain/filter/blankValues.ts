/**
 * On a multi-valued column a contact matches when one of its values meets the whole expression, so a contact
 * without values has no value that could: `<>NEWS`, `*` and `..M` leave it out. It matches only a condition
 * that asks for blanks in so many words, with a `''` term (`''`, `''|XMAS`), and then only if the expression
 * holds for the blank value.
 */
import type { FilterNode } from "./ast";

export function asksForBlank(node: FilterNode): boolean {
  switch (node.kind) {
    case "or":
    case "and":
      return node.items.some(asksForBlank);
    case "compare":
      return node.op === "eq" && node.value.quoted && node.value.text === "";
    case "range":
      return false;
  }
}
