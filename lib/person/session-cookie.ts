/** The cookie of a "Manage your request" session: a random token, HttpOnly, ended by Exit this page. A dull name. */
export function personCookieName(https: boolean): string {
  return https ? "__Host-msid" : "msid";
}

/**
 * The cookie that carries an emailed link's token from its address to the page
 * with the Continue button, so the token is never in an address the browser
 * keeps in its history. Lives as long as a link does at most.
 */
export function linkCookieName(https: boolean): string {
  return https ? "__Host-mlink" : "mlink";
}
