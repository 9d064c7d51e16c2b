/**
 * The layers' import boundaries (docs/architecture.md §2), as ESLint flat-config objects: eslint.config.mjs uses
 * them, and test/build/boundaries.test.ts lints fixture strings against them.
 * domain ← app ← workbook, db, taskpane, cli: the domain imports nothing outside itself, the use cases nothing from a
 * gateway or a front end, the database gateway nothing from the pane or the workbook gateways, and the pane reaches
 * the Excel gateway only through its composition root (index.tsx).
 */
const outside = (...layers) => layers.flatMap((layer) => [`**/${layer}`, `**/${layer}/**`]);

const DOMAIN_PURE = ["react", "react-*", "@fluentui/*", "fs", "node:*", "path", "xlsx-populate", "jszip"];

module.exports = [
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: outside("app", "workbook", "db", "taskpane", "cli", "ribbon"), message: "The domain imports nothing outside src/domain." },
            { group: DOMAIN_PURE, message: "The domain is pure: no office-js, React or I/O." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: outside("workbook", "db", "taskpane", "cli", "ribbon"), message: "The use cases import only src/domain and src/app (the port is in src/app/store)." }] },
      ],
    },
  },
  {
    files: ["src/workbook/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: outside("taskpane", "cli", "ribbon"), message: "A gateway imports no front end." }] }],
    },
  },
  {
    files: ["src/db/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: outside("workbook", "taskpane", "ribbon"), message: "The database gateway imports src/domain, src/app and the command's helpers, never the pane or a workbook gateway." }] },
      ],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/workbook/excel", "**/workbook/excel/**", "**/workbook/xlsx", "**/workbook/xlsx/**"], message: "The pane reaches the Excel gateway only through its composition root, src/taskpane/index.tsx." },
            { group: outside("cli"), message: "The pane imports nothing from the command." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: [...outside("taskpane", "ribbon"), "**/workbook/excel", "**/workbook/excel/**"], message: "The command runs on the xlsx gateway only." }] }],
    },
  },
];
