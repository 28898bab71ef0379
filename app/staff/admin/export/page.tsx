import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { PlainErrorSummary, PlainFields } from "@/components/admin/plain-fields";
import { EXPORT_FIELDS } from "@/lib/admin/export/export-form";
import { exportRequestSchema } from "@/lib/admin/export/export-filters";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { firstErrors } from "@/lib/referrals/read-form";

export const metadata: Metadata = { title: "Export referrals" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExportPage({ searchParams }: Props) {
  await requireStaffPage("/staff/admin/export", "export.referrals");
  const query = await searchParams;
  const one = (name: string) => (typeof query[name] === "string" ? (query[name] as string) : "");
  const list = (name: string) => [query[name] ?? []].flat().filter((v): v is string => typeof v === "string");
  // Sent back here by the download when something was wrong. The reason is never put in
  // the address (it may name someone), so after an error it has to be typed again.
  const values = {
    from: one("from"),
    to: one("to"),
    status: list("status"),
    mode: one("mode") || "minimised",
    reason: "",
  };
  const checked = one("checked") === "1";
  const parsed = exportRequestSchema.safeParse(values);
  const errors = checked && !parsed.success ? firstErrors(parsed.error.issues) : {};

  return (
    <>
      <AdminNav current="/staff/admin/export" />
      <PlainErrorSummary fields={EXPORT_FIELDS} errors={errors} />
      <h1>Export referrals</h1>
      <p>
        The file is a spreadsheet (CSV) that opens in Excel, LibreOffice or Google Sheets. Every export is recorded in
        the audit trail.
      </p>
      <form method="post" action="/staff/admin/export/csv" noValidate>
        <PlainFields fields={EXPORT_FIELDS} values={values} errors={errors} />
        <button type="submit" className="button">
          Download CSV
        </button>
      </form>
    </>
  );
}
