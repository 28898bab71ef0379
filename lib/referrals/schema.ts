/**
 * One zod schema per step of the referral journey, shared by the browser
 * (react-hook-form's zodResolver) and the server actions (safeParse). The
 * messages live in messages.ts.
 */
import { z } from "zod";
import { MESSAGES as M } from "./messages";
import {
  COMMUNICATION_WAYS,
  CONTACT_METHODS,
  CRIME_TYPES,
  HEARD_ABOUT,
  JUSTICE_STAGES,
  YES_NO,
  YES_NO_NOT_SURE,
  values,
} from "./options";
import {
  asString,
  choice,
  choices,
  EVEN_WITH_OTHER_ERRORS,
  isMobileNumber,
  listOf,
  optionalChoice,
  isPhoneNumber,
  optionalText,
  requireWhen,
  requiredText,
  textOf,
  ticked,
} from "@/lib/forms/schema-helpers";

/** Changes when the consent wording on the start page changes; stored with each referral. */
export const CONSENT_VERSION = "2026-11-25";

export const consentSchema = z.object({
  consent: ticked.refine((value) => value, M.consent),
});

export const aboutYouSchema = z.object({
  fullName: requiredText(100, M.fullName),
  preferredName: optionalText(100, M.preferredName.tooLong),
  over18: choice(values(YES_NO), M.over18),
  location: optionalText(100, M.location.tooLong),
});

export const safeContactSchema = z
  .object({
    contactMethods: choices(values(CONTACT_METHODS), M.contactMethods),
    phoneNumber: optionalText(20, M.phoneNumber.invalid),
    mobileNumber: optionalText(20, M.mobileNumber.invalid),
    emailAddress: optionalText(254, M.emailAddress.invalid),
    postalAddress: optionalText(300, M.postalAddress.tooLong),
    emailConfirmation: ticked,
    safeTimes: optionalText(200, M.safeTimes.tooLong),
    messageSafe: choice(values(YES_NO_NOT_SURE), M.messageSafe),
    someoneElse: choice(values(YES_NO_NOT_SURE), M.someoneElse),
    safeWord: optionalText(50, M.safeWord.tooLong),
  })
  .superRefine((answers, ctx) => {
    const chosen = new Set(listOf(answers.contactMethods));
    const phone = textOf(answers.phoneNumber);
    const mobile = textOf(answers.mobileNumber);
    const email = textOf(answers.emailAddress);
    if (chosen.has("phone") && requireWhen(ctx, phone, "phoneNumber", M.phoneNumber.required)) {
      if (!isPhoneNumber(phone!))
        ctx.addIssue({ code: "custom", path: ["phoneNumber"], message: M.phoneNumber.invalid });
    }
    if (chosen.has("text") && requireWhen(ctx, mobile, "mobileNumber", M.mobileNumber.required)) {
      if (!isMobileNumber(mobile!))
        ctx.addIssue({ code: "custom", path: ["mobileNumber"], message: M.mobileNumber.invalid });
    }
    if (chosen.has("email") && requireWhen(ctx, email, "emailAddress", M.emailAddress.required)) {
      if (!z.email().safeParse(email).success) {
        ctx.addIssue({ code: "custom", path: ["emailAddress"], message: M.emailAddress.invalid });
      }
    }
    if (chosen.has("letter"))
      requireWhen(ctx, textOf(answers.postalAddress), "postalAddress", M.postalAddress.required);
  }, EVEN_WITH_OTHER_ERRORS)
  // Keep only the details of the ways the victim chose: least data.
  .transform((answers) => {
    const chosen = new Set<string>(answers.contactMethods);
    return {
      ...answers,
      phoneNumber: chosen.has("phone") ? answers.phoneNumber : undefined,
      mobileNumber: chosen.has("text") ? answers.mobileNumber : undefined,
      emailAddress: chosen.has("email") ? answers.emailAddress : undefined,
      postalAddress: chosen.has("letter") ? answers.postalAddress : undefined,
      emailConfirmation: chosen.has("email") ? answers.emailConfirmation : false,
    };
  });

const monthText = z.preprocess(asString, z.string().trim());

