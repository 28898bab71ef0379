import { StaffNav } from "@/components/staff/staff-nav";

/** The workspace's navigation on an administration page (only administrators reach one); `current` is the page's own address. */
export function AdminNav({ current }: { current: string }) {
  return <StaffNav role="ADMIN" current={current} />;
}

/** A confirmation after an action that redirected back here; codes, never personal data, travel in the address. */
export function Notice({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div className="notification" role="status">
      <p>{message}</p>
    </div>
  );
}
