import { ExitThisPageKeys } from "./exit-this-page-keys";

export const EXIT_HREF = "/exit";

/**
 * "Exit this page" (GOV.UK Design System pattern). A plain link to our own
 * /exit route, so it works with JavaScript off; with JavaScript on, the link
 * and pressing Shift three times blank the page at once and leave with
 * location.replace so that Back does not return here.
 *
 * A plain <a>, never next/link: next/link prefetches, and fetching /exit ends
 * the journey.
 */
/** The button's words: English unless a page in another language gives its own. */
export type ExitWords = { exit: string; hidden: string; hint: string };

const ENGLISH: ExitWords = { exit: "Exit this page", hidden: "Emergency", hint: "Or press Shift 3 times" };

export function ExitThisPage({ words = ENGLISH }: { words?: ExitWords }) {
  return (
    <aside className="exit-this-page" aria-label={words.exit}>
      <div className="width-container exit-this-page__inner">
        <p className="exit-this-page__hint" id="exit-this-page-hint">
          <span className="js-only" hidden>
            {words.hint}
          </span>
        </p>
        <a
          href={EXIT_HREF}
          className="exit-this-page__button"
          rel="nofollow noreferrer"
          data-exit-link
          aria-describedby="exit-this-page-hint"
        >
          <span className="visually-hidden">{words.hidden} </span>
          {words.exit}
        </a>
      </div>
      <ExitThisPageKeys href={EXIT_HREF} />
    </aside>
  );
}
