/**
 * Every way in goes through one of the wrappers, so no entry point forgets a
 * check: staff and administrator actions through the staff pipeline
 * (lib/actions/staff-action.ts), public ones through publicAction, "Manage your
 * request" changes through personAction (a checked PersonSession), and route
 * handlers through downloadRoute or publicRoute (lib/actions/routes.ts).
 * These tests read every server action file and route handler under app/ and
 * fail on an export that is made any other way.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ACTION_WRAPPERS = ["staffFormAction", "staffButtonAction", "publicAction", "personAction"];
const ROUTE_WRAPPERS = ["downloadRoute", "publicRoute"];
/** A route's method it does not use: "page not found", made by the routes module. */
const ROUTE_REFUSALS = ["notFoundHandler"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

/** The value each `export const NAME = …` starts with, and each exported function's body. */
function exportsOf(source: string): Array<{ name: string; made: string }> {
  const found: Array<{ name: string; made: string }> = [];
  const locals = new Map<string, string>();
  for (const match of source.matchAll(/^const (\w+) = ([\s\S]*?)(?=^\S)/gm)) locals.set(match[1]!, match[2]!);
  for (const match of source.matchAll(/^export const (\w+)(?::[^=]+)? = ([\s\S]*?)(?=^\S|$(?![\s\S]))/gm)) {
    const made = match[2]!.trim();
    // `export const GET = exit;` where `const exit = publicRoute(…)`.
    const local = /^(\w+);$/.exec(made)?.[1];
    found.push({ name: match[1]!, made: local && locals.has(local) ? locals.get(local)! : made });
  }
  for (const match of source.matchAll(/^export (?:async )?function (\w+)[\s\S]*?(?=^export |$(?![\s\S]))/gm)) {
    found.push({ name: match[1]!, made: `function ${match[0]}` });
  }
  return found;
}

/** Server action exports not made by a wrapper (a function that runs the staff pipeline's runStep counts as one). */
function unwrappedActions(source: string): string[] {
  return exportsOf(source)
    .filter(
      ({ made }) =>
        !ACTION_WRAPPERS.some((wrapper) => made.startsWith(`${wrapper}(`)) &&
        !(made.startsWith("function") && /\brunStep\(/.test(made)),
    )
    .map(({ name }) => name);
}

/** Wrapped actions whose run takes bound arguments (after the context and the input) with no schemas for them. */
function unparsedBound(source: string): string[] {
  return exportsOf(source)
    .filter(({ made }) => /^staff(Form|Button)Action\(/.test(made))
    .filter(
      ({ made }) => /run: async \(\s*\{[^}]*\},\s*_?\w+(?::[^,)]+)?,\s*\w+/.test(made) && !/\bbound: \[/.test(made),
    )
    .map(({ name }) => name);
}

/** Route handler method exports not made by a route wrapper. */
function unwrappedRoutes(source: string): string[] {
  return exportsOf(source)
    .filter(({ name }) => /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/.test(name))
    .filter(
      ({ made }) =>
        !ROUTE_WRAPPERS.some((wrapper) => made.startsWith(`${wrapper}(`) || made.startsWith(`${wrapper}<`)) &&
        !ROUTE_REFUSALS.some((refusal) => made === `${refusal};`),
    )
    .map(({ name }) => name);
}

const appFiles = files("app");
const actionFiles = appFiles.filter((file) => /^\s*["']use server["'];/.test(readFileSync(file, "utf8")));
const routeFiles = appFiles.filter((file) => path.basename(file) === "route.ts");

describe("entry points", () => {
  it("finds the service's server actions and route handlers", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(8);
    expect(routeFiles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(actionFiles.map((file) => [file]))("every server action in %s goes through a wrapper", (file) => {
    const source = readFileSync(file, "utf8");
    expect(exportsOf(source).length).toBeGreaterThan(0);
    expect(unwrappedActions(source)).toEqual([]);
    // A value fixed into the form with .bind is parsed with a schema before anything else.
    expect(unparsedBound(source)).toEqual([]);
  });

  it.each(routeFiles.map((file) => [file]))("every route handler in %s goes through a wrapper", (file) => {
    const source = readFileSync(file, "utf8");
    expect(exportsOf(source).some(({ name }) => /^(GET|POST)$/.test(name))).toBe(true);
    expect(unwrappedRoutes(source)).toEqual([]);
  });

  it("would catch an action or a route written without one", () => {
    const action = `"use server";\nexport const fine = publicAction({}, async () => 1);\nexport async function bare(formData: FormData) {\n  return formData;\n}\n`;
    expect(unwrappedActions(action)).toEqual(["bare"]);
    const route = `export const GET = downloadRoute("figures.read", async () => new Response());\nexport async function POST(request: Request) {\n  return new Response();\n}\n`;
    expect(unwrappedRoutes(route)).toEqual(["POST"]);
    const bound = `export const note = staffFormAction({\n  permission: "referral.change",\n  schema,\n  run: async ({ prisma }, input, referralId: string) => undefined,\n});\n`;
    expect(unparsedBound(bound)).toEqual(["note"]);
    expect(unparsedBound(bound.replace("  schema,", "  bound: [z.uuid()],\n  schema,"))).toEqual([]);
  });
});
