/** Members of staff for service tests: an account, and the session a page would have read for it. */
import { createStaffUser } from "@/lib/auth/accounts";
import { authorise, type AuthorisedStaff } from "@/lib/auth/policy";
import type { SignedInStaff } from "@/lib/auth/sessions";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function signedInStaff(
  prisma: PrismaClient,
  role: "STAFF" | "ADMIN",
  email: string,
): Promise<AuthorisedStaff> {
  const name = `${role === "ADMIN" ? "Admin" : "Staff"} ${email.split("@")[0]}`;
  const { userId } = await createStaffUser(prisma, { email, name, role });
  await prisma.staffUser.update({
    where: { id: userId },
    data: { passwordHash: "set-by-test", totpEnabledAt: new Date() },
  });
  return authorise({ sessionHash: "x", userId, email, name, role, secondFactorDone: true, totpEnrolled: true });
}

/** The same person with only the password step done: such a session may do nothing else. */
export function halfSignedIn(staff: SignedInStaff): SignedInStaff {
  return { ...staff, secondFactorDone: false };
}
