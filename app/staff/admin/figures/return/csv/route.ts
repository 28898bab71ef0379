/** GET: the commissioner's quarterly return as CSV, counts under 5 suppressed. Administrators only (others: 404). */
import { downloadRoute, notFoundHandler } from "@/lib/actions/routes";
import { quarterlyReturnCsv } from "@/lib/admin/return/quarterly-return";
import { readQuarter } from "@/lib/admin/return/read-quarter";

export const dynamic = "force-dynamic";

export const GET = downloadRoute("figures.read", async ({ admin, db, ipAddress }, request) => {
  const { quarter, error } = readQuarter(Object.fromEntries(new URL(request.url).searchParams));
  if (error) {
    return new Response(`${error}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const csv = await quarterlyReturnCsv(db.prisma, admin, quarter, ipAddress);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="quarterly-return-${quarter.value}.csv"`,
    },
  });
});

/** The download is a GET: any other way in finds nothing. */
export const POST = notFoundHandler;
