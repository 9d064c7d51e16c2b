/**
 * Comments cite the repository's own docs as `docs/<file>.md §<section>` (docs/architecture.md §8): every citation
 * must name a heading that exists, every § must belong to such a citation, and nothing may cite a document outside
 * the repository or an issue number.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["src", "test", "bench", "scripts", "playground"];
const SELF = path.relative(ROOT, __filename);
const FORBIDDEN = [/\bDESIGN\b/, /bc-segments/, /\bUI\.md\b/, /\.\.\/shared\//, /\b[Dd]ecisions? \d/, /\bissues? #?\d/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : filesUnder(full);
    return /\.(tsx?|m?js|cjs|html)$/.test(name) ? [full] : [];
  });
}

/** Section ids of a doc: the first word of each heading (`## 3.4 Line order` → "3.4"). */
function sectionsOf(doc: string): Set<string> {
  const text = readFileSync(path.join(ROOT, "docs", doc), "utf8");
  return new Set(text.split("\n").flatMap((line) => /^#{1,6} ([A-Z]?\d+(?:\.\d+)*) /.exec(line)?.[1] ?? []));
}

interface Finding {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
}

export function checkCitations(file: string, text: string, docs: ReadonlyMap<string, Set<string>>): Finding[] {
  const findings: Finding[] = [];
  text.split("\n").forEach((content, i) => {
    const at = (problem: string) => findings.push({ file, line: i + 1, problem });
    for (const pattern of FORBIDDEN) if (pattern.test(content)) at(`cites something outside the repository: ${pattern}`);
    const covered = new Set<number>();
    for (const citation of content.matchAll(/docs\/([\w-]+\.md)((?:(?:\s*,\s*|\s+and\s+|\s+)§[A-Z]?\d+(?:\.\d+)*)*)/g)) {
      const sections = docs.get(citation[1]);
      if (!sections) at(`cites docs/${citation[1]}, which does not exist`);
      for (const section of citation[2].matchAll(/§([A-Z]?\d+(?:\.\d+)*)/g)) {
        covered.add((citation.index ?? 0) + citation[0].length - citation[2].length + (section.index ?? 0));
        if (sections && !sections.has(section[1])) at(`cites docs/${citation[1]} §${section[1]}, which has no such section`);
      }
    }
    for (const mark of content.matchAll(/§/g)) if (!covered.has(mark.index ?? 0)) at("has a § that is not part of a docs/<file>.md citation");
  });
  return findings;
}

describe("citations in comments", () => {
  const docs = new Map(readdirSync(path.join(ROOT, "docs")).map((doc) => [doc, sectionsOf(doc)]));

  it("the four docs exist and number their sections", () => {
    for (const doc of ["architecture.md", "workbook-contract.md", "business-rules.md", "decisions.md"]) expect(docs.get(doc)?.size ?? 0).toBeGreaterThan(3);
  });

  it("every citation in src, test, bench, scripts and playground resolves, and none points outside the repository", () => {
    const findings = SCANNED.flatMap((dir) => filesUnder(path.join(ROOT, dir)))
      .filter((file) => path.relative(ROOT, file) !== SELF)
      .flatMap((file) => checkCitations(path.relative(ROOT, file), readFileSync(file, "utf8"), docs));
    expect(findings).toEqual([]);
  });

  it("catches a missing section, a missing doc, a stray § and an outside reference", () => {
    const problems = (text: string) => checkCitations("x.ts", text, docs).map((finding) => finding.problem);
    expect(problems("// docs/business-rules.md §3.4 and §5.2")).toEqual([]);
    expect(problems("// docs/decisions.md §D2, §D4")).toEqual([]);
    expect(problems("// docs/business-rules.md §99.1")).toEqual(["cites docs/business-rules.md §99.1, which has no such section"]);
    expect(problems("// docs/nowhere.md §1")).toEqual(["cites docs/nowhere.md, which does not exist"]);
    expect(problems("// as §3.4 says")).toEqual(["has a § that is not part of a docs/<file>.md citation"]);
    expect(problems(["// see ", "DESIGN", ".md"].join(""))).toHaveLength(1);
    expect(problems(["// ", "issue", " 4 item 7"].join(""))).toHaveLength(1);
  });
});
