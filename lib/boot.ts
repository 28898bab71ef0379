/**
 * Start-up, shared by the web server (instrumentation.ts) and the separate
 * worker (scripts/worker.ts): check the settings, reach the database, apply
 * migrations, start the job queue and, where this process should, the worker.
 *
 * Anything that stops start-up prints one clear line and exits non-zero, with
 * no stack trace and never a password.
 */
import { startQueue, startWorker, type RunningWorker } from "@/lib/background-jobs";
import "server-only";
import { env, SettingsError, type Env } from "@/lib/env";
import { closeDatabase, getDatabase, type Database } from "@/lib/db";
import { describePostgresUrl } from "@/lib/db/open-postgres";
import { EmbeddedDatabaseInUseError } from "@/lib/db/embedded-lock";
import { migrate, MigrationError, readMigrations } from "@/lib/db/migrate";
import { databaseReadiness } from "@/lib/db/readiness";
import { lifecycle } from "@/lib/server/lifecycle";
import { setQueue } from "@/lib/jobs/queue";

import { log, describeError } from "@/lib/log";

export type Role = "web" | "worker";

const holder = globalThis as typeof globalThis & { __rjBoot?: Promise<void> };

const CONNECT_ATTEMPTS = 5;

function stop(line: string): never {
  // One line on stderr for the person starting the service (not console.error, which the web server routes to the log).
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

function settingsOrStop(): Env {
  try {
    return env();
  } catch (error) {
    if (error instanceof SettingsError) stop(`Cannot start: ${error.message}`);
    throw error;
  }
}

async function databaseOrStop(settings: Env): Promise<Database> {
  const where = settings.databaseUrl ? describePostgresUrl(settings.databaseUrl) : `${settings.dataDir}/pglite`;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await getDatabase();
    } catch (error) {
      if (error instanceof EmbeddedDatabaseInUseError) stop(`Cannot start: ${error.message}`);
      const reason = describeError(error);
      if (!settings.databaseUrl || attempt >= CONNECT_ATTEMPTS) {
        stop(`Cannot start: cannot open the database at ${where} (${reason}).`);
      }
      log.warn({ attempt, where, reason }, "database not reachable yet; retrying");
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
    }
  }
}

async function run(role: Role): Promise<void> {
  const settings = settingsOrStop();
  const db = await databaseOrStop(settings);
  try {
    const result = await db.withSession((session) => migrate(session));
    if (result.applied.length) log.info({ applied: result.applied }, "database migrations applied");
    if (result.changedSinceApplied.length) {
      log.warn({ migrations: result.changedSinceApplied }, "migration files changed after they were applied");
    }
  } catch (error) {
    if (error instanceof MigrationError) stop(`Cannot start: ${error.message}`);
    throw error;
  }

  const boss = await startQueue(db, { emailRetryDelaySeconds: settings.emailRetryDelaySeconds });
  setQueue(boss);
  let queueRunning = true;
  boss.on("stopped", () => (queueRunning = false));
  let worker: RunningWorker | undefined;
  if (role === "worker" || settings.workerMode === "in-process") {
    worker = await startWorker(boss, db, settings);
  }
  log.info({ role, database: db.kind, worker: Boolean(worker), mail: settings.smtpUrl ? "smtp" : "file" }, "started");
  if (settings.nodeEnv === "production" && !settings.smtpUrl) {
    log.warn(
      "email is written to files under DATA_DIR/mail, not sent (MAIL_TO_FILES=yes): they hold whole referrals; erasure deletes a referral's files",
    );
  }

  const newestMigration = readMigrations().at(-1)?.name;
  const state = lifecycle();
  state.checkReadiness = async () => {
    const checks = {
      ...(await databaseReadiness(db, newestMigration)),
      queue: queueRunning ? ("ok" as const) : ("stopped" as const),
    };
    return { ready: Object.values(checks).every((check) => check === "ok"), checks };
  };
  let stopped: Promise<void> | undefined;
  // The worker finishes the jobs it holds and takes no new one; then the queue and database close.
  state.stopBackground = () =>
    (stopped ??= (async () => {
      await worker?.stop();
      await boss.stop({ graceful: true, timeout: 10_000 });
      await closeDatabase();
    })());
  if (state.phase === "starting") state.phase = "ready";

  if (role === "web" && state.serverOwnsSignals) return;
  if (role === "web" && settings.nodeEnv === "production") {
    log.warn(
      "not started through scripts/serve.ts: start the service with `npm start` so that client addresses, health checks and stopping work",
    );
  }
  const shutdown = async (signal: string) => {
    state.phase = "stopping";
    log.info({ signal }, "stopping");
    try {
      await state.stopBackground?.();
    } catch (error) {
      log.error({ err: describeError(error) }, "error while stopping");
    }
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

/** Starts this process's parts once, however many times it is called. */
export function boot(role: Role): Promise<void> {
  holder.__rjBoot ??= run(role);
  return holder.__rjBoot;
}
