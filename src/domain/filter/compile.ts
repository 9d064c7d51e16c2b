/**
 * compileCondition: parse once, resolve the literals for the column's type once (type errors surface here, with
 * the literal's position), evaluate on demand. Text and Yes/No evaluate per distinct code and map the mask to
 * rows; numbers and dates run one typed-array loop per leaf.
 */
import { BitSet } from "../bitset";
import { type Column, rowCountOf } from "../contacts/column";
import type { FilterNode } from "./ast";
import { asksForBlank } from "./blankValues";
import { booleanLeaf, booleanMask } from "./boolean-eval";
import type { CompiledCondition, FilterEnv } from "./contract";
import { numberLeaf, numberWords } from "./number-eval";
import { parseFilter } from "./parser";
import { planOf } from "./plan";
import { codesWithin, rowsFromCodes, rowsFromCodesWithin, rowsFromLists, rowsFromListsWithin } from "./rows";
import { type TextLeaf, textLeaf, textMask } from "./text-eval";
import type { Plan } from "./plan";
import type { TextColumn, MultiColumn } from "../contacts/column";

/** Throws FilterSyntaxError or FilterValueError (both FilterError). */
export function compileCondition(expression: string, column: Column, env: FilterEnv): CompiledCondition {
  const node = parseFilter(expression);
  const size = rowCountOf(column);
  if (!node) return { expression, isEmpty: true, matchRows: (within) => within?.clone() ?? BitSet.full(size) };
  return { expression, isEmpty: false, matchRows: rowMatcher(node, column, env) };
}

type RowMatcher = (within?: BitSet) => BitSet;

function rowMatcher(node: FilterNode, column: Column, env: FilterEnv): RowMatcher {
  const size = rowCountOf(column);
  switch (column.type) {
    case "text": {
      const plan = planOf(node, (term) => textLeaf(term, env));
      // On a multi-valued column entry 0 ("") stands only for a row without values (see blankValues).
      const noValuesMatch = !column.multiValued || asksForBlank(node);
      const blankRule = (m: Uint8Array): Uint8Array => {
        if (!noValuesMatch) m[0] = 0;
        return m;
      };
      // The mask depends only on the (immutable) dictionary: keep it for the next call.
      let mask: Uint8Array | undefined;
      const fullMask = () => (mask ??= blankRule(textMask(plan, column.dictionary, column.folded, env.locale)));
      return (within) => {
        if (!within) {
          const all = fullMask();
          return (
            uniform(all, size) ?? (column.multiValued ? rowsFromLists(all, column) : rowsFromCodes(all, column.codes))
          );
        }
        const partial = mask ? undefined : maskForRows(plan, column, within, env.locale);
        const some = mask ?? (partial && blankRule(partial)) ?? fullMask();
        return column.multiValued
          ? rowsFromListsWithin(some, column, within)
          : rowsFromCodesWithin(some, column.codes, within);
      };
    }
    case "boolean": {
      const mask = booleanMask(planOf(node, (term) => booleanLeaf(term, env)));
      return (within) =>
        within
          ? rowsFromCodesWithin(mask, column.values, within)
          : (uniform(mask, size) ?? rowsFromCodes(mask, column.values));
    }
    case "number":
    case "date": {
      const type = column.type;
      const plan = planOf(node, (term) => numberLeaf(term, type, env));
      return (within) => {
        const rows = new BitSet(size, numberWords(plan, column.values, type, within?.words));
        return within ? rows.and(within) : rows;
      };
    }
  }
}

/**
 * A mask valid for the dictionary entries the rows in `within` use, evaluating only those: after a selective
 * condition, a Name = *berg* over a million distinct names tests a few thousand. Undefined when the rows use
 * so much of the dictionary that evaluating all of it is as cheap.
 */
function maskForRows(
  plan: Plan<TextLeaf>,
  column: TextColumn | MultiColumn,
  within: BitSet,
  locale: string,
): Uint8Array | undefined {
  const size = column.dictionary.length;
  const lists = column.multiValued ? column : undefined;
  // A plain column (docs/decisions.md §D36) has about an entry per row: testing the rows in play is never dearer.
  const limit = 2 * size > rowCountOf(column) ? size : size >>> 2;
  const used = codesWithin(within, size, column.codes, lists, limit);
  if (!used) return undefined;
  const dictionary: string[] = new Array(used.length);
  const folded: string[] = new Array(used.length);
  for (let i = 0; i < used.length; i++) {
    dictionary[i] = column.dictionary[used[i]];
    folded[i] = column.folded[used[i]];
  }
  const partial = textMask(plan, dictionary, folded, locale);
  const mask = new Uint8Array(size);
  for (let i = 0; i < used.length; i++) mask[used[i]] = partial[i];
  return mask;
}

/** No row or every row, without touching the rows, when the mask says so. */
function uniform(mask: Uint8Array, size: number): BitSet | undefined {
  const first = mask[0];
  for (let i = 1; i < mask.length; i++) if (mask[i] !== first) return undefined;
  return first ? BitSet.full(size) : new BitSet(size);
}
