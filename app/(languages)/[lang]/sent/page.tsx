import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDatabase } from "@/lib/db";
import { languagePath } from "@/lib/languages";
import { shownLanguage, titleIn } from "@/lib/i18n/shown-language";
import { recentReferralForToken } from "@/lib/referrals/find-referral";
import { journeyToken } from "@/lib/referrals/journey-session";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = shownLanguage((await params).lang);
  return { title: titleIn(t, t("titles.sent")) };
}

/** The short request sent: its reference, in the person's language (shown for an hour, to this browser only). */
export default async function SentInLanguagePage({ params }: Props) {
  const { language, t } = shownLanguage((await params).lang);
  const referral = await recentReferralForToken((await getDatabase()).prisma, await journeyToken());
  if (!referral) redirect(languagePath(language.code, "how-to-ask"));
  return (
    <>
      <div className="panel panel--confirmation">
        <h1>{t("titles.sent")}</h1>
        <p>
          {t("sent.reference")}
          <br />
          <strong className="reference" dir="ltr">
            {referral.reference}
          </strong>
        </p>
      </div>
      <p>{t("sent.next")}</p>
      <p>{t("sent.stop")}</p>
      <p>{t("sent.close")}</p>
    </>
  );
}
