/**
 * POST /staff/sign-out: a form, not a link, because signing out changes
 * state. Ends the session (audited), clears the cookie and goes to sign in.
 * Another site's form cannot reach it: the HTTP server refuses foreign posts.
 */
import { publicRoute } from "@/lib/actions/routes";
import { signOut } from "@/lib/auth/sessions";
import { clearStaffCookie, clientAddress, staffToken } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export const POST = publicRoute(async (): Promise<Response> => {
  const token = await staffToken();
  if (token) await signOut((await getDatabase()).prisma, token, await clientAddress());
  await clearStaffCookie();
  return new Response(null, { status: 303, headers: { location: "/staff/sign-in?signed-out=1" } });
});
