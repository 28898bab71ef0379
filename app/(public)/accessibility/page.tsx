import type { Metadata } from "next";
import { ProviderContact } from "@/components/provider-contact";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/accessibility");
export const metadata: Metadata = { title: TITLE };

export default function AccessibilityPage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">We want everyone who needs this service to be able to use it.</p>

      <h2>What you should be able to do</h2>
      <ul>
        <li>use every page and form with a keyboard alone, a screen reader, speech recognition or a switch</li>
        <li>zoom in up to 400% without text spilling off the screen, and use it on a small phone</li>
        <li>use it with JavaScript turned off, on an older phone or a slow connection</li>
        <li>read everything in plain English</li>
      </ul>

      <h2>How accessible this service is</h2>
      <p>
        This service aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Every public
        page is checked automatically for accessibility problems each time the service changes, and the main journeys
        are checked using a keyboard alone. We know automated checks do not find every problem.
      </p>
      <p>
        We are not aware of any part of the service that fails to meet the standard. If you find one, please tell us.
      </p>

      <h2>Reporting a problem or asking for another format</h2>
      <p>
        If you have a problem using this service, or need information in another format or language, contact Restorative
        Solutions:
      </p>
      <ProviderContact fallback="Ask through Victim Care Merseyside and say what you need." />

      <h2>Enforcement</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations for
        public sector websites. If you are not happy with how we respond to your complaint, contact the Equality
        Advisory and Support Service (EASS).
      </p>
    </>
  );
}
