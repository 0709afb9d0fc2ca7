/** Jest runs the TypeScript sources through ts-jest with a CommonJS view of the same tsconfig. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }],
  },
  testTimeout: 120000,
  // Browser and LibreOffice child processes can outlive their test by a moment; CI must never wait on them.
  forceExit: true,
};
