/** GET: the figures for a date range as CSV. Administrators only (others: 404). Counts only, no personal data. */
import { downloadRoute, notFoundHandler } from "@/lib/actions/routes";
import { figuresCsv } from "@/lib/admin/figures";
import { readFiguresRange } from "@/lib/admin/figures-range";

export const dynamic = "force-dynamic";

export const GET = downloadRoute("figures.read", async ({ admin, db, ipAddress }, request) => {
  const { errors, range } = readFiguresRange(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(errors).length) {
    return new Response(`${Object.values(errors).join("\n")}\n`, {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const csv = await figuresCsv(db.prisma, admin, range, ipAddress);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="figures-${range.from}-to-${range.to}.csv"`,
    },
  });
});

/** The download is a GET: any other way in finds nothing. */
export const POST = notFoundHandler;
