import { SummaryRows } from "@/components/summary-rows";
import type { Metadata } from "next";
import { SubPageHead } from "@/components/staff/sub-page-head";
import { FollowUpForm } from "@/components/restorative/outcome-forms";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { openAgreementItem } from "@/lib/restorative/outcome";
import { dayWords, itemStatusWords, ownerWords } from "@/lib/restorative/outcome-words";
import { checkAgreementItemAction } from "../../actions";
import { openOrRefuse } from "../../../need-to-know";

export const metadata: Metadata = { title: "Agreement item" };

type Props = { params: Promise<{ id: string; itemId: string }> };

/** One item of the agreement, and what follow-up found. */
export default async function AgreementItemPage({ params }: Props) {
  const { id, itemId } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/outcome/items/${itemId}`, "restorative.read");
  const prisma = (await getDatabase()).prisma;
  const opened = await openOrRefuse(async () =>
    openAgreementItem(prisma, staff, { referralId: id, itemId, ipAddress: await clientAddress() }),
  );
  const { referral, item } = opened;
  const rows: Array<[string, string]> = [
    ["What is agreed", item.what],
    ["Who", ownerWords(item.owner)],
    ["By when", dayWords(item.dueOn)],
    ["Follow-up", itemStatusWords(item)],
  ];
  return (
    <>
      <SubPageHead
        role={staff.role}
        back={{
          href: `/staff/referrals/${referral.id}/outcome`,
          text: `Outcome and agreement for referral ${referral.reference}`,
        }}
        title="Agreement item"
      />
      <SummaryRows rows={rows} preserveLines />
      <FollowUpForm
        action={checkAgreementItemAction.bind(null, referral.id, item.id)}
        initialValues={item.status ? { status: item.status } : {}}
        version={item.version}
      />
    </>
  );
}
