/**
 * Browser tests (npm run test:e2e): playwright-core driving Debian's chromium against the playground, which the
 * tests build and serve themselves. Apart from the unit tests' config (../../jest.config.js matches *.test.ts only)
 * so `npm test` never needs a browser. One worker: the machine's two cores go to webpack and chromium.
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: {
          jsx: "react-jsx",
          module: "commonjs",
          moduleResolution: "node",
          esModuleInterop: true,
          isolatedModules: true,
        },
      },
    ],
  },
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/support/globalTeardown.ts",
  maxWorkers: 1,
  testTimeout: 180000,
};
