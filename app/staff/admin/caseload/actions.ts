"use server";

import { z } from "zod";
import { staffButtonAction } from "@/lib/actions/staff-action";
import { env } from "@/lib/env";
import { sendMorningRemindersNow } from "@/lib/workspace/reminders";

const CASELOAD_PAGE = "/staff/admin/caseload";

/** "Send this morning's reminders now", as the 7am job would (each email at most once a day). Administrators only. */
export const sendRemindersNowAction = staffButtonAction({
  permission: "reminders.send",
  schema: z.object({}),
  here: () => CASELOAD_PAGE,
  run: async ({ prisma, staff, ipAddress, queue }) => {
    const q = await sendMorningRemindersNow(prisma, queue(), staff, env(), ipAddress);
    return { redirect: `${CASELOAD_PAGE}?digests=${q.digests}&pauses=${q.pausesEnded}&escalations=${q.escalations}` };
  },
});
