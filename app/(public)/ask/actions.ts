"use server";

/**
 * The referral journey's server actions: thin. Each reads the form, checks it
 * with the step's shared schema, and calls a service in lib/referrals.
 */
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { z } from "zod";
import { publicAction } from "@/lib/actions/public-action";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { createDraft, extendDraft, keepDraftUntil, saveReferrer, saveStep } from "@/lib/referrals/draft";
import { REFERRER_FIELDS, REFERRER_MESSAGES, referrerSchema, sameEmail } from "@/lib/referrals/referrer";
import {
  allowSave,
  allowStart,
  countSend,
  HONEYPOT_FIELD,
  recordRefusedSend,
  refusalPath,
  SendRefused,
} from "@/lib/referrals/journey-limits";
import { draftTokenHash } from "@/lib/referrals/draft-cookie";
import { nextStepPath, JOURNEY_BASE, STEPS } from "@/lib/referrals/questions";
import { firstErrors, readStepForm } from "@/lib/referrals/read-form";
import { consentSchema, CONSENT_VERSION, STEP_SCHEMAS, type StepId } from "@/lib/referrals/schema";
import { currentDraft, journeyToken, setJourneyToken } from "@/lib/referrals/journey-session";
import { submitReferral, UnansweredSteps } from "@/lib/referrals/submit-referral";
import { isAppError, messageFor } from "@/lib/errors/app-error";
import { STEP_ORDER } from "@/lib/referrals/questions";
import { secondsUntil } from "@/lib/dates";
import { recentReferralForToken } from "@/lib/referrals/find-referral";
import { createPrivateCode } from "@/lib/person/access";

const EXPIRED = `${JOURNEY_BASE}/session-expired`;

export const startJourney = publicAction(
  {},
  async ({ prisma, ipAddress }, _state: FormState, formData: FormData): Promise<FormState> => {
    const values = { consent: formData.get("consent") === "yes" ? "yes" : "" };
    const parsed = consentSchema.safeParse(values);
    if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
    const refusal = await allowStart(prisma, ipAddress, env().journeyLimits);
    if (refusal) redirect(refusalPath(refusal));
    const token = await createDraft(prisma, CONSENT_VERSION);
    await setJourneyToken(token);
    redirect(STEPS["about-you"].path);
  },
);

/**
 * "I am asking for someone else": who is asking and the person's agreement,
 * then the same questions about them. A journey already started becomes one
 * for someone else, its answers kept; otherwise one starts here.
 */
export const startForSomeoneElse = publicAction(
  {},
  async ({ prisma, ipAddress }, _state: FormState, formData: FormData): Promise<FormState> => {
    const values = readStepForm(REFERRER_FIELDS, formData);
    const parsed = referrerSchema.safeParse(values);
    if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
    const draft = await currentDraft();
    if (draft && sameEmail(parsed.data, draft.answers.steps["safe-contact"]?.emailAddress))
      return { values, errors: { email: REFERRER_MESSAGES.sameEmail } };
    if (draft) {
      if (!(await saveReferrer(prisma, draft, parsed.data))) redirect(EXPIRED);
      redirect(formData.get("return") === "check" ? `${JOURNEY_BASE}/check-answers` : STEPS["about-you"].path);
    }
    const refusal = await allowStart(prisma, ipAddress, env().journeyLimits);
    if (refusal) redirect(refusalPath(refusal));
    await setJourneyToken(await createDraft(prisma, CONSENT_VERSION, new Date(), parsed.data));
    redirect(STEPS["about-you"].path);
  },
);

