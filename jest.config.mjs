// Jest runs the three layers of tests as projects: unit (pure logic and
// components), integration (real PostgreSQL, embedded PGlite, a real SMTP
// listener) and e2e (the production build in a real Chromium).
// Native ESM mode (NODE_OPTIONS=--experimental-vm-modules, set by the npm
// scripts) because pg-boss and PGlite are ES modules.

const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", tsx: true },
      transform: { react: { runtime: "automatic" } },
      target: "es2023",
    },
    module: { type: "es6" },
  },
];

const shared = {
  rootDir: ".",
  extensionsToTreatAsEsm: [".ts", ".tsx"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleNameMapper: {
    "^@/(.*)$": "<rootDir>/$1",
    // Next.js resolves server-only to nothing in server code; do the same here.
    "^server-only$": "<rootDir>/tests/support/empty.cjs",
  },
  testEnvironment: "node",
};

/** @type {import('jest').Config} */
const config = {
  testTimeout: 60_000,
  reporters: ["default", "<rootDir>/tests/support/summary-reporter.cjs"],
  projects: [
    { ...shared, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.{ts,tsx}"] },
    {
      ...shared,
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/integration/global-setup.ts",
    },
    {
      ...shared,
      displayName: "e2e",
      testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"],
      globalSetup: "<rootDir>/tests/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/tests/e2e/global-teardown.ts",
    },
  ],
};

export default config;
