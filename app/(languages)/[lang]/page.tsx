import type { Metadata } from "next";
import { languagePath } from "@/lib/languages";
import { shownLanguage, titleIn } from "@/lib/i18n/shown-language";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = shownLanguage((await params).lang);
  return { title: titleIn(t, t("titles.what")) };
}

/** What restorative justice is, in another language: the first page of that language. */
export default async function WhatInLanguagePage({ params }: Props) {
  const { language, t } = shownLanguage((await params).lang);
  return (
    <>
      <h1>{t("titles.what")}</h1>
      <p className="lead">{t("what.lead")}</p>
      <p>{t("what.how")}</p>
      <p>{t("what.give")}</p>
      <p>{t("what.rules")}</p>
      <p>{t("what.free")}</p>
      <p>{t("what.interpreter")}</p>
      <p>
        <a href={languagePath(language.code, "is-it-right-for-me")}>{t("titles.right")}</a>
      </p>
      <p>
        <a href={languagePath(language.code, "how-to-ask")} className="button">
          {t("titles.ask")}
        </a>
      </p>
    </>
  );
}
