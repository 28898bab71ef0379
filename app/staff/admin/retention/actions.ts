"use server";

import { z } from "zod";
import { staffButtonAction } from "@/lib/actions/staff-action";
import { runRetentionNow } from "@/lib/admin/erasure/retention";
import { env } from "@/lib/env";

const RETENTION_PAGE = "/staff/admin/retention";

/** "Run now": erases what is due at this moment, exactly as the daily job would. Administrators only. */
export const runRetentionAction = staffButtonAction({
  permission: "retention.manage",
  schema: z.object({}),
  here: () => RETENTION_PAGE,
  run: async ({ prisma, staff, ipAddress }) => {
    const settings = env();
    const policy = { closedDays: settings.retentionClosedDays, withdrawnDays: settings.retentionWithdrawnDays };
    const { erased } = await runRetentionNow(
      prisma,
      staff,
      policy,
      ipAddress,
      new Date(),
      settings.smtpUrl ? undefined : settings.dataDir,
    );
    return { redirect: `${RETENTION_PAGE}?erased=${erased}` };
  },
});
