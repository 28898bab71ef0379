import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { whenToTryAgain } from "@/lib/referrals/when-to-try-again";
import { openWithCode, type Opened } from "./access";
import { allowCodeAttempt, codeWasRight, codeWasWrong, type AlertTo } from "./limits";

/**
 * The whole way in by reference and private code, limits included: refused
 * only for failures at this address; a right code gives its count back; a
 * wrong one counts towards the request's ceiling, which alerts the provider.
 * Refused, it throws AppError: manage.too-many (with when to try again) or
 * manage.code-wrong.
 */
export async function signInWithCode(
  prisma: PrismaClient,
  input: { reference: string; code: string; address: string },
  to: AlertTo,
): Promise<Opened> {
  const retryAt = await allowCodeAttempt(prisma, input.address, input.reference);
  if (retryAt) throw new AppError("manage.too-many", "codeReference", { time: whenToTryAgain(retryAt) });
  let opened: Opened;
  try {
    opened = await openWithCode(prisma, { reference: input.reference, code: input.code, ipAddress: input.address });
  } catch (error) {
    if (isAppError(error)) await codeWasWrong(prisma, input.reference, to, input.address);
    throw error;
  }
  await codeWasRight(prisma, input.address, input.reference);
  return opened;
}
