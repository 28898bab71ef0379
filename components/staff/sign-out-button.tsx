/** A form, not a link: signing out changes state, so it is a POST (to app/staff/sign-out/route.ts). */
export function SignOutButton() {
  return (
    <form method="post" action="/staff/sign-out" style={{ display: "inline" }}>
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
