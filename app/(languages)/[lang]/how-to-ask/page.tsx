import type { Metadata } from "next";
import { randomBytes } from "node:crypto";
import { ShortRequestForm } from "@/components/languages/short-request-form";
import { isFormAnswer } from "@/lib/http/form-answer";
import { shortFormIn } from "@/lib/referrals/short-request-words";
import { shownLanguage, titleIn } from "@/lib/i18n/shown-language";
import { sendShortRequestAction } from "../actions";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = shownLanguage((await params).lang);
  return { title: titleIn(t, t("titles.ask"), await isFormAnswer()) };
}

/** How to ask, in another language: the short request, in that language. */
export default async function AskInLanguagePage({ params }: Props) {
  const { language, t } = shownLanguage((await params).lang);
  const form = shortFormIn(t);
  return (
    <>
      <h1>{t("titles.ask")}</h1>
      <p className="lead">{t("ask.lead")}</p>
      <p>{t("ask.private")}</p>
      <ShortRequestForm
        fields={form.fields}
        messages={form.messages}
        formWords={form.formWords}
        action={sendShortRequestAction.bind(null, language.code)}
        // One a page drawn: sending the same form twice makes one request.
        request={randomBytes(32).toString("base64url")}
        submitLabel={form.submitLabel}
      />
    </>
  );
}
