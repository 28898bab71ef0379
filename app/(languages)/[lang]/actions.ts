"use server";

/** The short request in another language: checked with its language's messages, then sent (lib/referrals). */
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/public-action";
import { env } from "@/lib/env";
import type { FormState } from "@/lib/forms/form-state";
import { LANGUAGE_CODES, languagePath, type LanguageCode } from "@/lib/languages";
import { shortFormIn } from "@/lib/referrals/short-request-words";
import { shownLanguage } from "@/lib/i18n/shown-language";
import { log } from "@/lib/log";
import { countSend, recordRefusedSend, refusalPath, SendRefused } from "@/lib/referrals/journey-limits";
import { setJourneyToken } from "@/lib/referrals/journey-session";
import { firstErrors, readStepForm } from "@/lib/referrals/read-form";
import { sendShortRequest } from "@/lib/referrals/send-short-request";
import { shortRequestSchema } from "@/lib/referrals/short-request";

/** The form's one-time token, made when its page was drawn (base64url of 32 random bytes). */
const REQUEST_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const sendShortRequestAction = publicAction(
  { bound: [z.enum(LANGUAGE_CODES)] },
  async (
    { database, prisma, ipAddress },
    lang: LanguageCode,
    _state: FormState,
    formData: FormData,
  ): Promise<FormState> => {
    const { t } = shownLanguage(lang);
    const form = shortFormIn(t);
    const values = readStepForm(form.fields, formData);
    const parsed = shortRequestSchema(form.messages).safeParse(values);
    if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
    const token = String(formData.get("request") ?? "");
    // A page drawn by this service always has one: without it, start again (nothing is lost but this form).
    if (!REQUEST_TOKEN.test(token)) redirect(languagePath(lang, "how-to-ask"));
    const settings = env();
    let made;
    try {
      made = await sendShortRequest(database, {
        answers: parsed.data,
        language: lang,
        token,
        firstContactWorkingDays: settings.firstContactWorkingDays,
        countSend: countSend(ipAddress, settings.journeyLimits),
      });
    } catch (error) {
      if (!(error instanceof SendRefused)) throw error;
      await recordRefusedSend(prisma, error.refusal, ipAddress, settings.journeyLimits);
      redirect(refusalPath(error.refusal));
    }
    // A repeat of a request already sent (a double click, Back and send again) makes no new request, and was not counted.
    if (!made.alreadySubmitted) log.info({ referralId: made.referralId, language: lang }, "short request received");
    await setJourneyToken(token);
    redirect(languagePath(lang, "sent"));
  },
);
