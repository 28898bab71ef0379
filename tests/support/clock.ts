/**
 * A wall clock a test can move on instead of waiting: only Date is faked, so
 * timers, I/O and the database driver keep real time. For rules that read
 * Date.now() (the rate limits' windows, say), not for anything the database
 * itself dates.
 */
import { jest } from "@jest/globals";

export function movableClock(): { advance(ms: number): void; restore(): void } {
  jest.useFakeTimers({
    now: Date.now(),
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "requestAnimationFrame",
      "cancelAnimationFrame",
      "requestIdleCallback",
      "cancelIdleCallback",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
  return {
    advance: (ms) => jest.setSystemTime(Date.now() + ms),
    restore: () => void jest.useRealTimers(),
  };
}
