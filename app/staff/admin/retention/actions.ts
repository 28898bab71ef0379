"use server";

import { redirect } from "next/navigation";
import { runRetentionNow } from "@/lib/admin/erasure/retention";
import { authoriseStaff, clientAddress } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { env } from "@/lib/env";

/** "Run now": erases what is due at this moment, exactly as the daily job would. Administrators only. */
export async function runRetentionAction(): Promise<void> {
  const admin = await authoriseStaff({ role: "ADMIN" }).catch(() => null);
  if (!admin) redirect("/staff/sign-in?next=%2Fstaff%2Fadmin%2Fretention");
  const settings = env();
  const policy = { closedDays: settings.retentionClosedDays, withdrawnDays: settings.retentionWithdrawnDays };
  const { erased } = await runRetentionNow((await getDatabase()).prisma, admin, policy, await clientAddress());
  redirect(`/staff/admin/retention?erased=${erased}`);
}
