/** GET: everything held about one referral, as a JSON file. Administrators only (others: 404); audited. */
import { z } from "zod";
import { downloadRoute, notFoundHandler, notFoundResponse } from "@/lib/actions/routes";
import { subjectAccessBundle } from "@/lib/admin/subject-access";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(
  "subject-access.manage",
  async ({ admin, db, ipAddress }, _request, params) => {
    const id = z.uuid().safeParse(params.id);
    const bundle = id.success ? await subjectAccessBundle(db.prisma, admin, id.data, "json", ipAddress) : null;
    if (!bundle) return notFoundResponse();
    return new Response(`${JSON.stringify(bundle, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${bundle.reference}.json"`,
      },
    });
  },
);

/** The download is a GET: any other way in finds nothing. */
export const POST = notFoundHandler;
