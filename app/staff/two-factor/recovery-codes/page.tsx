import type { Metadata } from "next";
import { NewRecoveryCodes, RecoveryCodeList } from "@/components/staff/recovery-codes";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { issueRecoveryCodes } from "@/lib/auth/two-factor";
import { getDatabase } from "@/lib/db";
import { clientAddress } from "@/lib/auth/staff-session";
import { newRecoveryCodesAction } from "../../actions";

export const metadata: Metadata = { title: "Your recovery codes" };

/**
 * Straight after enrolment the codes are made here and shown once (this works
 * without JavaScript, unlike showing them in the enrolment form's reply).
 * Later visits offer a new set instead.
 */
export default async function RecoveryCodesPage() {
  const staff = await requireStaffPage("/staff/two-factor/recovery-codes", "two-factor.recovery-codes");
  const prisma = (await getDatabase()).prisma;
  const user = await prisma.staffUser.findUniqueOrThrow({ where: { id: staff.userId }, select: { recoveryCodeHashes: true } });
  const codes = user.recoveryCodeHashes.length === 0 ? await issueRecoveryCodes(prisma, staff, await clientAddress()) : null;
  return (
    <>
      <h1>Your recovery codes</h1>
      {codes ? <RecoveryCodeList codes={codes} /> : (
        <>
          <p>You have {user.recoveryCodeHashes.length} unused recovery {user.recoveryCodeHashes.length === 1 ? "code" : "codes"}.</p>
          <NewRecoveryCodes action={newRecoveryCodesAction} />
        </>
      )}
    </>
  );
}
