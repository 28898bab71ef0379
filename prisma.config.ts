// Prisma CLI settings. The application itself never reads this file: it builds
// its client in lib/db.ts. The URL here is only for Prisma's own CLI commands
// (for example `prisma migrate deploy` where the schema engine is available).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/rj" },
});
