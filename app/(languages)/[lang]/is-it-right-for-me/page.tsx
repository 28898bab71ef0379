import type { Metadata } from "next";
import { languagePath } from "@/lib/languages";
import { shownLanguage, titleIn } from "@/lib/i18n/shown-language";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = shownLanguage((await params).lang);
  return { title: titleIn(t, t("titles.right")) };
}

export default async function RightForMeInLanguagePage({ params }: Props) {
  const { language, t } = shownLanguage((await params).lang);
  return (
    <>
      <h1>{t("titles.right")}</h1>
      <p className="lead">{t("right.lead")}</p>
      <ul>
        <li>{t("right.p1")}</li>
        <li>{t("right.p2")}</li>
        <li>{t("right.p3")}</li>
      </ul>
      <p>{t("right.time")}</p>
      <p>{t("right.unsure")}</p>
      <p>
        <a href={languagePath(language.code, "how-to-ask")} className="button">
          {t("titles.ask")}
        </a>
      </p>
    </>
  );
}
