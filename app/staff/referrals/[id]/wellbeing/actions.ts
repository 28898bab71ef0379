"use server";

/** How the person feels, given by phone: through the staff action pipeline. */
import { z } from "zod";
import { staffFormAction } from "@/lib/actions/staff-action";
import { afterSchema, startSchema } from "@/lib/survey/wellbeing-schemas";
import { recordWellbeing } from "@/lib/workspace/wellbeing";

const ID = z.uuid();
const page = (referralId: string, done: string) => ({
  revalidate: `/staff/referrals/${referralId}/wellbeing`,
  redirect: `/staff/referrals/${referralId}/wellbeing?done=${done}#top`,
});

export const recordStartAction = staffFormAction({
  permission: "referral.change",
  bound: [ID],
  schema: startSchema,
  run: async ({ prisma, staff, ipAddress }, answers, referralId: string) => {
    await recordWellbeing(prisma, staff, { referralId, stage: "start", answers, ipAddress });
    return page(referralId, "start");
  },
});

export const recordAfterAction = staffFormAction({
  permission: "referral.change",
  bound: [ID],
  schema: afterSchema,
  run: async ({ prisma, staff, ipAddress }, answers, referralId: string) => {
    await recordWellbeing(prisma, staff, { referralId, stage: "after", answers, ipAddress });
    return page(referralId, "after");
  },
});
