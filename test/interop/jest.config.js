/**
 * Interop tests (npm run test:interop): books the command wrote, opened by LibreOffice (`soffice --headless`).
 * Apart from the unit tests' config (../../jest.config.js matches *.test.ts only) so `npm test` never needs
 * LibreOffice; .ci/run installs it (libreoffice-calc-nogui) for this stage. One worker: soffice is heavy.
 */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/interop"],
  testMatch: ["**/*.interop.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true } },
    ],
  },
  maxWorkers: 1,
  testTimeout: 300000,
};
