/**
 * How the app tells the HTTP server's page cache (lib/server/page-cache.ts)
 * that a kept page is out of date. The server (dist/serve.js) and the app
 * (Next.js's bundle) are built apart, so each has its own copy of every
 * module: the one they share in a process is globalThis.
 */
type Forget = (path: string) => void;

const hook = globalThis as typeof globalThis & { __rjForgetCachedPage?: Forget };

/** Called by the page cache when it is made. */
export function onForgetCachedPage(forget: Forget): void {
  hook.__rjForgetCachedPage = forget;
}

/** The server's kept copy of `path`, if any, is dropped: the next visit is rendered again. */
export function forgetCachedPage(path: string): void {
  hook.__rjForgetCachedPage?.(path);
}
