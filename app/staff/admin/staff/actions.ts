"use server";

/**
 * Staff account actions, through the staff action pipeline
 * (lib/actions/staff-action.ts). They come back to the account page with a
 * short code saying what happened: never a name or an email address in the
 * address bar.
 */
import { z } from "zod";
import { staffButtonAction, staffFormAction } from "@/lib/actions/staff-action";
import { inviteFormSchema, roleFormSchema } from "@/lib/admin/schemas";

/** The staff account a form is about, fixed into it by its page: an id of ours, or page not found. */
const ACCOUNT_ID = z.uuid();
import {
  changeRole,
  inviteStaff,
  resendInvitation,
  resetTwoFactor,
  setAccountDisabled,
} from "@/lib/admin/staff-accounts";

const accountPage = (userId: string) => `/staff/admin/staff/${encodeURIComponent(userId)}`;

export const inviteAction = staffFormAction({
  permission: "staff-accounts.manage",
  schema: inviteFormSchema,
  run: async ({ prisma, staff, ipAddress, queue }, input) => {
    const { userId } = await inviteStaff(prisma, queue(), staff, { ...input, ipAddress });
    return { redirect: `${accountPage(userId)}?done=invited` };
  },
});

export const changeRoleAction = staffFormAction({
  permission: "staff-accounts.manage",
  bound: [ACCOUNT_ID],
  schema: roleFormSchema,
  run: async ({ prisma, staff, ipAddress }, input, userId: string) => {
    await changeRole(prisma, staff, { userId, role: input.role, ipAddress });
    return { redirect: `${accountPage(userId)}?done=role` };
  },
});

/** The one-button actions: disable, enable, reset two-factor, send a new invitation. */
export const accountButtonAction = staffButtonAction({
  permission: "staff-accounts.manage",
  bound: [ACCOUNT_ID],
  schema: z.object({ do: z.enum(["disable", "enable", "reset-two-factor", "resend"]) }),
  here: accountPage,
  refused: (error, userId: string) => `${accountPage(userId)}?error=${encodeURIComponent(error.code)}`,
  run: async ({ prisma, staff, ipAddress, queue }, input, userId: string) => {
    if (input.do === "disable" || input.do === "enable") {
      await setAccountDisabled(prisma, staff, { userId, disabled: input.do === "disable", ipAddress });
    } else if (input.do === "reset-two-factor") {
      await resetTwoFactor(prisma, staff, { userId, ipAddress });
    } else {
      await resendInvitation(prisma, queue(), staff, { userId, ipAddress });
    }
    const done = { disable: "disabled", enable: "enabled", "reset-two-factor": "two-factor-reset", resend: "invited" }[
      input.do
    ];
    return { redirect: `${accountPage(userId)}?done=${done}` };
  },
});
