import type { Metadata } from "next";
import { SignOutButton } from "@/components/staff/sign-out-button";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { labelOf, CRIME_TYPES } from "@/lib/referrals/options";
import { STATUS_LABELS } from "@/lib/referrals/status-rules";
import { listRecentReferrals } from "@/lib/workspace/referrals";

export const metadata: Metadata = { title: "Referrals" };

const when = (date: Date) => date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/London" });

export default async function StaffHomePage() {
  const staff = await requireStaffPage("/staff");
  const referrals = await listRecentReferrals((await getDatabase()).prisma, staff);
  return (
    <>
      <p>Signed in as {staff.name}. <SignOutButton /></p>
      <h1>Referrals</h1>
      {referrals.length === 0 ? (
        <p>There are no referrals yet.</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">The newest referrals, newest first</caption>
          <thead>
            <tr><th scope="col">Reference</th><th scope="col">Received</th><th scope="col">First name</th><th scope="col">Type</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            {referrals.map((r) => (
              <tr key={r.id}>
                <td><a href={`/staff/referrals/${r.id}`}>{r.reference}</a> {r.sensitive ? <strong className="tag tag--warning">Sensitive</strong> : null}</td>
                <td>{when(r.createdAt)}</td>
                <td>{r.firstName}</td>
                <td>{labelOf(CRIME_TYPES, r.crimeType) ?? r.crimeType}</td>
                <td><strong className="tag">{STATUS_LABELS[r.status]}</strong></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
