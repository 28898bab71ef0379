import type { Metadata } from "next";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { listStaffAccounts } from "@/lib/admin/staff-accounts";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import type { Field } from "@/lib/referrals/form-fields";
import { ACCOUNT_STATE_LABELS, ROLE_LABELS, ROLE_OPTIONS } from "@/lib/admin/account-labels";
import { formatDateTime } from "@/lib/dates";
import { inviteAction } from "./actions";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = { title: "Staff accounts" };

const INVITE_FIELDS: Field[] = [
  { kind: "text", name: "name", label: "Full name", autocomplete: "off", spellCheck: false, maxLength: 100 },
  {
    kind: "text",
    name: "email",
    label: "Work email address",
    type: "email",
    autocomplete: "off",
    spellCheck: false,
    maxLength: 254,
    hint: "The invitation, with a link that works once within 24 hours, goes to this address",
  },
  { kind: "radios", name: "role", label: "Role", options: ROLE_OPTIONS },
];

export default async function StaffAccountsPage() {
  // Administrators only: anyone else gets "page not found".
  const admin = await requireStaffPage("/staff/admin/staff", "staff-accounts.manage");
  const rows = await listStaffAccounts((await getDatabase()).prisma, admin);
  return (
    <>
      <AdminNav current="/staff/admin/staff" />
      <h1>Staff accounts</h1>
      <div className="table-scroll">
        <TableScroll label="Staff accounts">
          <table className="table">
            <caption className="visually-hidden">Staff accounts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Account</th>
                <th scope="col">Last signed in</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <a href={`/staff/admin/staff/${r.id}`}>{r.name}</a>
                  </td>
                  <td>{r.email}</td>
                  <td>{ROLE_LABELS[r.role]}</td>
                  <td>
                    {ACCOUNT_STATE_LABELS[r.state]}
                    {r.state === "active" && !r.twoFactor ? " (two-factor to set up)" : ""}
                  </td>
                  <td>{r.lastSignInAt ? formatDateTime(r.lastSignInAt) : "Never"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
      <h2>Invite a member of staff</h2>
      <AdminForm kind="invite" fields={INVITE_FIELDS} action={inviteAction} submitLabel="Send invitation" />
    </>
  );
}
