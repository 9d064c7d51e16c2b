/**
 * The layers' import boundaries (eslint.boundaries.cjs) reject what crosses them: ESLint's own API lints fixture
 * strings as if they were files in each layer.
 */
import { Linter } from "eslint";
import tseslint from "typescript-eslint";

// eslint.boundaries.cjs is CommonJS so that both eslint.config.mjs and this test can load it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const boundaries: Linter.Config[] = require("../../eslint.boundaries.cjs");

const linter = new Linter({ configType: "flat", cwd: process.cwd() });
const config: Linter.Config[] = [{ files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser as Linter.Parser } }, ...boundaries];

function errors(filename: string, code: string): string[] {
  return linter.verify(code, config, { filename: `${process.cwd()}/${filename}` }).map((message) => `${message.ruleId}: ${message.message}`);
}

describe("layer boundaries", () => {
  it("reject an app → workbook import", () => {
    expect(errors("src/app/fixture.ts", 'import { mapColumns } from "../workbook/rowCodec";\nexport const f = mapColumns;')).toEqual([
      expect.stringContaining("no-restricted-imports: '../workbook/rowCodec' import is restricted"),
    ]);
  });

  it("let the app import the domain and its own store", () => {
    expect(errors("src/app/fixture.ts", 'import { keyOf } from "./store/rows";\nimport { foldCase } from "../domain/text";\nexport const f = [keyOf, foldCase];')).toEqual([]);
  });

  it("reject a domain import from outside the domain, and React", () => {
    expect(errors("src/domain/segments/fixture.ts", 'import { SEGMENTS } from "../../app/store/sheetSpecs";\nexport const s = SEGMENTS;')).toHaveLength(1);
    expect(errors("src/domain/segments/fixture.ts", 'import { useState } from "react";\nexport const s = useState;')).toHaveLength(1);
    expect(errors("src/domain/segments/fixture.ts", 'import { foldCase } from "../text";\nexport const s = foldCase;')).toEqual([]);
  });

  it("keep the database gateway off the pane and the workbook gateways, and the use cases off the database", () => {
    expect(errors("src/db/fixture.ts", 'import { keyOf } from "../workbook/rowCodec";\nexport const k = keyOf;')).toHaveLength(1);
    expect(errors("src/db/fixture.ts", 'import { ExcelBook } from "../workbook/excel/excelBook";\nexport const b = ExcelBook;')).toHaveLength(1);
    expect(errors("src/db/fixture.ts", 'import { App } from "../taskpane/App";\nexport const a = App;')).toHaveLength(1);
    expect(
      errors(
        "src/db/fixture.ts",
        'import { keyOf } from "../app/store/rows";\nimport { foldCase } from "../domain/text";\nimport { runContext } from "../cli/context";\nexport const f = [keyOf, foldCase, runContext];',
      ),
    ).toEqual([]);
    expect(errors("src/app/fixture.ts", 'import { PgBook } from "../db/pgBook";\nexport const b = PgBook;')).toHaveLength(1);
    expect(errors("src/domain/fixture.ts", 'import { PgBook } from "../db/pgBook";\nexport const b = PgBook;')).toHaveLength(1);
  });

  it("let the pane reach the Excel gateway only through its composition root", () => {
    const code = 'import { ExcelBook } from "../workbook/excel/excelBook";\nexport const b = ExcelBook;';
    expect(errors("src/taskpane/notice.ts", code)).toHaveLength(1);
    expect(errors("src/taskpane/index.tsx", code)).toEqual([]);
  });
});
