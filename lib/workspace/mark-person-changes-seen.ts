import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { changeCase, type CaseChange } from "./case-change";

/**
 * A member of staff has read what the person changed: the referral leaves
 * "Changed by the person" (until the person changes something again). The
 * notices on the referral page and the timeline stay.
 */
export async function markPersonChangesSeen(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; version: number; ipAddress?: string },
): Promise<CaseChange> {
  return changeCase(
    prisma,
    staff,
    input,
    { kind: "seen", action: "referral.person-changes-seen" },
    async (_tx, referral) => {
      if (!referral.personChangeUnseenAt) return;
      return { personChangeUnseenAt: null };
    },
  );
}
