/**
 * Next.js calls register() once when the server starts: that is where the web
 * process checks its settings, migrates the database and starts the job queue.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("./lib/boot");
    await boot("web");
  }
}
