/**
 * axe-core in a page or frame: its source is injected (nothing is fetched), then axe.run over the document.
 * Returns the serious and critical findings, each as "rule: help (selector, ...)" so a failure says where to look.
 *
 * Tabster's focus guards are left out: Fluent UI v9 puts `<i data-tabster-dummy tabindex="0" aria-hidden="true">`
 * around a TabList or Toolbar to steer focus, which axe's aria-hidden-focus flags. It is a known false positive
 * (microsoft/tabster#288; Accessibility Insights suppresses it, microsoft/accessibility-insights-web#7605); nothing
 * else is excluded.
 */
import { readFileSync } from "fs";
import type { Frame, Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export async function seriousAxeFindings(target: Page | Frame): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: { exclude: string[][] }) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}
