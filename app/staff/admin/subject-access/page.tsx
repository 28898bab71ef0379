import type { Metadata } from "next";
import { AdminNav, Notice } from "@/components/admin/admin-nav";
import { PersonSearch } from "@/components/admin/person-search";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { personSearchAction } from "./actions";
import { formatDate } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { listErasureRequests } from "@/lib/admin/subject-access";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = { title: "Subject access and erasure" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubjectAccessPage({ searchParams }: Props) {
  const admin = await requireStaffPage("/staff/admin/subject-access", "subject-access.manage");
  const requests = await listErasureRequests((await getDatabase()).prisma, admin);
  const done =
    (await searchParams).done === "erased"
      ? "The referral’s personal data has been erased. The audit trail records it."
      : undefined;
  return (
    <>
      <AdminNav current="/staff/admin/subject-access" />
      <Notice message={done} />
      <h1>Subject access and erasure</h1>
      <p>
        When someone asks what we hold about them, or asks us to erase it, find their referrals here. Check who they are
        first, as your procedure says.
      </p>
      <h2>Deletion requests from people who withdrew</h2>
      {requests.length === 0 ? (
        <p>There are none waiting.</p>
      ) : (
        <>
          <p>
            They asked, when withdrawing online, for what they told us to be deleted. Erase each one by its due date:
            open it, then use “Erase”.
          </p>
          <TableScroll label="Deletion requests">
            <table className="table">
              <caption className="visually-hidden">Deletion requests, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Referral</th>
                  <th scope="col">Asked</th>
                  <th scope="col">Due by</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <a href={`/staff/admin/subject-access/${r.id}`}>{r.reference}</a>
                    </td>
                    <td>{formatDate(r.erasureRequestedAt!)}</td>
                    <td>
                      {r.dueAt < new Date() ? (
                        <strong className="tag tag--warning">Overdue: {formatDate(r.dueAt)}</strong>
                      ) : (
                        formatDate(r.dueAt)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <h2>Find someone’s referrals</h2>
      <PersonSearch action={personSearchAction} />
    </>
  );
}
