/** GET: one session as a calendar file (.ics), for the case's facilitator and administrators; audited. */
import { z } from "zod";
import { downloadRoute, notFoundHandler, notFoundResponse } from "@/lib/actions/routes";
import { recordAudit } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { sessionCalendar } from "@/lib/restorative/session-calendar";
import { openSession } from "@/lib/restorative/sessions";

export const dynamic = "force-dynamic";

export const GET = downloadRoute<{ id: string; sessionId: string }>(
  "restorative.read",
  async ({ admin: staff, db, ipAddress }, _request, params) => {
    const referralId = z.uuid().safeParse(params.id);
    const sessionId = z.uuid().safeParse(params.sessionId);
    if (!referralId.success || !sessionId.success) return notFoundResponse();
    const { referral, session } = await openSession(db.prisma, staff, {
      referralId: referralId.data,
      sessionId: sessionId.data,
      ipAddress,
    });
    await recordAudit(db.prisma, {
      action: "session.calendar",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress,
    });
    const appUrl = `${env().appUrl}/staff/referrals/${referral.id}/sessions/${session.id}`;
    return new Response(sessionCalendar(session, referral.reference, appUrl), {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": `attachment; filename="${referral.reference}-session.ics"`,
      },
    });
  },
);

export const POST = notFoundHandler;
