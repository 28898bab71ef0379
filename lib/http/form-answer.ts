/**
 * Whether this page is being rendered as the answer to its own form, sent
 * without JavaScript (a server action posted as a plain form). The journey's
 * forms redirect when their answers are accepted, so a page rendered as the
 * answer is one showing errors: its title then starts "Error: ", as GOV.UK
 * asks (with JavaScript, the error summary sets the title itself). A plain
 * GET has no body, so no such content type.
 */
import "server-only";
import { headers } from "next/headers";

export async function isFormAnswer(): Promise<boolean> {
  const type = (await headers()).get("content-type") ?? "";
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
}
