/**
 * A tree resolved for one column: the same and/or shape as the AST, with leaves whose literals are already
 * typed, folded or turned into bounds, so evaluating never looks at the expression text again.
 */
import type { FilterNode, TermNode } from "./ast";

export type Plan<L> =
  { readonly kind: "leaf"; readonly leaf: L } | { readonly kind: "and" | "or"; readonly items: readonly Plan<L>[] };

export function planOf<L>(node: FilterNode, leafOf: (term: TermNode) => L): Plan<L> {
  if (node.kind === "and" || node.kind === "or")
    return { kind: node.kind, items: node.items.map((item) => planOf(item, leafOf)) };
  return { kind: "leaf", leaf: leafOf(node) };
}

/**
 * Evaluates a plan into one flag array (a Uint8Array of 0/1 per dictionary entry, or a Uint32Array of bit
 * words per 32 rows): leaves fill fresh arrays, and/or fold them in place. `&` and `|` on both encodings
 * are the same loop.
 */
export function evaluatePlan<L, A extends Uint8Array | Uint32Array>(plan: Plan<L>, leaf: (leaf: L) => A): A {
  if (plan.kind === "leaf") return leaf(plan.leaf);
  const out = evaluatePlan(plan.items[0], leaf);
  for (let k = 1; k < plan.items.length; k++) {
    const other = evaluatePlan(plan.items[k], leaf);
    if (plan.kind === "and") for (let i = 0; i < out.length; i++) out[i] &= other[i];
    else for (let i = 0; i < out.length; i++) out[i] |= other[i];
  }
  return out;
}
