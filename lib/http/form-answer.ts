/**
 * Whether this page is being rendered as the answer to its own form, sent
 * without JavaScript (a server action posted as a plain form, which the
 * browser shows as a whole page). The forms redirect when their answers are
 * accepted, so a page rendered as the answer is one showing errors: its title
 * then starts "Error: ", as GOV.UK asks.
 *
 * With JavaScript the action is posted by fetch, and the page it goes on to is
 * rendered inside that post: that is not a page showing errors (the error
 * summary sets the title itself when there are some). A plain GET has no body,
 * so no form content type.
 */
import "server-only";
import { headers } from "next/headers";
import { wantsWholePage } from "./whole-page";

export async function isFormAnswer(): Promise<boolean> {
  const request = await headers();
  const type = request.get("content-type") ?? "";
  const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
  return isForm && wantsWholePage((name) => request.get(name));
}
