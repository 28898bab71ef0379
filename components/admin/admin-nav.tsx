import { SignOutButton } from "@/components/staff/sign-out-button";

const LINKS = [
  { href: "/staff", label: "Referrals" },
  { href: "/staff/admin/staff", label: "Staff accounts" },
  { href: "/staff/admin/export", label: "Export" },
  { href: "/staff/admin/figures", label: "Figures" },
  { href: "/staff/admin/subject-access", label: "Subject access" },
  { href: "/staff/admin/retention", label: "Retention" },
  { href: "/staff/admin/audit", label: "Audit trail" },
] as const;

/** The administrators' pages, linked from each of them; `current` is the page's own address. */
export function AdminNav({ current }: { current: string }) {
  return (
    <nav aria-label="Administration" className="no-print">
      <ul className="footer-links">
        {LINKS.map((link) => (
          <li key={link.href}><a href={link.href} aria-current={link.href === current ? "page" : undefined}>{link.label}</a></li>
        ))}
        <li><SignOutButton /></li>
      </ul>
    </nav>
  );
}

/** A confirmation after an action that redirected back here; codes, never personal data, travel in the address. */
export function Notice({ message }: { message: string | undefined }) {
  if (!message) return null;
  return <div className="notification" role="status"><p>{message}</p></div>;
}
