import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * lib/'s layers, top to bottom. A folder (or top-level file) may import from the
 * layers below its own, never from its own layer's other folders or any above.
 */
const LIB_LAYERS = [
  ["boot"], // start-up: settings, database, queue, worker
  ["background-jobs", "actions", "server", "demo"], // what puts the domains to work
  ["admin"],
  ["responsible"], // the person responsible's record, kept apart from the victim's
  ["restorative"], // the restorative work: need to know, sessions, the outcome
  ["workspace"],
  ["person"],
  ["survey"], // how people feel, before and after: the questions, shared by staff and the person
  ["referrals"],
  ["auth"],
  ["audit", "jobs"],
  ["email", "limits", "http", "forms", "content", "errors", "i18n"], // i18n: the translated texts
  ["dates", "plural", "db"],
  ["log"],
  ["env"],
  ["languages"], // the languages offered besides English: read by the settings
];

function libLayerRule(folder, index) {
  const forbidden = LIB_LAYERS.slice(0, index + 1)
    .flat()
    .filter((name) => name !== folder);
  const names = forbidden.join("|");
  return {
    files: [`lib/${folder}.{ts,tsx}`, `lib/${folder}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "lib/ does not import from app/: pass what is needed in as an argument.",
            },
            {
              group: ["@/components/*", "**/components/*"],
              message: "lib/ does not import from components/: move what both need into lib/.",
            },
            {
              regex: `^(@/lib/|(\\./)?(\\.\\./)+)(${names})(/|$)`,
              message: `lib/${folder} is in layer ${index + 1} of lib/ (eslint.config.mjs): it imports only from the layers below.`,
            },
          ],
        },
      ],
    },
  };
}

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "dist/**",
      ".data/**",
      ".test-data/**",
      "lib/generated/**",
      "public/exit-this-page.js",
      "next-env.d.ts",
    ],
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
    // Layers: routes (app/) use components and lib; components never reach back into app/.
    // A component that needs a server action is given it as a prop by its page.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "components/ do not import from app/: pass what is needed in as a prop.",
            },
          ],
        },
      ],
    },
  },
  // lib/ reads top-down: each folder imports only from the layers below its own (LIB_LAYERS above).
  ...LIB_LAYERS.flatMap((layer, index) => layer.map((folder) => libLayerRule(folder, index))),
  {
    // Inside a folder too: no two modules that need each other (a cycle loads one of them half-made).
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
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
