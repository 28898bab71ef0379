import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminForm } from "@/components/admin/admin-form";
import { AdminNav, Notice } from "@/components/admin/admin-nav";
import { ErrorSummary } from "@/components/form/error-summary";
import { ACCOUNT_DONE, ACCOUNT_STATE_LABELS, ROLE_LABELS, ROLE_OPTIONS } from "@/lib/admin/account-labels";
import { formatDateTime } from "@/lib/dates";
import { listStaffAccounts } from "@/lib/admin/staff-accounts";
import { ERRORS } from "@/lib/errors/messages";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { accountButtonAction, changeRoleAction } from "../actions";

export const metadata: Metadata = { title: "Staff account" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function Button({
  userId,
  action,
  label,
  warning,
}: {
  userId: string;
  action: string;
  label: string;
  warning?: boolean;
}) {
  return (
    <form action={accountButtonAction.bind(null, userId)} className="inline-form">
      <input type="hidden" name="do" value={action} />
      <button type="submit" className={`button ${warning ? "button--warning" : "button--secondary"}`}>
        {label}
      </button>
    </form>
  );
}

export default async function StaffAccountPage({ params, searchParams }: Props) {
  const { id } = await params;
  const admin = await requireStaffPage(`/staff/admin/staff/${id}`, "staff-accounts.manage");
  const account = (await listStaffAccounts((await getDatabase()).prisma, admin)).find((r) => r.id === id);
  if (!account) notFound();
  const query = await searchParams;
  const done = typeof query.done === "string" ? ACCOUNT_DONE[query.done] : undefined;
  // Only an account refusal's own words, by its code: anything else in the address is ignored.
  const error =
    typeof query.error === "string" && query.error.startsWith("account.") && Object.hasOwn(ERRORS, query.error)
      ? ERRORS[query.error as keyof typeof ERRORS].message
      : undefined;

  return (
    <>
      <AdminNav current="/staff/admin/staff" />
      <p>
        <a href="/staff/admin/staff" className="back-link">
          All staff accounts
        </a>
      </p>
      <ErrorSummary errors={error ? [{ href: "#account-actions", message: error }] : []} />
      <Notice message={done} />
      <h1>{account.name}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Email</dt>
          <dd className="summary-list__value">{account.email}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Role</dt>
          <dd className="summary-list__value">{ROLE_LABELS[account.role]}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Account</dt>
          <dd className="summary-list__value">{ACCOUNT_STATE_LABELS[account.state]}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Two-factor sign-in</dt>
          <dd className="summary-list__value">{account.twoFactor ? "Set up" : "Not set up"}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Last signed in</dt>
          <dd className="summary-list__value">
            {account.lastSignInAt ? formatDateTime(account.lastSignInAt) : "Never"}
          </dd>
        </div>
      </dl>

      <h2 id="account-actions" tabIndex={-1}>
        Change this account
      </h2>
      <h3>Role</h3>
      <AdminForm
        kind="role"
        fields={[
          {
            kind: "radios",
            name: "role",
            label: "Role",
            options: ROLE_OPTIONS.filter((o) => o.value !== account.role),
          },
        ]}
        action={changeRoleAction.bind(null, account.id)}
        submitLabel="Change role"
      />
      <h3>Access</h3>
      {account.state === "disabled" ? (
        <Button userId={account.id} action="enable" label="Enable account" />
      ) : account.id === admin.userId ? (
        <p>You cannot disable your own account.</p>
      ) : (
        <Button userId={account.id} action="disable" label="Disable account" warning />
      )}
      {account.state === "invited" ? (
        <Button userId={account.id} action="resend" label="Send a new invitation" />
      ) : null}
      {account.twoFactor ? (
        <Button userId={account.id} action="reset-two-factor" label="Reset two-factor sign-in" />
      ) : null}
    </>
  );
}
