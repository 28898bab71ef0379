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
 * Content Security Policy: nothing is loaded from other sites (the privacy
 * notice promises it). Scripts need 'unsafe-inline' because Next.js inlines
 * its hydration data; a nonce-based policy is a possible later hardening.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Security headers sent with every response. */
const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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
    // The largest real step is well under 20 kB even in 4-byte characters;
    // anything much bigger is not a person typing, and is refused with 413.
    serverActions: { bodySizeLimit: "64kb" },
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = nextConfig;
