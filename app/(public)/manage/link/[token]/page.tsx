import type { Metadata } from "next";
import { continueWithLinkAction } from "../../actions";

export const metadata: Metadata = { title: "Continue to your request" };

type Props = { params: Promise<{ token: string }> };

/**
 * Opening the link changes nothing: the button does. Email scanners that
 * fetch every link would otherwise use up a link that works once.
 */
export default async function LinkPage({ params }: Props) {
  const { token } = await params;
  return (
    <>
      <h1>Continue to your request</h1>
      <p>This link works once. When you have finished, use “Exit this page” or “Leave”.</p>
      <form action={continueWithLinkAction.bind(null, token)}>
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </>
  );
}
