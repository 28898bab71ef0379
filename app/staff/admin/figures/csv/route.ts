/** GET: the figures for a date range as CSV. Administrators only (others: 404). Counts only, no personal data. */
import { csvRecords, UTF8_BOM } from "@/lib/admin/export/csv";
import { figuresRows, readFigures } from "@/lib/admin/figures";
import { readFiguresRange } from "@/lib/admin/figures-range";
import { notFoundResponse } from "@/lib/admin/route-guards";
import { recordAudit } from "@/lib/audit/record";
import { authoriseStaff, clientAddress } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const admin = await authoriseStaff({ role: "ADMIN" }).catch(() => null);
  if (!admin) return notFoundResponse();
  const { errors, range } = readFiguresRange(Object.fromEntries(new URL(request.url).searchParams));
  if (Object.keys(errors).length) {
    return new Response(`${Object.values(errors).join("\n")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  }
  const prisma = (await getDatabase()).prisma;
  const figures = await readFigures(prisma, admin, range);
  await recordAudit(prisma, { action: "export.figures", actorId: admin.userId, ipAddress: await clientAddress(), details: range });
  return new Response(UTF8_BOM + csvRecords(figuresRows(figures)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="figures-${range.from}-to-${range.to}.csv"`,
      "cache-control": "no-store",
    },
  });
}
