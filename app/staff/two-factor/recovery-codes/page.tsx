import type { Metadata } from "next";
import { NewRecoveryCodes } from "@/components/staff/recovery-codes";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { newRecoveryCodesAction } from "../../actions";

export const metadata: Metadata = { title: "Your recovery codes" };

/**
 * Straight after enrolment, and whenever someone wants a new set. Loading the
 * page changes nothing: the codes are made by the form's action (which works
 * without JavaScript too) and shown once in its answer.
 */
export default async function RecoveryCodesPage() {
  const staff = await requireStaffPage("/staff/two-factor/recovery-codes", "two-factor.recovery-codes");
  const prisma = (await getDatabase()).prisma;
  const user = await prisma.staffUser.findUniqueOrThrow({
    where: { id: staff.userId },
    select: { recoveryCodeHashes: true },
  });
  const unused = user.recoveryCodeHashes.length;
  return (
    <>
      <h1>Your recovery codes</h1>
      {unused > 0 ? (
        <p>
          You have {unused} unused recovery {unused === 1 ? "code" : "codes"}.
        </p>
      ) : null}
      {/* Always in the same place, with or without codes: without JavaScript, React finds the form's answer by its place in the page. */}
      <NewRecoveryCodes action={newRecoveryCodesAction} first={unused === 0} />
    </>
  );
}
