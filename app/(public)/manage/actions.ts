"use server";

/**
 * "Manage your request": the way back in, and each change. Every action works
 * as a plain form without JavaScript; only codes, never personal data, travel
 * in addresses.
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/forms/form-state";
import { z } from "zod";
import { personAction, type PersonContext } from "@/lib/actions/person-action";
import { attempt, publicAction } from "@/lib/actions/public-action";
import { openWithLink, requestManageLink, type Opened } from "@/lib/person/access";
import { isAppError, messageFor } from "@/lib/errors/app-error";
import { allowLinkRequest } from "@/lib/person/limits";
import { signInWithCode } from "@/lib/person/code-sign-in";
import { env } from "@/lib/env";
import { CONFIRM_WITHDRAWAL_FIELDS, PAUSE_FIELDS, WITHDRAW_FIELDS } from "@/lib/person/person-fields";
import { CODE_SIGN_IN_FIELDS, LINK_REQUEST_FIELDS } from "@/lib/person/sign-in-fields";
import { LINK_TOKEN_PATTERN } from "@/lib/person/person-links";
import { linkCookieName } from "@/lib/person/session-cookie";
import { dropWithdrawal, heldWithdrawal, holdWithdrawal } from "@/lib/person/pending-withdrawal";
import { currentPersonSession, MANAGE_BASE, setPersonSession, signOutPerson } from "@/lib/person/person-session";
import { changeContact, pauseRequest, resumeRequest, withdrawRequest, type ChangeOutcome } from "@/lib/person/requests";
import {
  codeSignInSchema,
  confirmWithdrawalSchema,
  linkRequestSchema,
  pauseSchemaFor,
  withdrawSchema,
} from "@/lib/person/schemas";
import { safeContactSchema } from "@/lib/referrals/schema";
import type { Field } from "@/lib/referrals/form-fields";
import { secondsUntil, ukDay } from "@/lib/dates";
import { STEPS } from "@/lib/referrals/questions";
import { firstErrors, readStepForm } from "@/lib/referrals/read-form";
import { whenToTryAgain } from "@/lib/referrals/when-to-try-again";
import type { GivenAnswers } from "@/lib/survey/answers";
import { answerInManage, declineInManage, deleteOwnAnswers } from "@/lib/survey/person-survey";
import { AFTER_FIELDS, START_FIELDS } from "@/lib/survey/wellbeing-fields";
import { afterSchema, startSchema } from "@/lib/survey/wellbeing-schemas";

const tooMany = (retryAt: Date) => messageFor("manage.too-many", { time: whenToTryAgain(retryAt) });

export const requestLinkAction = publicAction(
  {},
  async ({ prisma, ipAddress, queue }, _state: FormState, formData: FormData): Promise<FormState> => {
    const values = readStepForm(LINK_REQUEST_FIELDS, formData);
    const parsed = linkRequestSchema.safeParse(values);
    if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
    const retryAt = await allowLinkRequest(prisma, ipAddress);
    if (retryAt) return { values, errors: { reference: tooMany(retryAt) } };
    await requestManageLink(prisma, queue(), { ...parsed.data, ipAddress }, { providerEmail: env().providerEmail });
    // The same page whether or not the details matched.
    redirect(`${MANAGE_BASE}/check-your-email`);
  },
);

export const openWithCodeAction = publicAction(
  {},
  async ({ prisma, ipAddress, queue }, _state: FormState, formData: FormData): Promise<FormState> => {
    const values = readStepForm(CODE_SIGN_IN_FIELDS, formData);
    const parsed = codeSignInSchema.safeParse(values);
    // The code is never sent back to the page.
    const keep = { codeReference: values.codeReference ?? "" };
    if (!parsed.success) return { values: keep, errors: firstErrors(parsed.error.issues) };
    const opened = await attempt(() =>
      signInWithCode(
        prisma,
        { reference: parsed.data.codeReference, code: parsed.data.code, address: ipAddress },
        { boss: queue(), providerEmail: env().providerEmail },
      ),
    );
    if ("refused" in opened) return { values: keep, errors: opened.refused };
    await setPersonSession(opened.done.sessionToken);
    redirect(`${MANAGE_BASE}/request`);
  },
);

/** Continue on the link's page: the token came in a cookie (link/[token]/route.ts), used once and then dropped. */
export const continueWithLinkAction = publicAction({}, async ({ prisma, ipAddress }): Promise<void> => {
  const store = await cookies();
  const name = linkCookieName(env().https);
  const token = store.get(name)?.value ?? "";
  store.delete(name);
  if (!LINK_TOKEN_PATTERN.test(token)) redirect(`${MANAGE_BASE}/link-problem`);
  let opened: Opened;
  try {
    opened = await openWithLink(prisma, token, ipAddress);
  } catch (error) {
    if (!isAppError(error)) throw error;
    // Which of the link's problems, by name only (manage.link-used → used): the page gives the words.
    redirect(`${MANAGE_BASE}/link-problem?problem=${error.code.replace("manage.link-", "")}`);
  }
  await setPersonSession(opened.sessionToken);
  redirect(`${MANAGE_BASE}/request`);
});

