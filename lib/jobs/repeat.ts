/**
 * A task the worker runs every second or so, alongside its queues: pg-boss's
 * own schedules are by the minute. One run at a time; stop() waits for the run
 * in progress, so nothing it holds is cut off.
 */
import "server-only";
import { errorForLog, log } from "@/lib/log";

export type Repeating = { stop(): Promise<void> };

/**
 * Runs `task` now and then `intervalMs` after each run ends; at once again while
 * it says there is more to do (a full batch). A failed run is logged (its
 * error's type and place, never its data) and the next comes as usual.
 */
export function repeatEvery(name: string, intervalMs: number, task: () => Promise<boolean>): Repeating {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const turn = async (): Promise<void> => {
    let more = true;
    while (more && !stopped) {
      more = await task().catch((error: unknown) => {
        log.error({ err: errorForLog(error), task: name }, "a repeating task failed; it runs again shortly");
        return false;
      });
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = turn().then(schedule);
    }, intervalMs);
    timer.unref();
  };
  running = turn().then(schedule);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
