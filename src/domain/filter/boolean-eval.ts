/**
 * Yes/No conditions. A boolean cell is one of three codes (false, true, blank), so the plan is evaluated over
 * those three like a tiny dictionary and rows.ts maps the codes to rows.
 */
import { BOOL_BLANK, BOOL_FALSE, BOOL_TRUE } from "../contacts/column";
import type { TermNode } from "./ast";
import type { FilterEnv } from "./contract";
import { checkOperator, OP_TEXT, typedValue } from "./literals";
import { evaluatePlan, type Plan } from "./plan";

export interface BooleanLeaf {
  /** BOOL_FALSE, BOOL_TRUE or BOOL_BLANK. */
  readonly code: number;
  readonly negate: boolean;
}

export function booleanLeaf(term: TermNode, env: FilterEnv): BooleanLeaf {
  if (term.kind === "range") {
    checkOperator("boolean", "..", term.position);
    throw new Error("unreachable: checkOperator refuses ranges");
  }
  checkOperator("boolean", OP_TEXT[term.op], term.position);
  const value = typedValue("boolean", term.value, env, false);
  const code = value.kind !== "boolean" ? BOOL_BLANK : value.value === 1 ? BOOL_TRUE : BOOL_FALSE;
  return { code, negate: term.op === "ne" };
}

/** 1 for each of the three codes that meets the whole plan. */
export function booleanMask(plan: Plan<BooleanLeaf>): Uint8Array {
  return evaluatePlan(plan, (leaf) => {
    const out = new Uint8Array(3);
    for (let code = 0; code < 3; code++) out[code] = (code === leaf.code) !== leaf.negate ? 1 : 0;
    return out;
  });
}
