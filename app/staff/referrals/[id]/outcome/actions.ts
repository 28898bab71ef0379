"use server";

/** The outcome and the agreement: through the staff action pipeline, with the restorative work's permission. */
import { z } from "zod";
import { staffFormAction } from "@/lib/actions/staff-action";
import { ukDay } from "@/lib/dates";
import { addAgreementItem, checkAgreementItem, recordOutcome } from "@/lib/restorative/outcome";
import { agreementItemSchema, followUpSchema, outcomeSchemaFor } from "@/lib/restorative/outcome-schemas";

const ID = z.uuid();
const VERSION = z.object({ version: z.preprocess((v) => (/^\d+$/.test(String(v)) ? Number(v) : -1), z.number()) });

const outcomePage = (referralId: string, done: string) => ({
  revalidate: `/staff/referrals/${referralId}/outcome`,
  redirect: `/staff/referrals/${referralId}/outcome?done=${done}#top`,
});

export const recordOutcomeAction = staffFormAction({
  permission: "restorative.change",
  bound: [ID],
  schema: z.intersection(
    outcomeSchemaFor(() => ukDay(new Date())),
    VERSION,
  ),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    const { leftForAdmin } = await recordOutcome(prisma, staff, { ...input, referralId, ipAddress });
    return outcomePage(referralId, leftForAdmin ? "outcome-for-admin" : "outcome");
  },
});

export const addAgreementItemAction = staffFormAction({
  permission: "restorative.change",
  bound: [ID],
  schema: agreementItemSchema,
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await addAgreementItem(prisma, staff, { ...input, referralId, ipAddress });
    return outcomePage(referralId, "item");
  },
});

export const checkAgreementItemAction = staffFormAction({
  permission: "restorative.change",
  bound: [ID, ID],
  schema: z.intersection(followUpSchema, VERSION),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string, itemId: string) => {
    await checkAgreementItem(prisma, staff, { ...input, referralId, itemId, ipAddress });
    return outcomePage(referralId, "checked");
  },
});
