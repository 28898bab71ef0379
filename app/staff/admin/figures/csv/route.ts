/** GET: the figures for a date range as CSV. Administrators only (others: 404). Counts only, no personal data. */
import { figuresCsv } from "@/lib/admin/figures";
import { readFiguresRange } from "@/lib/admin/figures-range";
import { notFoundHandler, notFoundResponse } from "@/lib/admin/route-guards";
import { authoriseRoute, clientAddress } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const admin = await authoriseRoute("figures.read");
  if (!admin) return notFoundResponse();
  const { errors, range } = readFiguresRange(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(errors).length) {
    return new Response(`${Object.values(errors).join("\n")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const csv = await figuresCsv((await getDatabase()).prisma, admin, range, await clientAddress());
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="figures-${range.from}-to-${range.to}.csv"`,
      "cache-control": "no-store",
    },
  });
}

/** The download is a GET: any other way in finds nothing. */
export const POST = notFoundHandler;
