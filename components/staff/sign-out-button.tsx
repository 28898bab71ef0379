import { signOutAction } from "@/app/staff/actions";

/** A form, not a link: signing out changes state, so it is a POST. */
export function SignOutButton() {
  return (
    <form action={signOutAction} style={{ display: "inline" }}>
      <button type="submit" className="link-button">Sign out</button>
    </form>
  );
}
