/**
 * The one way to write a "Manage your request" action that changes something:
 * the person's session is checked first (none, idle or ended: off to the page
 * that says so, with nothing half-done), and the action gets it as a
 * PersonSession, which only that check makes, with the public context.
 */
import "server-only";
import { personSessionOrRedirect } from "@/lib/person/person-session";
import type { PersonSession } from "@/lib/person/access";
import { publicContext, type PublicContext } from "./public-action";

export type PersonContext = PublicContext & { session: PersonSession };

export function personAction<A extends unknown[], R>(
  run: (ctx: PersonContext, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const session = await personSessionOrRedirect();
    return run({ ...(await publicContext()), session }, ...args);
  };
}
