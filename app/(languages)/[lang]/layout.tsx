import type { ReactNode } from "react";
import { ExitThisPage } from "@/components/exit-this-page";
import { PhoneLink } from "@/components/help-contacts";
import { LanguageList } from "@/components/languages/language-list";
import { NavLink } from "@/components/nav-link";
import { EMERGENCY, relayDial } from "@/lib/content/help-contacts";
import { env } from "@/lib/env";
import { languagePath } from "@/lib/languages";
import { shownLanguage } from "@/lib/i18n/shown-language";

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

/**
 * Everything around a page in another language, in that language: skip link,
 * Exit this page, the service's name, its pages in this language, the
 * language list, and how to get help. (<html lang dir> is set by the root
 * layout: components/html-in-language.tsx.)
 */
export default async function LanguageLayout({ children, params }: Props) {
  const { language, t } = shownLanguage((await params).lang);
  const code = language.code;
  const { providerPhone } = env();
  const pages = [
    { href: languagePath(code), title: t("titles.what") },
    { href: languagePath(code, "is-it-right-for-me"), title: t("titles.right") },
    { href: languagePath(code, "how-to-ask"), title: t("titles.ask") },
    { href: languagePath(code, "get-help-now"), title: t("titles.help") },
  ];
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t("frame.skip")}
      </a>
      <ExitThisPage words={{ exit: t("frame.exit"), hidden: t("frame.exitHidden"), hint: t("frame.exitHint") }} />
      <header className="site-header">
        <div className="width-container">
          <LanguageList shown={env().languages} current={code} label={t("frame.languages")} />
          <a href={languagePath(code)} className="site-header__name">
            {t("frame.service")}
          </a>
          <nav className="site-nav" aria-label={t("frame.pages")}>
            <ul className="site-nav__pages">
              {pages.map((page) => (
                <li key={page.href}>
                  <NavLink href={page.href}>{page.title}</NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <div className="width-container">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <h2>{t("frame.help")}</h2>
          <p>{t.rich("frame.emergency", { number: () => <PhoneLink contact={EMERGENCY} /> })}</p>
          {providerPhone ? (
            <p>
              {t.rich("frame.relay", {
                number: () => (
                  <a className="phone" href={relayDial(providerPhone).tel} dir="ltr">
                    {relayDial(providerPhone).words}
                  </a>
                ),
              })}
            </p>
          ) : null}
          <p>
            <a href="/" hrefLang="en-GB">
              {t("frame.english")}
            </a>
          </p>
        </div>
      </footer>
    </>
  );
}
