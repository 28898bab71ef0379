import { SummaryRows } from "@/components/summary-rows";
import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { StaffNav } from "@/components/staff/staff-nav";
import { FollowUpForm } from "@/components/restorative/outcome-forms";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { openAgreementItem } from "@/lib/restorative/outcome";
import { dayWords, itemStatusWords, ownerWords } from "@/lib/restorative/outcome-words";
import { checkAgreementItemAction } from "../../actions";

export const metadata: Metadata = { title: "Agreement item" };

type Props = { params: Promise<{ id: string; itemId: string }> };

/** One item of the agreement, and what follow-up found. */
export default async function AgreementItemPage({ params }: Props) {
  const { id, itemId } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/outcome/items/${itemId}`, "restorative.read");
  const prisma = (await getDatabase()).prisma;
  let opened;
  try {
    opened = await openAgreementItem(prisma, staff, { referralId: id, itemId, ipAddress: await clientAddress() });
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "responsible.need-to-know") forbidden();
    notFound();
  }
  const { referral, item } = opened;
  const rows: Array<[string, string]> = [
    ["What is agreed", item.what],
    ["Who", ownerWords(item.owner)],
    ["By when", dayWords(item.dueOn)],
    ["Follow-up", itemStatusWords(item)],
  ];
  return (
    <>
      <StaffNav role={staff.role} current="/staff" />
      <p className="no-print">
        <a href={`/staff/referrals/${referral.id}/outcome`} className="back-link">
          Outcome and agreement for referral {referral.reference}
        </a>
      </p>
      <h1 id="top">Agreement item</h1>
      <SummaryRows rows={rows} preserveLines />
      <FollowUpForm
        action={checkAgreementItemAction.bind(null, referral.id, item.id)}
        initialValues={item.status ? { status: item.status } : {}}
        version={item.version}
      />
    </>
  );
}
