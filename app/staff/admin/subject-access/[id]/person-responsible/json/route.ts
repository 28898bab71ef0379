/** GET: everything held about one referral's person responsible, as a JSON file. Administrators only (others: 404); audited. */
import { z } from "zod";
import { downloadRoute, notFoundHandler, notFoundResponse } from "@/lib/actions/routes";
import { responsibleRecordPack } from "@/lib/responsible/record-rights";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string }>(
  "subject-access.manage",
  async ({ admin, db, ipAddress }, _request, params) => {
    const id = z.uuid().safeParse(params.id);
    const pack = id.success ? await responsibleRecordPack(db.prisma, admin, id.data, ipAddress) : null;
    if (!pack) return notFoundResponse();
    return new Response(`${JSON.stringify(pack, null, 2)}\n`, {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="${pack.reference}-person-responsible.json"`,
      },
    });
  },
);

/** The download is a GET: any other way in finds nothing. */
export const POST = notFoundHandler;
