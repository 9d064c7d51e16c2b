import js from "@eslint/js";
import tseslint from "typescript-eslint";
import boundaries from "./eslint.boundaries.cjs";

export default tseslint.config(
  { ignores: ["dist/", "build/", "out/", "coverage/", "node_modules/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      // The domain is pure: no office-js, React or I/O, and time is passed in (its imports: eslint.boundaries.cjs).
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document"],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "Pass time in." }],
    },
  },
  ...boundaries,
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
