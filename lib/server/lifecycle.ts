/**
 * What the HTTP server (scripts/serve.ts) and start-up (lib/boot.ts) tell each
 * other: whether the service is ready for traffic, how to check that it still
 * is, and how to stop the background parts (worker, queue, database).
 *
 * Kept on globalThis because the server and Next.js's bundle of lib/boot.ts
 * load separate copies of this module in one process.
 */

export type Phase = "starting" | "ready" | "stopping";

export type ReadinessReport = { ready: boolean; checks: Record<string, "ok" | "failing" | "stopped"> };

type Lifecycle = {
  phase: Phase;
  /** Set by the HTTP server: it, not start-up, handles SIGTERM and SIGINT. */
  serverOwnsSignals: boolean;
  /** Set by start-up once the database, migrations and queue are up. */
  checkReadiness?: () => Promise<ReadinessReport>;
  /** Set by start-up: stops the worker (after its current jobs), the queue and the database. */
  stopBackground?: () => Promise<void>;
};

const holder = globalThis as typeof globalThis & { __rjLifecycle?: Lifecycle };

export function lifecycle(): Lifecycle {
  holder.__rjLifecycle ??= { phase: "starting", serverOwnsSignals: false };
  return holder.__rjLifecycle;
}

/** The answer for GET /readyz: never ready while starting or stopping. */
export async function readiness(): Promise<ReadinessReport> {
  const state = lifecycle();
  if (state.phase === "stopping") return { ready: false, checks: { service: "stopped" } };
  if (state.phase === "starting" || !state.checkReadiness) return { ready: false, checks: { service: "failing" } };
  return state.checkReadiness();
}
