/** Unit and component tests; browser tests run separately with playwright-core. */
// The PostgreSQL tests need a server (PGHOST); `npm run test:db` starts a throwaway one and runs them.
const pgConfigured = Boolean(process.env.PGHOST);
if (!pgConfigured && !process.env.JEST_WORKER_ID) {
  process.stderr.write("PostgreSQL tests skipped (test/db, and the use-case tests' PostgreSQL leg): set PGHOST (or run `npm run test:db`, see README \"Contacts in a database\").\n");
}

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: pgConfigured ? ["/node_modules/"] : ["/node_modules/", "<rootDir>/test/db/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true } }],
  },
  testTimeout: 60000,
};
