#!/usr/bin/env node
/*
 * npm run contract:scriptlab: writes out/excel-contract.scriptlab.yaml, a Script Lab snippet (Script Lab's YAML
 * export format: name, description, host, api_set, script, template, style, libraries) that runs the Excel fake's
 * contract in real Excel and shows a table of the rules that hold and the ones that do not.
 *
 * The snippet's script is test/workbook/excel/excelContract.ts (the rules, the same file jest runs against the fake)
 * and scriptLab/contractRunner.ts (describe/it/expect shim and results table), each compiled to JavaScript by
 * TypeScript and wrapped as a small CommonJS module, so nothing is written twice. test/workbook/excel/scriptLab
 * runs the generated snippet against the Excel fake.
 */
const { mkdirSync, readFileSync, writeFileSync } = require("fs");
const { join, relative } = require("path");
const ts = require("typescript");
const YAML = require("yaml");

const ROOT = join(__dirname, "..");
const CONTRACT = "test/workbook/excel/excelContract.ts";
const RUNNER = "test/workbook/excel/scriptLab/contractRunner.ts";
const OUT = join(ROOT, "out", "excel-contract.scriptlab.yaml");

/** A TypeScript file as a function of `exports`, the way CommonJS would run it. */
function asModule(file, name) {
  const { outputText } = ts.transpileModule(readFileSync(join(ROOT, file), "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019, removeComments: true },
    fileName: file,
  });
  return `// ${file}\nconst ${name} = ((exports) => {\n${outputText.trim()}\nreturn exports;\n})({});\n`;
}

const TEMPLATE = `<section>
  <p>The Excel JS API rules that Contact Segments' Excel fake follows, run against this Excel. Use a blank workbook:
  the rules add and delete a sheet named "Contract".</p>
  <button id="run">Run the contract</button>
  <p id="summary" role="status"></p>
  <table id="results">
    <thead><tr><th>Result</th><th>Rule</th><th>Why it failed</th></tr></thead>
    <tbody></tbody>
  </table>
</section>
`;

const STYLE = `body { font-family: "Segoe UI", sans-serif; font-size: 13px; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: 4px; text-align: left; vertical-align: top; }
tr.pass td:first-child { color: #107c10; }
tr.fail td:first-child { color: #a4262c; font-weight: bold; }
`;

function buildSnippet() {
  const script = [
    asModule(CONTRACT, "excelContractModule"),
    asModule(RUNNER, "contractRunnerModule"),
    "/** Runs every rule in this Excel; the button calls it. */",
    "function runExcelContract() {",
    "  return contractRunnerModule.runInPage(document, (batch) => Excel.run(batch), excelContractModule.excelContract);",
    "}",
    'document.getElementById("run").addEventListener("click", () => runExcelContract());',
    "",
  ].join("\n");
  return YAML.stringify(
    {
      name: "Contact Segments: Excel fake contract",
      description: "Runs the rules the add-in's Excel fake follows against this Excel and shows which hold.",
      host: "EXCEL",
      api_set: { ExcelApi: "1.7" },
      script: { content: script, language: "typescript" },
      template: { content: TEMPLATE, language: "html" },
      style: { content: STYLE, language: "css" },
      libraries: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js\n@types/office-js\n",
    },
    { lineWidth: 0 },
  );
}

module.exports = { buildSnippet, SNIPPET_PATH: OUT };

if (require.main === module) {
  mkdirSync(join(ROOT, "out"), { recursive: true });
  writeFileSync(OUT, buildSnippet());
  console.log(
    `Wrote ${relative(process.cwd(), OUT)}: in Excel on the web, Script Lab › Import, paste its text, then Run the contract.`,
  );
}
