import { languageOf, languagePath, type LanguageCode } from "@/lib/languages";

/**
 * The list of languages on every public page, each named in itself and marked
 * with its language (so a screen reader says it right). Shown only for the
 * languages the LANGUAGES setting lists; with none listed, nothing.
 */
export function LanguageList({
  shown,
  current,
  label,
}: {
  shown: readonly LanguageCode[];
  current?: LanguageCode;
  label: string;
}) {
  if (shown.length === 0) return null;
  const others = shown.filter((code) => code !== current);
  return (
    <nav aria-label={label}>
      <ul className="language-list">
        {current ? (
          <li>
            <a href="/" lang="en-GB" dir="ltr" hrefLang="en-GB">
              English
            </a>
          </li>
        ) : null}
        {others.map((code) => {
          const language = languageOf(code)!;
          return (
            <li key={code}>
              <a href={languagePath(code)} lang={code} dir={language.dir} hrefLang={code}>
                {language.name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
