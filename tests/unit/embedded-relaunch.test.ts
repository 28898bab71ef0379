import { embeddedRelaunch, SMALL_YOUNG_GENERATION } from "@/lib/server/embedded-relaunch";

const facts = (
  env: Record<string, string | undefined>,
  execArgv: string[] = [],
  argv = ["/bin/node", "/app/dist/serve.js"],
) => ({
  env,
  execPath: "/bin/node",
  execArgv,
  argv,
});

describe("the embedded server's small-memory start", () => {
  it("starts the embedded server again with a small young generation and few allocation arenas", () => {
    const relaunch = embeddedRelaunch(facts({ PORT: "3000" }, ["--enable-source-maps"]));
    expect(relaunch).toEqual({
      args: ["/bin/node", SMALL_YOUNG_GENERATION, "--enable-source-maps", "/app/dist/serve.js"],
      env: { PORT: "3000", MALLOC_ARENA_MAX: "2" },
    });
  });

  it("keeps an allocator setting already given", () => {
    expect(embeddedRelaunch(facts({ MALLOC_ARENA_MAX: "4" }))?.env.MALLOC_ARENA_MAX).toBe("4");
  });

  it("goes on as it is on PostgreSQL, in development, and once started with the flag (so it never loops)", () => {
    expect(embeddedRelaunch(facts({ DATABASE_URL: "postgresql://db/rj" }))).toBeNull();
    expect(embeddedRelaunch(facts({}, [], ["/bin/node", "/app/dist/serve.js", "--dev"]))).toBeNull();
    const started = embeddedRelaunch(facts({}))!;
    expect(embeddedRelaunch(facts(started.env, started.args.slice(1, 2)))).toBeNull();
    expect(embeddedRelaunch(facts({ NODE_OPTIONS: "--max-semi-space-size=8" }))).toBeNull();
  });
});
