/** The filter language (bc-segments §10 with DESIGN's decisions): parse, compile for a column, or compile to SQL. */
export type { AndNode, ComparisonOp, CompareNode, FilterNode, Literal, LogicalNode, OrNode, RangeNode, TermNode } from "./ast";
export type { CompiledCondition, FilterEnv } from "./contract";
export { FilterError, FilterSyntaxError, FilterValueError } from "./errors";
export { parseFilter } from "./parser";
export { compileCondition } from "./compile";
export { compileSql, sqlFunctions, type SqlFragment, type SqlFunctions, type SqlParam, type SqlTarget } from "./sql";
export { compileSqlCondition, likePattern, numberedParams, questionMarkParams, type SqlColumn, type SqlDialect, type SqlParams } from "./sqlCompile";