/** `now` is a parameter so tests can fix "today"; the date is read on every parse. */
export function whatHappenedSchemaFor(now: () => Date = () => new Date()) {
  return z
    .object({
      crimeType: choice(values(CRIME_TYPES), M.crimeType),
      crimeTypeOther: optionalText(100, M.crimeTypeOther.tooLong),
      whenKnown: choice(["yes", "notSure"] as const, M.whenKnown),
      month: monthText,
      year: monthText,
      area: optionalText(100, M.area.tooLong),
      reportedToPolice: choice(values(YES_NO_NOT_SURE), M.reportedToPolice),
      crimeReference: optionalText(30, M.crimeReference.tooLong),
      description: optionalText(2000, M.description.tooLong),
    })
    .superRefine((answers, ctx) => {
      if (answers.crimeType === "other")
        requireWhen(ctx, textOf(answers.crimeTypeOther), "crimeTypeOther", M.crimeTypeOther.required);
      const crimeReference = textOf(answers.crimeReference);
      if (crimeReference && !/^[A-Za-z0-9 /-]+$/.test(crimeReference)) {
        ctx.addIssue({ code: "custom", path: ["crimeReference"], message: M.crimeReference.invalid });
      }
      if (answers.whenKnown !== "yes") return;
      const month = /^\d{1,2}$/.test(textOf(answers.month)?.trim() ?? "") ? Number(textOf(answers.month)) : NaN;
      const year = /^\d{4}$/.test(textOf(answers.year)?.trim() ?? "") ? Number(textOf(answers.year)) : NaN;
      if (!(month >= 1 && month <= 12)) ctx.addIssue({ code: "custom", path: ["month"], message: M.month });
      if (!(year >= 1900)) ctx.addIssue({ code: "custom", path: ["year"], message: M.year });
      const today = now();
      const thisMonth = today.getFullYear() * 12 + today.getMonth();
      // A year after this one is in the future whatever the month: said even while the month is wrong.
      const monthOrJanuary = month >= 1 && month <= 12 ? month : 1;
      if (year >= 1900 && year * 12 + (monthOrJanuary - 1) > thisMonth) {
        ctx.addIssue({ code: "custom", path: ["year"], message: M.whenInFuture });
      }
    }, EVEN_WITH_OTHER_ERRORS)
    .transform((answers) => ({
      ...answers,
      crimeTypeOther: answers.crimeType === "other" ? answers.crimeTypeOther : undefined,
      month: answers.whenKnown === "yes" ? String(Number(answers.month)) : undefined,
      year: answers.whenKnown === "yes" ? answers.year : undefined,
    }));
}

export const whatHappenedSchema = whatHappenedSchemaFor();

export const personResponsibleSchema = z.object({
  knowWho: choice(values(YES_NO_NOT_SURE), M.knowWho),
  admitted: choice(values(YES_NO_NOT_SURE), M.admitted),
  justiceStage: choice(values(JUSTICE_STAGES), M.justiceStage),
});

export const wishesSchema = z.object({
  communicationWays: choices(values(COMMUNICATION_WAYS), M.communicationWays),
  anythingElse: optionalText(2000, M.anythingElse.tooLong),
});

export const supportSchema = z
  .object({
    interpreter: choice(values(YES_NO), M.interpreter),
    interpreterLanguage: optionalText(50, M.interpreterLanguage.tooLong),
    accessibilityNeeds: optionalText(500, M.accessibilityNeeds.tooLong),
    otherServices: optionalText(500, M.otherServices.tooLong),
    heardAbout: optionalChoice(values(HEARD_ABOUT), M.heardAbout.invalid),
    heardAboutOther: optionalText(200, M.heardAboutOther.tooLong),
  })
  .superRefine((answers, ctx) => {
    if (answers.interpreter === "yes")
      requireWhen(ctx, textOf(answers.interpreterLanguage), "interpreterLanguage", M.interpreterLanguage.required);
  }, EVEN_WITH_OTHER_ERRORS)
  .transform((answers) => ({
    ...answers,
    interpreterLanguage: answers.interpreter === "yes" ? answers.interpreterLanguage : undefined,
    heardAboutOther: answers.heardAbout === "other" ? answers.heardAboutOther : undefined,
  }));

export const STEP_SCHEMAS = {
  "about-you": aboutYouSchema,
  "safe-contact": safeContactSchema,
  "what-happened": whatHappenedSchema,
  "person-responsible": personResponsibleSchema,
  "what-you-would-like": wishesSchema,
  support: supportSchema,
} as const;

export type StepId = keyof typeof STEP_SCHEMAS;
export const STEP_IDS = Object.keys(STEP_SCHEMAS) as StepId[];

export type StepAnswers = { [K in StepId]: z.output<(typeof STEP_SCHEMAS)[K]> };

/** A complete set of answers: what a referral is made of. */
export const referralAnswersSchema = z.object({
  "about-you": aboutYouSchema.refine((a) => a.over18 === "yes", { message: M.over18, path: ["over18"] }),
  "safe-contact": safeContactSchema,
  "what-happened": whatHappenedSchema,
  "person-responsible": personResponsibleSchema,
  "what-you-would-like": wishesSchema,
  support: supportSchema,
});

export type ReferralAnswers = z.output<typeof referralAnswersSchema>;
