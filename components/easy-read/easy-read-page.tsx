/** An Easy Read page: one idea a line, each with its picture, then the way to the full page and the other Easy Read pages. */
import { PhoneLink } from "@/components/help-contacts";
import { RelatedLinks } from "@/components/related-links";
import { EASY_READ, type EasyReadPage as Page } from "@/lib/content/easy-read";
import { pageTitle } from "@/lib/content/site";
import { Picture } from "./pictures";

export function EasyReadPage({ page }: { page: Page }) {
  return (
    <>
      <h1>{pageTitle(page.href)}</h1>
      <p className="easy-read__intro">{page.intro}</p>
      <ul className="easy-read">
        {page.points.map((point) => (
          <li key={point.text} className="easy-read__point">
            <Picture name={point.picture} />
            <p>
              {point.text}
              {point.call ? (
                <>
                  {" "}
                  <PhoneLink contact={point.call} />.
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      <p className="easy-read__intro">
        <a href={page.fullHref}>Read the full page</a>, with more words.
      </p>
      <RelatedLinks hrefs={Object.values(EASY_READ).flatMap((other) => (other === page ? [] : [other.href]))} />
    </>
  );
}

/** At the top of a page that has an Easy Read version. */
export function EasyReadLink({ href }: { href: string }) {
  return (
    <p>
      <a href={href}>Read this in Easy Read</a>: short sentences with pictures.
    </p>
  );
}
