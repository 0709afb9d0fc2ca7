/**
 * Three projects, laid out like src/: unit (pure core, no workbook files), integration (hosts, the CLI's
 * commands in process, exceljs files), e2e (spawned CLI and build, Chromium, LibreOffice, poppler).
 * Every project runs the TypeScript sources through ts-jest with a CommonJS view of the same tsconfig.
 */
const shared = {
  testEnvironment: "node",
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
};

module.exports = {
  // Generous per test: e2e tests build the pane or start LibreOffice on a shared CI machine.
  testTimeout: 120000,
  projects: [
    { ...shared, displayName: "unit", roots: ["<rootDir>/test/unit"] },
    { ...shared, displayName: "integration", roots: ["<rootDir>/test/integration"] },
    { ...shared, displayName: "e2e", roots: ["<rootDir>/test/e2e"] },
  ],
};
