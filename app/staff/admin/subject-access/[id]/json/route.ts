/** GET: everything held about one referral, as a JSON file. Administrators only (others: 404); audited. */
import { subjectAccessBundle } from "@/lib/admin/subject-access";
import { notFoundHandler, notFoundResponse } from "@/lib/admin/route-guards";
import { authoriseRoute, clientAddress } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const admin = await authoriseRoute("subject-access.manage");
  if (!admin) return notFoundResponse();
  const bundle = await subjectAccessBundle((await getDatabase()).prisma, admin, (await params).id, "json", await clientAddress());
  if (!bundle) return notFoundResponse();
  return new Response(`${JSON.stringify(bundle, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${bundle.reference}.json"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** The download is a GET: any other way in finds nothing. */
export const POST = notFoundHandler;
