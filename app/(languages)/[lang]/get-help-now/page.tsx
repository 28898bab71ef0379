import type { Metadata } from "next";
import { PhoneLink } from "@/components/help-contacts";
import { CRIMESTOPPERS, EMERGENCY, NON_EMERGENCY, RELAY_UK, STOP_HATE_UK } from "@/lib/content/help-contacts";
import { shownLanguage, titleIn } from "@/lib/i18n/shown-language";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = shownLanguage((await params).lang);
  return { title: titleIn(t, t("titles.help")) };
}

/** Get help now, in another language: every number from the checked list (lib/content/help-contacts.ts). */
export default async function HelpInLanguagePage({ params }: Props) {
  const { t } = shownLanguage((await params).lang);
  const phone = (contact: typeof EMERGENCY) =>
    function Phone() {
      return <PhoneLink contact={contact} />;
    };
  return (
    <>
      <h1>{t("titles.help")}</h1>
      <p className="lead">
        <strong>{t.rich("help.emergency", { number: phone(EMERGENCY) })}</strong>
      </p>
      <p>
        {t.rich("help.relay", {
          relay: () => (
            <a className="phone" href={`tel:${RELAY_UK.emergency}`} dir="ltr">
              {RELAY_UK.emergency}
            </a>
          ),
          // A text message, not a call: the number as words.
          number: () => EMERGENCY.number,
        })}
      </p>
      <p>{t("help.interpreter")}</p>
      <ul>
        <li>{t.rich("help.police", { number: phone(NON_EMERGENCY) })}</li>
        <li>{t.rich("help.crimestoppers", { number: phone(CRIMESTOPPERS) })}</li>
        <li>{t.rich("help.hate", { number: phone(STOP_HATE_UK) })}</li>
      </ul>
    </>
  );
}
