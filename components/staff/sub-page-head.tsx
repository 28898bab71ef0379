import { StaffNav } from "@/components/staff/staff-nav";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/**
 * The top of a page within a case (its sessions, outcome, how they feel…):
 * the staff navigation, the way back, the heading, and what the last change
 * did, said once.
 */
export function SubPageHead({
  role,
  back,
  title,
  done,
}: {
  role: StaffRole;
  back: { href: string; text: string };
  title: string;
  done?: string;
}) {
  return (
    <>
      <StaffNav role={role} current="/staff" />
      <p className="no-print">
        <a href={back.href} className="back-link">
          {back.text}
        </a>
      </p>
      <h1 id="top">{title}</h1>
      {done ? (
        <div className="notification notification--success" role="status">
          <p>{done}</p>
        </div>
      ) : null}
    </>
  );
}
