/**
 * The web process: `npm start` (and `npm run start:local`, `npm run dev`).
 * Compiled to dist/serve.js by `npm run build`, so production runs plain JavaScript.
 * Next.js serves the pages; lib/server/http-server.ts sits in front of it, and
 * @godaddy/terminus answers GET /readyz and stops the process cleanly. Start-up
 * itself (settings, database, migrations, queue) runs in Next.js's
 * instrumentation hook (lib/boot.ts) while the app is prepared.
 */
// First: the embedded server starts again with its small-memory settings before anything is loaded.
import "./relaunch-if-embedded";
import { createTerminus, HealthCheckError } from "@godaddy/terminus";
import next from "next";
import { CACHED_FIGURE_PAGES, CACHED_PAGES } from "@/lib/content/site";
import { env, SettingsError } from "@/lib/env";
import { describeError, log, routeConsoleErrorsToLog } from "@/lib/log";
import { createHttpServer, MAX_BODY_BYTES } from "@/lib/server/http-server";
import { lifecycle, readiness } from "@/lib/server/lifecycle";
import { createPageCache } from "@/lib/server/page-cache";

const dev = process.argv.includes("--dev");
/** How long answers close their connections before the listener closes and idle connections are ended. */
const CLOSING_WINDOW_SECONDS = 1;
const delay = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

async function main(): Promise<void> {
  let settings;
  try {
    settings = env();
  } catch (error) {
    console.error(error instanceof SettingsError ? `Cannot start: ${error.message}` : "Cannot start.");
    process.exit(1);
  }
  lifecycle().serverOwnsSignals = true;
  // Next.js prints whole error objects; the log keeps one line without personal data.
  routeConsoleErrorsToLog();
  const app = next({ dev, dir: process.cwd(), hostname: settings.listenAddress, port: settings.port });
  // Not in development: there, pages change as they are edited.
  const pageCache = dev ? undefined : createPageCache(CACHED_PAGES, CACHED_FIGURE_PAGES);
  const http = createHttpServer({
    handle: app.getRequestHandler(),
    trustedProxies: settings.trustedProxies,
    https: settings.https,
    maxBodyBytes: MAX_BODY_BYTES,
    keepAliveTimeoutSeconds: settings.keepAliveTimeoutSeconds,
    headersTimeoutSeconds: settings.headersTimeoutSeconds,
    pageCache,
    development: dev,
    provider: { providerPhone: settings.providerPhone, providerContactEmail: settings.providerContactEmail },
  });

  createTerminus(http.server, {
    // Database, migrations and queue up; 503 while starting and from the moment a stop begins.
    healthChecks: {
      "/readyz": async () => {
        const report = await readiness().catch(() => ({ ready: false, checks: { service: "failing" as const } }));
        if (!report.ready) throw new HealthCheckError("not ready", report.checks);
        return report;
      },
      verbatim: true,
    },
    signals: ["SIGTERM", "SIGINT"],
    useExit0: true,
    // Requests in flight get this long to finish once connections are no longer taken.
    timeout: settings.shutdownGraceSeconds * 1000,
    beforeShutdown: async () => {
      lifecycle().phase = "stopping";
      log.info({ inFlight: http.inFlight() }, "stopping: finishing requests in flight");
      // If something hangs past the grace period and the worker's own limit, leave anyway.
      setTimeout(
        () => process.exit(1),
        (settings.shutdownDelaySeconds + settings.shutdownGraceSeconds + 30) * 1000,
      ).unref();
      // Still answering, reported not ready, until a load balancer has noticed and sends nobody new.
      await delay(settings.shutdownDelaySeconds);
      // Then every answer closes its connection, and a client still sending on one gets that
      // answer before the listener closes, rather than a reset when idle connections are ended.
      http.closeConnectionsAfterAnswers();
      await delay(CLOSING_WINDOW_SECONDS);
    },
    onSignal: async () => {
      await lifecycle().stopBackground?.();
      await app.close();
      log.info("stopped");
    },
    logger: (message, error) => log.error({ err: describeError(error) }, message),
  });

  await app.prepare();
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", reject);
    http.server.listen(settings.port, settings.listenAddress, resolve);
  });
  const address =
    settings.listenAddress && !["0.0.0.0", "::"].includes(settings.listenAddress)
      ? settings.listenAddress
      : "127.0.0.1";
  pageCache?.listeningAt(`http://${address.includes(":") ? `[${address}]` : address}:${settings.port}`);
  log.info({ port: settings.port, address: settings.listenAddress ?? "all" }, "listening");
}

main().catch((error: unknown) => {
  console.error(`Cannot start: ${describeError(error)}`);
  process.exit(1);
});
