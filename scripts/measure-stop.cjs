/**
 * `node scripts/measure-stop.cjs yes|no PORT` (after `npm run build`; DATABASE_URL in MEASURE_DATABASE_URL):
 * 20 clients ask for the home page as fast as they can, keeping their connections (yes) or opening
 * one per request (no); SIGTERM goes 2 seconds in; prints how many were answered and how the others
 * failed until the server exited. README: "Health checks and stopping".
 */
const http = require("http");
const { spawn } = require("child_process");
const [, , keepAlive, port] = process.argv;
if (!["yes", "no"].includes(keepAlive) || !/^\d+$/.test(port ?? "")) {
  console.error("Usage: node scripts/measure-stop.cjs yes|no PORT");
  process.exit(2);
}
const env = {
  ...process.env,
  NODE_ENV: "production",
  MAIL_TO_FILES: "yes",
  PROVIDER_EMAIL: "p@example.org",
  MAIL_FROM: "n@example.org",
  APP_URL: "http://127.0.0.1",
  PORT: port,
  LISTEN_ADDRESS: "127.0.0.1",
  DATA_DIR: ".test-data/measure-stop",
  DATABASE_URL: process.env.MEASURE_DATABASE_URL,
};
const child = spawn(process.execPath, ["dist/serve.js"], { env, stdio: ["ignore", "ignore", "inherit"] });
const agent = new http.Agent({ keepAlive: keepAlive === "yes", maxSockets: 20 });
let ok = 0,
  failed = {},
  stop = false;
const one = () =>
  new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/", agent, headers: { accept: "text/html" } }, (res) => {
      res.resume();
      res.on("end", () => {
        ok += res.statusCode === 200 ? 1 : 0;
        if (res.statusCode !== 200) failed["status " + res.statusCode] = (failed["status " + res.statusCode] || 0) + 1;
        resolve();
      });
    });
    req.on("error", (e) => {
      failed[e.code] = (failed[e.code] || 0) + 1;
      resolve();
    });
  });
const client = async () => {
  while (!stop) await one();
};
(async () => {
  for (;;) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (r.status === 200) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: "text/html" } });
  const exited = new Promise((r) => child.on("exit", (code) => r(code)));
  const clients = Array.from({ length: 20 }, client);
  setTimeout(() => child.kill("SIGTERM"), 2000);
  const code = await exited;
  stop = true;
  await Promise.all(clients);
  // Failures after the listener closed are refused connections (ECONNREFUSED): those count apart.
  console.log(JSON.stringify({ keepAlive, exit: code, answered: ok, failed }));
})();
