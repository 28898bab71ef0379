/**
 * The one way to write a public server action (the journey, the way back in
 * to "Manage your request", the staff sign-in steps before a session exists):
 * 1. bound arguments (values a page fixed into the form, which a visitor could
 *    change in a form posted without JavaScript) are parsed with zod first: a
 *    value no page of ours would write finds "page not found";
 * 2. the action gets what every public action needs: the database, the job
 *    queue and the client's address (worked out by the HTTP server);
 * 3. it reads its form and calls one service.
 * The HTTP server has already refused another site's post and an oversized body.
 */
import "server-only";
import { notFound } from "next/navigation";
import type { PgBoss } from "pg-boss";
import type { z } from "zod";
import { getDatabase, type Database } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import type { FieldErrors } from "@/lib/forms/form-state";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddress } from "@/lib/http/client-address";
import { getQueue } from "@/lib/jobs/queue";

export type PublicContext = { database: Database; prisma: PrismaClient; ipAddress: string; queue: () => PgBoss };

export async function publicContext(): Promise<PublicContext> {
  const database = await getDatabase();
  return { database, prisma: database.prisma, ipAddress: await clientAddress(), queue: getQueue };
}

/** Parses the first arguments with `bound`, one schema each; a value that does not parse is a 404. */
export function parseBound(bound: readonly z.ZodType[], args: unknown[]): unknown[] {
  return args.map((value, index) => {
    const schema = bound[index];
    if (!schema) return value;
    const parsed = schema.safeParse(value);
    if (!parsed.success) notFound();
    return parsed.data;
  });
}

/** Runs one service: its result, or an expected refusal (AppError) as the form's message beside its field. Anything else is a fault and propagates. */
export async function attempt<R>(work: () => Promise<R>): Promise<{ done: R } | { refused: FieldErrors }> {
  try {
    return { done: await work() };
  } catch (error) {
    if (isAppError(error)) return { refused: { [error.field]: error.userMessage } };
    throw error;
  }
}

export function publicAction<A extends unknown[], R>(
  options: { bound?: readonly z.ZodType[] },
  run: (ctx: PublicContext, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => run(await publicContext(), ...(parseBound(options.bound ?? [], args) as A));
}
