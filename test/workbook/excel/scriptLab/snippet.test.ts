/**
 * The Script Lab snippet `npm run contract:scriptlab` writes: Script Lab's YAML export format, and a script that,
 * compiled as Script Lab compiles it and run in its template's page against the Excel fake, shows every rule of the
 * contract passing. So the snippet someone imports in Excel on the web is known to work; what Excel says there is
 * then about Excel, not about the snippet.
 */
import { JSDOM } from "jsdom";
import ts from "typescript";
import { parse } from "yaml";
import { buildSnippet } from "../../../../scripts/contract-scriptlab";
import { FakeExcel } from "../../../support/excelFake";
import { excelContract } from "../excelContract";
import { collect } from "./contractRunner";

interface Snippet {
  name: string;
  host: string;
  api_set: Record<string, string>;
  script: { content: string; language: string };
  template: { content: string; language: string };
  style: { content: string; language: string };
  libraries: string;
}

const snippet = parse(buildSnippet()) as Snippet;

/**
 * Compiles the snippet's script as Script Lab does and runs it in a page made of its template, with `excel` as
 * office.js's Excel; then presses Run. Resolves to the results table's rows and the summary line.
 */
async function runSnippet(excel: FakeExcel): Promise<{ rows: string[][]; summary: string }> {
  const { window } = new JSDOM(`<!doctype html><html><body>${snippet.template.content}</body></html>`);
  const { outputText } = ts.transpileModule(snippet.script.content, {
    compilerOptions: { target: ts.ScriptTarget.ES2017 },
  });
  const runExcelContract = new Function("document", "Excel", `${outputText}\nreturn runExcelContract;`)(
    window.document,
    { run: excel.run },
  ) as () => Promise<unknown>;
  await runExcelContract();
  const rows = Array.from(window.document.querySelectorAll("#results tbody tr")).map((row) =>
    Array.from(row.querySelectorAll("td")).map((cell) => cell.textContent ?? ""),
  );
  return { rows, summary: window.document.getElementById("summary")?.textContent ?? "" };
}

function blankBook(): FakeExcel {
  const excel = new FakeExcel();
  excel.book.putSheet("Sheet1", []);
  return excel;
}

/** The number of rules the contract defines, counted through the snippet's own shim. */
const ruleCount = collect((kit) => excelContract("count", () => new FakeExcel().run, kit)).length;

describe("the Script Lab snippet of the Excel contract", () => {
  it("is a Script Lab Excel snippet: TypeScript script, HTML template, CSS style, office.js and its types", () => {
    expect(snippet).toMatchObject({
      host: "EXCEL",
      api_set: { ExcelApi: "1.7" },
      script: { language: "typescript" },
      template: { language: "html" },
      style: { language: "css" },
    });
    expect(snippet.name).toMatch(/contract/i);
    expect(snippet.libraries.trim().split("\n")).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "@types/office-js",
    ]);
  });

  it("compiles as TypeScript without a syntax error", () => {
    const { diagnostics } = ts.transpileModule(snippet.script.content, {
      reportDiagnostics: true,
      compilerOptions: { target: ts.ScriptTarget.ES2017 },
    });
    expect(diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  it("runs in its page against the Excel fake with every rule passing, one row each in the results table", async () => {
    expect(ruleCount).toBeGreaterThanOrEqual(10);
    const { rows, summary } = await runSnippet(blankBook());
    expect(rows).toHaveLength(ruleCount);
    expect(rows.filter(([result]) => result !== "pass")).toEqual([]);
    expect(summary).toBe(`${ruleCount} of ${ruleCount} rules hold in this Excel.`);
  });

  it("reports a rule the host breaks as FAIL with the reason, and goes on to the next", async () => {
    const excel = blankBook();
    // A host that answers one sync (the first rule's own batch) with an error the fake never gives.
    excel.failSync(3, "before", "NotTheExpectedCode");
    const { rows, summary } = await runSnippet(excel);
    expect(rows).toHaveLength(ruleCount);
    const failed = rows.filter(([result]) => result === "FAIL");
    expect(failed).toHaveLength(1);
    expect(failed[0][2]).toMatch(/NotTheExpectedCode/);
    expect(summary).toMatch(/; 1 do not: each is a bug in the fake\.$/);
  });
});
