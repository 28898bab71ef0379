/**
 * Embedded PostgreSQL (PGlite) in a folder, for running with no database server.
 * One process may open a folder at a time (see embedded-lock.ts).
 */
import "server-only";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { fromPglite } from "pg-boss";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createEmbeddedInChild, isNewEmbeddedFolder } from "./create-embedded";
import { acquireEmbeddedLock } from "./embedded-lock";
import type { Database, SqlRunner, SqlSession } from "./types";

const BLOB_SLICE_BYTES = 64 * 1024;

/**
 * PostgreSQL's memory sized for one service on a laptop rather than a server
 * (issue 24): its defaults reserve 128 MB of shared buffers and 64 MB for
 * maintenance inside PGlite's WebAssembly heap, which the process then keeps.
 * As start parameters, not `postgresqlconf`, which would replace the data
 * folder's postgresql.conf.
 */
const SMALL_MEMORY = ["-c", "shared_buffers=16MB", "-c", "maintenance_work_mem=16MB"];

/** PGlite itself, or one of its transactions, as a SqlRunner. */
function runnerOn(db: Pick<PGlite, "query">): SqlRunner {
  return { query: async (text, params) => (await db.query(text, params)).rows as never[] };
}

export async function openEmbedded(dataDir: string): Promise<Database> {
  const folder = path.resolve(dataDir, "pglite");
  const lock = acquireEmbeddedLock(folder);
  let pglite: PGlite;
  try {
    // A new folder is made in a child process, whose memory goes when it exits.
    if (isNewEmbeddedFolder(folder)) await createEmbeddedInChild(folder);
    // Extensions the migrations create must be loaded into PGlite first.
    pglite = await PGlite.create(folder, {
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, ...SMALL_MEMORY],
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), errorFormat: "minimal" });
  // PGlite is a single connection, so "holding a session" is simply using it.
  const session: SqlSession = {
    ...runnerOn(pglite),
    async exec(script) {
      await pglite.exec(script);
    },
  };
  return {
    kind: "embedded",
    prisma,
    location: folder,
    withSession: (fn) => fn(session),
    // PGlite's own transaction holds its single connection: other queries wait, none slip in.
    withTransaction: (fn) =>
      pglite.transaction(async (tx) => {
        await tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        return fn({
          ...runnerOn(tx),
          exec: async (script) => void (await tx.exec(script)),
          async *copyCsvOut(select) {
            const { blob } = await tx.query(`COPY (${select}) TO '/dev/blob' WITH (FORMAT csv)`);
            for (let offset = 0; blob && offset < blob.size; offset += BLOB_SLICE_BYTES) {
              yield new Uint8Array(await blob.slice(offset, offset + BLOB_SLICE_BYTES).arrayBuffer());
            }
          },
        });
      }),
    // READ COMMITTED is PostgreSQL's default; PGlite has one connection, so nothing runs beside it anyway.
    withWriteTransaction: (fn) => pglite.transaction((tx) => fn(runnerOn(tx))),
    queueOptions: () => ({ db: fromPglite(pglite), backend: "pglite" }),
    async close() {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        lock.release();
      }
    },
  };
}
