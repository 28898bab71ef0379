// @ts-check

/**
 * Packages that must stay as real Node modules rather than being bundled:
 * PGlite loads its WebAssembly and data files from its own folder, and the
 * database/queue/mail libraries keep process-wide state (connections, the
 * one embedded database) that must not be duplicated by bundling.
 */
const serverExternalPackages = [
  "@electric-sql/pglite",
  "pglite-prisma-adapter",
  "@prisma/adapter-pg",
  "pg",
  "pg-boss",
  "nodemailer",
  "pino",
  "@node-rs/argon2",
  "qrcode",
];

/**
 * Security headers sent with every response. The Content Security Policy is
 * set per request, with a nonce, by proxy.ts; HSTS and COOP by the HTTP
 * server (lib/server/http-server.ts) when APP_URL is https.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  // Other sites (the exit destination, help lines) are never told where the visitor
  // came from. Not "no-referrer": with it, browsers send "Origin: null" on form
  // posts, and Next.js rightly refuses such server action requests.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages,
  poweredByHeader: false,
  experimental: {
    // The HTTP server refuses any post over 64 kB before Next.js reads it
    // (lib/server/http-server.ts); this is the same limit, a second time.
    serverActions: { bodySizeLimit: "64kb" },
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
