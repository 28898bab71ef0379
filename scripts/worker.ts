/**
 * `npm run worker`: works the job queue in its own process. Run the web
 * processes with WORKER_MODE=separate so they leave the queue to this one.
 * Needs DATABASE_URL: the embedded database can be opened by one process only.
 */
import { boot } from "@/lib/boot";

void boot("worker");
