/**
 * POST /staff/admin/export/csv: the export form's download. Administrators
 * only (anyone else: 404, as for every admin page). Bad input goes back to the
 * form with the filters (never the reason) in the address; otherwise the CSV
 * streams straight from the database cursor.
 */
import { downloadRoute, notFoundHandler } from "@/lib/actions/routes";
import { exportRequestSchema, readExportForm } from "@/lib/admin/export/export-filters";
import { exportFileName, exportReferrals, exportStream } from "@/lib/admin/export/export-referrals";

export const dynamic = "force-dynamic";

export const POST = downloadRoute("export.referrals", async ({ admin, db, ipAddress }, request) => {
  const form = await request.formData();
  const text = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : null);
  const input = readExportForm(text, (name) => form.getAll(name).filter((v): v is string => typeof v === "string"));
  const parsed = exportRequestSchema.safeParse(input);
  if (!parsed.success) {
    const back = new URLSearchParams({ checked: "1", from: input.from, to: input.to, mode: input.mode });
    for (const status of input.status) back.append("status", status);
    return new Response(null, { status: 303, headers: { location: `/staff/admin/export?${back.toString()}` } });
  }
  const body = exportStream((write) => exportReferrals(db, admin, parsed.data, write, { ipAddress }));
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(parsed.data)}"`,
    },
  });
});

/** The download is a POST: any other way in finds nothing (lib/server/request-guards.ts answers PUT, DELETE and the rest). */
export const GET = notFoundHandler;
