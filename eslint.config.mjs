import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".data/**", ".test-data/**", "lib/generated/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Personal data must never reach the console by accident: use lib/log.ts.
      "no-console": ["error", { allow: ["error"] }],
      // Public pages link with plain <a>: server-rendered page loads work the
      // same with JavaScript off, and nothing is prefetched (prefetching /exit
      // would end the journey).
      "@next/next/no-html-link-for-pages": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Layers: routes (app/) use components and lib; components and lib never reach back into app/.
    // A component that needs a server action is given it as a prop by its page.
    files: ["components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: ["@/app/*", "**/app/*"], message: "components/ and lib/ do not import from app/: pass what is needed in as a prop or argument." }],
      }],
    },
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**", "tests/**"],
    rules: { "no-console": "off" },
  },
];

export default config;
