import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A plain JSON copy for a Json column: drops undefined values, turns dates into strings. */
export function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
