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

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages,
  poweredByHeader: false,
  experimental: {
    // The HTTP server refuses any post over 64 kB before Next.js reads it
    // (lib/server/http-server.ts); this is the same limit, a second time.
    serverActions: { bodySizeLimit: "64kb" },
    // forbidden() and app/forbidden.tsx: a 403 page for a signed-in account a page is not for.
    authInterrupts: true,
    // app/global-not-found.tsx for an address that matches nothing: a root app/not-found.tsx is
    // sent, unseen, with every page, and with its frame it was about a third of a question page's HTML.
    globalNotFound: true,
  },
  reactStrictMode: true,
  // Security headers: the HTTP server sets them on every response (lib/server/security-headers.ts).
};

module.exports = nextConfig;
