import type { StaffRole } from "@/lib/generated/prisma/enums";
import { SignOutButton } from "./sign-out-button";

const EVERYONE = [{ href: "/staff", label: "Referrals" }] as const;
const ADMINISTRATORS = [
  { href: "/staff/admin/caseload", label: "Caseload" },
  { href: "/staff/admin/staff", label: "Staff accounts" },
  { href: "/staff/admin/export", label: "Export" },
  { href: "/staff/admin/figures", label: "Figures" },
  { href: "/staff/admin/subject-access", label: "Subject access" },
  { href: "/staff/admin/retention", label: "Retention" },
  { href: "/staff/admin/audit", label: "Audit trail" },
] as const;

/**
 * The workspace's navigation, the same on every signed-in page: the referrals,
 * the administration pages for administrators, and signing out. `current` is
 * the address of the section the page belongs to ("" for none).
 */
export function StaffNav({ role, current }: { role: StaffRole; current: string }) {
  const links = role === "ADMIN" ? [...EVERYONE, ...ADMINISTRATORS] : EVERYONE;
  return (
    <nav aria-label="Staff workspace" className="no-print">
      <ul className="footer-links">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={link.href === current ? "page" : undefined}>
              {link.label}
            </a>
          </li>
        ))}
        <li>
          <SignOutButton />
        </li>
      </ul>
    </nav>
  );
}