/** After a change: back to the request, saying what was done (a closed request just shows itself). */
function afterChange(outcome: ChangeOutcome, done: string): never {
  redirect(`${MANAGE_BASE}/request${outcome.ok ? `?done=${done}` : ""}`);
}

/**
 * A change's form, read and checked with its schema before the service sees it: the form back
 * with a message by each field, or the service's input.
 */
function readChange<S extends z.ZodType>(
  fields: Field[],
  schema: S,
  formData: FormData,
): { ok: true; input: z.output<S> } | { ok: false; form: FormState } {
  const values = readStepForm(fields, formData);
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { ok: true, input: parsed.data }
    : { ok: false, form: { values, errors: firstErrors(parsed.error.issues) } };
}

export const changeContactAction = personAction(
  async ({ prisma, queue, session, ipAddress }, _state: FormState, formData: FormData): Promise<FormState> => {
    const change = readChange(STEPS["safe-contact"].fields, safeContactSchema, formData);
    if (!change.ok) return change.form;
    afterChange(await changeContact(prisma, queue(), session, change.input, ipAddress), "contact");
  },
);

export const pauseAction = personAction(
  async ({ prisma, queue, session, ipAddress }, _state: FormState, formData: FormData): Promise<FormState> => {
    const change = readChange(
      PAUSE_FIELDS,
      pauseSchemaFor(() => ukDay(new Date())),
      formData,
    );
    if (!change.ok) return change.form;
    afterChange(await pauseRequest(prisma, queue(), session, change.input, ipAddress), "paused");
  },
);

export const resumeAction = personAction(async ({ prisma, queue, session, ipAddress }): Promise<void> => {
  afterChange(await resumeRequest(prisma, queue(), session, ipAddress), "resumed");
});

/** Withdrawing, its first step: the reason and whether to delete, kept until they confirm on the next. */
export const withdrawAction = personAction(
  async ({ prisma, session }, _state: FormState, formData: FormData): Promise<FormState> => {
    const change = readChange(WITHDRAW_FIELDS, withdrawSchema, formData);
    if (!change.ok) return change.form;
    await holdWithdrawal(prisma, session, change.input);
    redirect(`${MANAGE_BASE}/withdraw/confirm`);
  },
);

/** "Are you sure?": yes withdraws as the first step asked; no keeps the request as it is. */
export const confirmWithdrawalAction = personAction(
  async ({ prisma, queue, session, ipAddress }, _state: FormState, formData: FormData): Promise<FormState> => {
    const change = readChange(CONFIRM_WITHDRAWAL_FIELDS, confirmWithdrawalSchema, formData);
    if (!change.ok) return change.form;
    if (change.input.confirm === "no") {
      await dropWithdrawal(prisma, session);
      redirect(`${MANAGE_BASE}/request`);
    }
    const held = await heldWithdrawal(prisma, session);
    // Asked in another tab, or long ago: the first step again.
    if (!held) redirect(`${MANAGE_BASE}/withdraw`);
    afterChange(await withdrawRequest(prisma, queue(), session, held, ipAddress), "withdrawn");
  },
);

/** "Stay signed in" on the timeout warning: the seconds the session now has (each use keeps it alive), or null if it has ended. */
export const keepManageAlive = publicAction({}, async (): Promise<number | null> => {
  const session = await currentPersonSession();
  return session ? secondsUntil(session.endsAt) : null;
});

/** Signing out needs no open session (it may have ended already): a public action. */
export const signOutPersonAction = publicAction({}, async (): Promise<void> => {
  await signOutPerson();
  redirect(`${MANAGE_BASE}?signed-out=1`);
});

/**
 * How they feel, answered online: the questions offered now (a page left open after the case
 * closed, or answered in another tab, is not saved over: back to the request, which offers what
 * is open now), "no thanks", or deleting what they answered.
 */
async function answerOnline(
  { prisma, session }: PersonContext,
  given:
    | { stage: "start"; fields: Field[]; schema: typeof startSchema }
    | { stage: "after"; fields: Field[]; schema: typeof afterSchema },
  formData: FormData,
): Promise<FormState> {
  const change = readChange(given.fields, given.schema, formData);
  if (!change.ok) return change.form;
  const answers = { stage: given.stage, answers: change.input } as GivenAnswers;
  const saved = await attempt(() => answerInManage(prisma, session.referralId, answers));
  redirect(`${MANAGE_BASE}/request${"done" in saved ? "?done=answered" : ""}`);
}

export const answerStartAction = personAction((context, _state: FormState, formData: FormData): Promise<FormState> =>
  answerOnline(context, { stage: "start", fields: START_FIELDS, schema: startSchema }, formData),
);

export const answerAfterAction = personAction((context, _state: FormState, formData: FormData): Promise<FormState> =>
  answerOnline(context, { stage: "after", fields: AFTER_FIELDS, schema: afterSchema }, formData),
);

export const declineQuestionsAction = personAction(async ({ prisma, session }): Promise<void> => {
  await declineInManage(prisma, session.referralId);
  redirect(`${MANAGE_BASE}/request?done=declined`);
});

export const deleteAnswersAction = personAction(async ({ prisma, session }): Promise<void> => {
  await deleteOwnAnswers(prisma, session.referralId);
  redirect(`${MANAGE_BASE}/request?done=answers-deleted`);
});
