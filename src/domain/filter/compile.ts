/**
 * compileCondition: parse once, resolve the literals for the column's type once (type errors surface here, with
 * the literal's position), evaluate on demand. Text and Yes/No evaluate per distinct code and map the mask to
 * rows; numbers and dates run one typed-array loop per leaf.
 */
import { BitSet } from "../bitset";
import { type Column, rowCountOf } from "../contacts/column";
import type { FilterNode } from "./ast";
import { booleanLeaf, booleanMask } from "./boolean-eval";
import type { CompiledCondition, FilterEnv } from "./contract";
import { numberLeaf, numberWords } from "./number-eval";
import { parseFilter } from "./parser";
import { planOf } from "./plan";
import { rowsFromCodes, rowsFromLists } from "./rows";
import { textLeaf, textMask } from "./text-eval";

/** Throws FilterSyntaxError or FilterValueError (both FilterError). */
export function compileCondition(expression: string, column: Column, env: FilterEnv): CompiledCondition {
  const node = parseFilter(expression);
  const size = rowCountOf(column);
  if (!node) return { expression, isEmpty: true, matchRows: () => BitSet.full(size) };
  return { expression, isEmpty: false, matchRows: rowMatcher(node, column, env) };
}

function rowMatcher(node: FilterNode, column: Column, env: FilterEnv): () => BitSet {
  const size = rowCountOf(column);
  switch (column.type) {
    case "text": {
      const plan = planOf(node, (term) => textLeaf(term, env));
      // The mask depends only on the (immutable) dictionary: keep it for the next call.
      let mask: Uint8Array | undefined;
      return () => {
        mask ??= textMask(plan, column.dictionary, column.folded, env.locale);
        return uniform(mask, size) ?? (column.multiValued ? rowsFromLists(mask, column.offsets, column.codes) : rowsFromCodes(mask, column.codes));
      };
    }
    case "boolean": {
      const mask = booleanMask(planOf(node, (term) => booleanLeaf(term, env)));
      return () => uniform(mask, size) ?? rowsFromCodes(mask, column.values);
    }
    case "number":
    case "date": {
      const type = column.type;
      const plan = planOf(node, (term) => numberLeaf(term, type, env));
      return () => new BitSet(size, numberWords(plan, column.values, type));
    }
  }
}

/** No row or every row, without touching the rows, when the mask says so. */
function uniform(mask: Uint8Array, size: number): BitSet | undefined {
  const first = mask[0];
  for (let i = 1; i < mask.length; i++) if (mask[i] !== first) return undefined;
  return first ? BitSet.full(size) : new BitSet(size);
}
