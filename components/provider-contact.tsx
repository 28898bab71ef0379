import { relayDial } from "@/lib/content/help-contacts";
import { env } from "@/lib/env";

/**
 * Restorative Solutions' own contact details, from settings (PROVIDER_PHONE,
 * PROVIDER_CONTACT_EMAIL). Nothing is shown that has not been set: a wrong
 * number on a page like this could put someone at risk.
 */
/** Whether any of the provider's own contact details are set (so a sentence introducing them can be shown). */
export function hasProviderContact(): boolean {
  const { providerPhone, providerContactEmail } = env();
  return Boolean(providerPhone || providerContactEmail);
}

export function ProviderContact({ fallback }: { fallback: string }) {
  const { providerPhone, providerContactEmail } = env();
  if (!providerPhone && !providerContactEmail) return <p>{fallback}</p>;
  return (
    <ul className="contact-list">
      {providerPhone ? (
        <li>
          Phone:{" "}
          <a className="phone" href={`tel:${providerPhone.replace(/[^0-9+]/g, "")}`}>
            {providerPhone}
          </a>
        </li>
      ) : null}
      {providerPhone ? (
        <li>
          Relay UK, if you are deaf or cannot speak on the phone:{" "}
          <a className="phone" href={relayDial(providerPhone).tel}>
            {relayDial(providerPhone).words}
          </a>
        </li>
      ) : null}
      {providerContactEmail ? (
        <li>
          Email: <a href={`mailto:${providerContactEmail}`}>{providerContactEmail}</a>
        </li>
      ) : null}
    </ul>
  );
}
