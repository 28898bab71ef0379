"use server";

/**
 * The survey reached by its emailed link: the answers, or "no thanks". The
 * token comes in the cookie the link's address set; each uses the link up.
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/public-action";
import { env } from "@/lib/env";
import type { FormState } from "@/lib/forms/form-state";
import { LINK_TOKEN_PATTERN } from "@/lib/person/person-links";
import { firstErrors, readStepForm } from "@/lib/referrals/read-form";
import { answerByLink, declineByLink, requestNewSurveyLink, surveyCookieName } from "@/lib/survey/survey-link";
import { AFTER_FIELDS } from "@/lib/survey/wellbeing-fields";
import { afterSchema } from "@/lib/survey/wellbeing-schemas";

/** The link's token, or to the page that says the link no longer works. */
async function tokenOrProblem(): Promise<string> {
  const token = (await cookies()).get(surveyCookieName(env().https))?.value ?? "";
  if (!LINK_TOKEN_PATTERN.test(token)) redirect("/survey");
  return token;
}

/** Done with the link: the cookie goes, then the page that says what happened. */
async function finish(done: "answered" | "declined"): Promise<never> {
  (await cookies()).delete(surveyCookieName(env().https));
  redirect(`/survey/done?done=${done}`);
}

export const answerSurveyAction = publicAction(
  {},
  async ({ prisma }, _state: FormState, formData: FormData): Promise<FormState> => {
    const token = await tokenOrProblem();
    const values = readStepForm(AFTER_FIELDS, formData);
    const parsed = afterSchema.safeParse(values);
    if (!parsed.success) return { values, errors: firstErrors(parsed.error.issues) };
    const used = await answerByLink(prisma, token, parsed.data);
    // Used, replaced or expired while they answered: the page says which, with another way to answer.
    if (!used.ok) redirect("/survey");
    return finish("answered");
  },
);

/** An expired link's "Email me a new link": the same page whatever happened, saying where it goes. */
export const newSurveyLinkAction = publicAction({}, async ({ prisma, queue }): Promise<void> => {
  await requestNewSurveyLink(prisma, queue(), await tokenOrProblem());
  (await cookies()).delete(surveyCookieName(env().https));
  redirect("/survey/done?done=new-link");
});

export const declineSurveyAction = publicAction({}, async ({ prisma }): Promise<void> => {
  const used = await declineByLink(prisma, await tokenOrProblem());
  if (!used.ok) redirect("/survey");
  await finish("declined");
});
