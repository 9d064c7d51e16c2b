/** The filter language (docs/business-rules.md §10, docs/decisions.md §D1 and §D8): parse, or compile for a column. */
export type {
  AndNode,
  ComparisonOp,
  CompareNode,
  FilterNode,
  Literal,
  LogicalNode,
  OrNode,
  RangeNode,
  TermNode,
} from "./ast";
export type { CompiledCondition, FilterEnv } from "./contract";
export { FilterError, FilterSyntaxError, FilterValueError } from "./errors";
export { parseFilter } from "./parser";
export { compileCondition } from "./compile";
export {
  compileSqlCondition,
  likePattern,
  numberedParams,
  questionMarkParams,
  type SqlColumn,
  type SqlDialect,
  type SqlFragment,
  type SqlParam,
  type SqlParams,
} from "./sqlCompile";
