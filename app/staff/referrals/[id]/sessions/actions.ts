"use server";

/** Booking a session and recording what happened: through the staff action pipeline, with its own permission. */
import { z } from "zod";
import { staffFormAction } from "@/lib/actions/staff-action";
import { ukDay } from "@/lib/dates";
import { bookSession, recordSession } from "@/lib/restorative/sessions";
import { bookSchemaFor, recordSessionSchemaFor } from "@/lib/restorative/session-schemas";

const ID = z.uuid();
const today = () => ukDay(new Date());

const sessionsPage = (referralId: string, done: string) => ({
  revalidate: `/staff/referrals/${referralId}/sessions`,
  redirect: `/staff/referrals/${referralId}/sessions?done=${done}#top`,
});

export const bookSessionAction = staffFormAction({
  permission: "restorative.change",
  bound: [ID],
  schema: bookSchemaFor(today),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await bookSession(prisma, staff, { ...input, referralId, ipAddress });
    return sessionsPage(referralId, "booked");
  },
});

export const recordSessionAction = staffFormAction({
  permission: "restorative.change",
  bound: [ID, ID],
  schema: z.intersection(
    recordSessionSchemaFor(today),
    z.object({ version: z.preprocess((v) => (/^\d+$/.test(String(v)) ? Number(v) : -1), z.number()) }),
  ),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string, sessionId: string) => {
    await recordSession(prisma, staff, { ...input, referralId, sessionId, ipAddress });
    return sessionsPage(referralId, "recorded");
  },
});
