import { PUBLIC_PAGES } from "@/lib/content/site";

/** "Next" links at the end of a content page, so the pages can be read in order. */
export function RelatedLinks({ hrefs }: { hrefs: string[] }) {
  const pages = hrefs.map((href) => PUBLIC_PAGES.find((p) => p.href === href)).filter((p) => p !== undefined);
  return (
    <aside className="related" aria-labelledby="related-heading">
      <h2 id="related-heading">Read next</h2>
      <ul>
        {pages.map((page) => (
          <li key={page.href}>
            <a href={page.href}>{page.title}</a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
