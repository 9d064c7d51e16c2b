/**
 * What the Script Lab snippet runs around the Excel contract: a small describe/it/beforeEach/expect shim, one test at
 * a time, and a results table (one row per rule: pass or fail with the reason). It is copied into the snippet as
 * JavaScript by scripts/contract-scriptlab.js, so it imports nothing but types and touches only the page it is given.
 */
import type { ContractKit, ContractMatchers, Run } from "../excelContract";

interface Case {
  readonly name: string;
  readonly hooks: readonly (() => Promise<void>)[];
  readonly test: () => Promise<void>;
}

export interface Outcome {
  readonly name: string;
  readonly passed: boolean;
  readonly message: string;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** A value as a failure message shows it, cut short: some contract values are megabytes. */
function shown(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function matchers(actual: unknown, negated: boolean): ContractMatchers {
  const check = (holds: boolean, what: string) => {
    if (holds === negated) throw new Error(`expected ${shown(actual)} ${negated ? "not " : ""}${what}`);
  };
  return {
    toBe: (expected) => check(Object.is(actual, expected), `to be ${shown(expected)}`),
    toEqual: (expected) => check(deepEqual(actual, expected), `to equal ${shown(expected)}`),
    toBeNull: () => check(actual === null, "to be null"),
    toContain: (expected) =>
      check(Array.isArray(actual) && actual.some((item) => Object.is(item, expected)), `to contain ${shown(expected)}`),
  };
}

/** The tests a contract defines, each with the beforeEach hooks of the describes around it. */
export function collect(define: (kit: ContractKit) => void): Case[] {
  const cases: Case[] = [];
  const names: string[] = [];
  const hooks: (() => Promise<void>)[][] = [[]];
  define({
    describe(name, body) {
      names.push(name);
      hooks.push([]);
      body();
      hooks.pop();
      names.pop();
    },
    it(name, test) {
      cases.push({ name: [...names, name].join(" › "), hooks: hooks.flat(), test });
    },
    beforeEach(hook) {
      hooks[hooks.length - 1].push(hook);
    },
    expect: (actual) => ({ ...matchers(actual, false), not: matchers(actual, true) }),
  });
  return cases;
}

/** Runs the cases one after another (they share the workbook), telling `onOutcome` as each ends. */
export async function runCases(cases: readonly Case[], onOutcome: (outcome: Outcome) => void): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const { name, hooks, test } of cases) {
    let outcome: Outcome;
    try {
      for (const hook of hooks) await hook();
      await test();
      outcome = { name, passed: true, message: "" };
    } catch (error) {
      const { code, message } = error as { code?: string; message?: string };
      outcome = { name, passed: false, message: [code, message ?? String(error)].filter(Boolean).join(": ") };
    }
    outcomes.push(outcome);
    onOutcome(outcome);
  }
  return outcomes;
}

/**
 * Runs the contract in the page: a row per rule in `#results` as it ends, and the totals in `#summary`. The page is
 * the snippet's template; `run` is Excel.run.
 */
export async function runInPage(
  page: Document,
  run: Run,
  contract: (name: string, makeRun: () => Run, kit: ContractKit) => void,
): Promise<Outcome[]> {
  const table = page.getElementById("results") as HTMLTableElement;
  const summary = page.getElementById("summary") as HTMLElement;
  const body = table.tBodies[0];
  body.replaceChildren();
  summary.textContent = "Running…";
  const cases = collect((kit) => contract("Excel", () => run, kit));
  const outcomes = await runCases(cases, ({ name, passed, message }) => {
    const row = body.insertRow();
    row.className = passed ? "pass" : "fail";
    row.insertCell().textContent = passed ? "pass" : "FAIL";
    row.insertCell().textContent = name;
    row.insertCell().textContent = message;
  });
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  summary.textContent = `${outcomes.length - failed} of ${outcomes.length} rules hold in this Excel${failed ? `; ${failed} do not: each is a bug in the fake` : ""}.`;
  return outcomes;
}
