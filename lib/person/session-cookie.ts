/** The cookie of a "Manage your request" session: a random token, HttpOnly, ended by Exit this page. A dull name. */
export function personCookieName(https: boolean): string {
  return https ? "__Host-msid" : "msid";
}
