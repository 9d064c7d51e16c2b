/**
 * `npm run bench:pane`: the pane bench (pane.bench.ts) on the browser tests' harness (ts-jest, the playground built
 * in production mode and served on a free port). A bench, not a test: it prints its figures as one JSON line and
 * asserts no time.
 */
const e2e = require("../../test/e2e/jest.config.js");

module.exports = {
  ...e2e,
  roots: ["<rootDir>/bench/pane"],
  testMatch: ["**/*.bench.ts"],
  globalSetup: "<rootDir>/bench/pane/globalSetup.ts",
  testTimeout: 1_800_000,
};
