/**
 * The web process: `npm start` (and `npm run start:local`, `npm run dev`).
 * Next.js serves the pages; lib/server/http-server.ts sits in front of it.
 * Start-up itself (settings, database, migrations, queue) runs in Next.js's
 * instrumentation hook (lib/boot.ts) while the app is prepared.
 */
import next from "next";
import { env, SettingsError } from "@/lib/env";
import { log, describeError, routeConsoleErrorsToLog } from "@/lib/log";
import { createHttpServer, MAX_BODY_BYTES } from "@/lib/server/http-server";
import { lifecycle } from "@/lib/server/lifecycle";
import { createPageCache } from "@/lib/server/page-cache";
import { CACHED_PAGES } from "@/lib/content/site";

const dev = process.argv.includes("--dev");

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
  const http = createHttpServer({
    handle: app.getRequestHandler(),
    trustedProxies: settings.trustedProxies,
    https: settings.https,
    maxBodyBytes: MAX_BODY_BYTES,
    graceSeconds: settings.shutdownGraceSeconds,
    drainDelaySeconds: settings.shutdownDelaySeconds,
    // Not in development: there, pages change as they are edited.
    pageCache: dev ? undefined : createPageCache(CACHED_PAGES),
    provider: { providerPhone: settings.providerPhone, providerContactEmail: settings.providerContactEmail },
  });
  await app.prepare();
  await new Promise<void>((resolve, reject) => {
    http.server.once("error", reject);
    http.server.listen(settings.port, settings.listenAddress, resolve);
  });
  log.info({ port: settings.port, address: settings.listenAddress ?? "all" }, "listening");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, inFlight: http.inFlight() }, "stopping: finishing requests in flight");
    // If something hangs past the grace period and the worker's own limit, leave anyway.
    setTimeout(() => process.exit(1), (settings.shutdownDelaySeconds + settings.shutdownGraceSeconds + 30) * 1000).unref();
    try {
      await http.drain();
      await lifecycle().stopBackground?.();
      await app.close();
    } catch (error) {
      log.error({ err: describeError(error) }, "error while stopping");
    }
    log.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(`Cannot start: ${describeError(error)}`);
  process.exit(1);
});
