import type { Metadata } from "next";
import { ProviderContact } from "@/components/provider-contact";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/ask");
export const metadata: Metadata = { title: TITLE };

/**
 * The start of the referral journey. The online form itself comes with the
 * referral journey work; until then this page says so plainly and gives the
 * other ways to ask.
 */
export default function AskPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        You can ask Restorative Solutions, the restorative justice provider for Merseyside, to contact you. Asking does
        not commit you to anything.
      </p>
      <div className="inset">
        <p>The online form to ask is not available yet.</p>
      </div>

      <h2>Other ways to ask</h2>
      <ProviderContact fallback="Victim Care Merseyside can put you in touch with Restorative Solutions." />
      <p>
        Before you get in touch, read <a href="/what-happens-after-you-ask">what happens after you ask</a> and{" "}
        <a href="/staying-safe-online">staying safe online</a>.
      </p>
    </>
  );
}
