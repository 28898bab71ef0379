/**
 * The embedded server (no DATABASE_URL: PGlite inside the web process) starts
 * again, in place, with settings that keep it under its memory bound (issue 24):
 * - `--max-semi-space-size=4`: V8's young generation at 4 MB a half, not 16
 *   (about 30 MB less resident; garbage is collected more often, which a
 *   laptop's few requests do not feel);
 * - `MALLOC_ARENA_MAX=2`: two of the C library's allocation arenas, not eight
 *   per core (about 10 to 15 MB less).
 * Node reads both only when it starts, so the process replaces itself
 * (process.execve: the same PID, the same standard streams) before anything
 * else is loaded. Not on PostgreSQL, where the web process serves more and
 * memory matters less, nor in development. A flag already given (on the
 * command line or in NODE_OPTIONS) is kept as it is, and so is a
 * MALLOC_ARENA_MAX already set.
 */

export const SMALL_YOUNG_GENERATION = "--max-semi-space-size=4";
export const FEW_ARENAS = "2";

type Env = Record<string, string | undefined>;

type ProcessFacts = {
  env: Env;
  execPath: string;
  execArgv: readonly string[];
  argv: readonly string[];
};

/** The command line and environment to start again with, or null to go on as this process is. */
export function embeddedRelaunch(p: ProcessFacts): { args: string[]; env: Env } | null {
  if (p.env.DATABASE_URL) return null;
  if (p.argv.includes("--dev")) return null;
  const given = [...p.execArgv, ...(p.env.NODE_OPTIONS ?? "").split(/\s+/)];
  if (given.some((flag) => flag.startsWith("--max-semi-space-size"))) return null;
  return {
    args: [p.execPath, SMALL_YOUNG_GENERATION, ...p.execArgv, ...p.argv.slice(1)],
    env: { ...p.env, MALLOC_ARENA_MAX: p.env.MALLOC_ARENA_MAX || FEW_ARENAS },
  };
}

/** Replaces this process with its small-memory self when it is the embedded server; returns only if not. */
export function relaunchIfEmbedded(): void {
  const relaunch = embeddedRelaunch(process);
  // Not on Windows (no execve): there the server runs as it is, as it did before.
  if (!relaunch || typeof process.execve !== "function") return;
  try {
    process.execve(process.execPath, relaunch.args, relaunch.env as NodeJS.ProcessEnv);
  } catch {
    // execve failed and this process is unchanged: it runs as it is.
  }
}
