import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ALL_AUDIT_ACTIONS, AUDIT_ACTIONS, auditActionLabel } from "@/lib/audit/actions";

/** Every file under `dir` ending in .ts or .tsx. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? sources(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("the audit actions", () => {
  it("each have words for the audit page", () => {
    for (const action of ALL_AUDIT_ACTIONS) expect(AUDIT_ACTIONS[action].length).toBeGreaterThan(3);
    expect(new Set(Object.values(AUDIT_ACTIONS)).size).toBe(ALL_AUDIT_ACTIONS.length);
    expect(auditActionLabel("sign-in.failed")).toBe("Sign-in failed");
    expect(auditActionLabel("an.old-name")).toBe("an.old-name");
  });

  it("are all written somewhere in the code (none listed that nothing records)", () => {
    const code = [...sources("lib"), ...sources("app")]
      .filter((file) => !file.endsWith(path.join("audit", "actions.ts")))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    const unused = ALL_AUDIT_ACTIONS.filter((action) => !code.includes(`"${action}"`));
    expect(unused).toEqual([]);
  });
});
