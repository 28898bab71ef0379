import "server-only";
import { requireWithinLimit } from "./case-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { ukDay } from "@/lib/dates";
import type { FirstContactPromise } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { changeCase, type CaseChange } from "./case-change";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from "./contact-labels";
import { checkAttempt, contactWishes } from "./contact-wishes";
import { promiseKeptAt } from "./first-contact";

export type ContactAttemptInput = {
  referralId: string;
  version: number;
  channel: string;
  outcome: string;
  note?: string;
  /** Needed when the channel is not one the person chose. */
  otherChannelReason?: string;
  ipAddress?: string;
};

/**
 * An attempt to contact the person: how, and what happened. Refused while the
 * person has paused, and by a channel they did not choose unless the reason is
 * recorded. Keeps the two first-contact measures; when the promised one is
 * kept, the default next step ("Make first contact") becomes "Set the next step", due today.
 */
export async function recordContactAttempt(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: ContactAttemptInput,
  options: { promise?: FirstContactPromise; now?: Date } = {},
): Promise<CaseChange> {
  const now = options.now ?? new Date();
  const promise = options.promise ?? "attempt";
  const note = input.note?.trim() || null;
  const reason = input.otherChannelReason?.trim() || null;
  const details = { channel: input.channel, outcome: input.outcome, otherChannel: false };
  return changeCase(
    prisma,
    staff,
    input,
    { kind: "contact", action: "referral.contact-attempt", details },
    async (tx, referral) => {
      if (!(CONTACT_CHANNELS as readonly string[]).includes(input.channel))
        throw new AppError("contact.channel", "channel");
      if (!(CONTACT_OUTCOMES as readonly string[]).includes(input.outcome))
        throw new AppError("contact.outcome", "outcome");
      requireWithinLimit("contactNote", note);
      requireWithinLimit("otherChannelReason", reason);
      const check = checkAttempt(
        referral,
        contactWishes(referral.answers),
        { channel: input.channel, otherChannelReason: reason },
        now,
      );
      if (!check.ok) {
        throw check.refusal === "contact.paused"
          ? new AppError(check.refusal, "channel", check.values)
          : new AppError(check.refusal, "otherChannelReason");
      }
      // The audit row is written after this returns: it says whether the channel was one they chose.
      details.otherChannel = check.otherChannel;
      const text =
        [check.otherChannel ? `Not a way they chose, because: ${reason}` : null, note].filter(Boolean).join("\n") ||
        null;
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          actorId: staff.userId,
          type: "CONTACT_ATTEMPT",
          channel: input.channel,
          outcome: input.outcome,
          text,
          at: now,
        },
      });
      const measures = {
        // Any attempt, whatever its channel or outcome: the retention rule "withdrawn before contact" reads it.
        firstContactAt: referral.firstContactAt ?? now,
        firstChosenAttemptAt: referral.firstChosenAttemptAt ?? (check.otherChannel ? null : now),
        firstSpokenAt: referral.firstSpokenAt ?? (input.outcome === "spokeToVictim" ? now : null),
      };
      const keptNow = !promiseKeptAt(referral, promise) && promiseKeptAt(measures, promise);
      return {
        ...measures,
        ...(keptNow && !referral.nextStep ? { nextStepDue: new Date(`${ukDay(now)}T00:00:00Z`) } : {}),
      };
    },
  );
}
