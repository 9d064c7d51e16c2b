import { parseArgs } from "util";
import type { Condition, FilterGroup } from "../domain/segments/step";
import type { CommonOptions } from "./context";
import { UsageError } from "./usage";

type OptionSpec = { type: "string" | "boolean"; multiple?: boolean };

/** Options every command takes. */
export const COMMON: Record<string, OptionSpec> = {
  contacts: { type: "string" },
  locale: { type: "string" },
  user: { type: "string" },
  workdate: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  json: { type: "boolean" },
};

export interface ParsedArgs {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | string[] | undefined>;
  /** The options in the order given, so --or can split --where conditions into groups. */
  readonly ordered: { name: string; value?: string }[];
  /** Options given before the first positional (`copy --db URL out.xlsx`: the database comes first, so it is read). */
  readonly beforeFirstPositional: ReadonlySet<string>;
  readonly common: CommonOptions;
}

/**
 * `--unit-cost -5`: Node's parser takes a value starting with "-" for an option and calls it ambiguous. A negative
 * number after an option that takes a value is that option's value, so the command can say what is wrong with it.
 */
function joinNegativeNumbers(args: readonly string[], options: Record<string, OptionSpec>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = args[i + 1];
    const name = arg.startsWith("--") && !arg.includes("=") ? arg.slice(2) : undefined;
    if (name !== undefined && options[name]?.type === "string" && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

const NEGATIVE_NUMBER = /^-[\d.,]/;

export function parseCommandArgs(args: readonly string[], options: Record<string, OptionSpec>): ParsedArgs {
  let parsed;
  const all = { ...COMMON, ...options };
  try {
    parsed = parseArgs({
      args: joinNegativeNumbers(args, all),
      options: all,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, "."));
  }
  const ordered = parsed.tokens.flatMap((token) =>
    token.kind === "option" ? [{ name: token.name, value: token.value }] : [],
  );
  const firstPositional = parsed.tokens.findIndex((token) => token.kind === "positional");
  const beforeFirstPositional = new Set(
    parsed.tokens.flatMap((token, i) =>
      token.kind === "option" && (firstPositional < 0 || i < firstPositional) ? [token.name] : [],
    ),
  );
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  return {
    positionals: parsed.positionals,
    values: v,
    ordered,
    beforeFirstPositional,
    common: {
      contacts: v.contacts as string | undefined,
      locale: v.locale as string | undefined,
      user: v.user as string | undefined,
      workdate: v.workdate as string | undefined,
      out: v.out as string | undefined,
      force: v.force === true,
      json: v.json === true,
    },
  };
}

/** "FIELD=FILTER": the field is everything before the first "=", the filter everything after (it may hold "="). */
export function parseCondition(text: string, option: string): Condition {
  const at = text.indexOf("=");
  if (at <= 0)
    throw new UsageError(`${option} "${text}" needs the form FIELD=FILTER, e.g. ${option} "Mailing Groups=NEWS|XMAS".`);
  const table = option === "--interaction" ? "Interaction Log" : "Contact";
  return { table, field: text.slice(0, at).trim(), filter: text.slice(at + 1) };
}

/** --where and --interaction conditions grouped by --or (docs/decisions.md §D7). */
export function filterGroups(ordered: ParsedArgs["ordered"]): FilterGroup[] {
  const groups: Condition[][] = [[]];
  for (const option of ordered) {
    if (option.name === "or") {
      if (groups[groups.length - 1].length === 0)
        throw new UsageError("--or must come between conditions: each group needs at least one --where.");
      groups.push([]);
    } else if (option.name === "where" || option.name === "interaction") {
      groups[groups.length - 1].push(parseCondition(option.value ?? "", `--${option.name}`));
    }
  }
  if (groups.length > 1 && groups[groups.length - 1].length === 0)
    throw new UsageError("--or must be followed by at least one --where.");
  return groups[0].length === 0 ? [] : groups;
}