/** The step is fixed into each question page's form: one of the journey's steps, or page not found. */
export const saveStepAnswers = publicAction(
  { bound: [z.enum(STEP_ORDER)] },
  async ({ prisma, ipAddress }, step: StepId, _state: FormState, formData: FormData): Promise<FormState> => {
    const draft = await currentDraft();
    if (!draft) redirect(EXPIRED);
    // Refused before anything is saved: the draft stays as it was.
    const refusal = await allowSave(prisma, ipAddress, env().journeyLimits);
    if (refusal) redirect(refusalPath(refusal));

    const values = readStepForm(STEPS[step].fields, formData);
    const parsed = STEP_SCHEMAS[step].safeParse(values);
    if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };

    if (step === "safe-contact" && sameEmail(draft.answers.onBehalf, values.emailAddress))
      return { values, errors: { emailAddress: REFERRER_MESSAGES.sameEmail } };

    const saved = await saveStep(prisma, draft, step, parsed.data as Record<string, unknown>);
    if (!saved) redirect(EXPIRED);
    if (step === "about-you" && (parsed.data as { over18: string }).over18 === "no")
      redirect(`${JOURNEY_BASE}/under-18`);
    redirect(formData.get("return") === "check" ? `${JOURNEY_BASE}/check-answers` : nextStepPath(step));
  },
);

export type SubmitState = { errors: Array<{ href: string; message: string }> };

export const submitAnswers = publicAction(
  {},
  async ({ database, prisma, ipAddress }, _state: SubmitState, formData?: FormData): Promise<SubmitState> => {
    const token = await journeyToken();
    if (!token) redirect(EXPIRED);
    if (String(formData?.get(HONEYPOT_FIELD) ?? "") !== "") {
      log.info("request not sent: the hidden field was filled in");
      redirect(`${JOURNEY_BASE}/try-again-later?reason=check`);
    }
    const settings = env();
    const tokenHash = draftTokenHash(token);
    try {
      const result = await submitReferral(database, tokenHash, {
        firstContactWorkingDays: settings.firstContactWorkingDays,
        minSecondsBeforeSending: settings.journeyLimits.minSecondsBeforeSending,
        countSend: countSend(ipAddress, settings.journeyLimits),
      });
      // A repeat of a request already sent makes no new request, and was not counted.
      if (!result.alreadySubmitted) log.info({ referralId: result.referralId }, "referral received");
    } catch (error) {
      if (!isAppError(error)) throw error;
      // Not sent: nothing was written, and nothing counted against the limits.
      if (error instanceof SendRefused) {
        await recordRefusedSend(prisma, error.refusal, ipAddress, settings.journeyLimits);
        // Nothing they typed is lost: the draft is kept until they may send it.
        await keepDraftUntil(prisma, tokenHash, new Date(error.refusal.retryAt.getTime() + 3600_000));
        redirect(refusalPath(error.refusal));
      }
      if (error instanceof UnansweredSteps) {
        return {
          errors: error.steps.map((step) => ({
            href: `${STEPS[step].path}?return=check`,
            message: messageFor("send.unanswered", { step: STEPS[step].title }),
          })),
        };
      }
      if (error.code === "send.too-soon") return { errors: [{ href: "#send-request", message: error.userMessage }] };
      redirect(error.code === "send.no-consent" ? JOURNEY_BASE : EXPIRED);
    }
    redirect(`${JOURNEY_BASE}/confirmation`);
  },
);

/** "Continue" on the timeout warning: keeps the draft another while: the seconds it now has left (never a time: the phone's clock may be wrong), or null if it is gone. */
export const keepJourneyAlive = publicAction({}, async ({ prisma }): Promise<number | null> => {
  const token = await journeyToken();
  if (!token) return null;
  const expiresAt = await extendDraft(prisma, token);
  return expiresAt ? secondsUntil(expiresAt) : null;
});

/** A private code for "Manage your request", for the request this browser has just sent (shown once). */
export const createPrivateCodeAction = publicAction(
  {},
  async ({ prisma, ipAddress }): Promise<{ code: string | null }> => {
    const referral = await recentReferralForToken(prisma, await journeyToken());
    // Only for a request with no email address: the others get a link by email.
    if (!referral || referral.contactEmail) return { code: null };
    return { code: await createPrivateCode(prisma, referral.id, ipAddress) };
  },
);
