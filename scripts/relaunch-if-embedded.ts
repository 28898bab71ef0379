/**
 * Imported first by serve.ts, so the embedded server replaces itself with its
 * small-memory settings before Next.js is loaded (lib/server/embedded-relaunch.ts).
 */
import { relaunchIfEmbedded } from "@/lib/server/embedded-relaunch";

relaunchIfEmbedded();
