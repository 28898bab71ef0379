import { PUBLIC_PAGES, SERVICE_NAME } from "@/lib/content/site";
import { NavLink } from "./nav-link";
import { LanguageList } from "./languages/language-list";
import type { LanguageCode } from "@/lib/languages";

function NavLinks({ className }: { className?: string }) {
  return (
    <ul className={className}>
      {PUBLIC_PAGES.filter((page) => page.inNavigation).map((page) => (
        <li key={page.href}>
          <NavLink href={page.href}>{page.title}</NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * `languages`: those the LANGUAGES setting shows, passed in by the server's
 * layouts. Never read here: global-error.tsx runs this in the browser too.
 */
export function SiteHeader({ languages = [] }: { languages?: readonly LanguageCode[] }) {
  return (
    <header className="site-header">
      <div className="width-container">
        {/* First, at the top of the header (the list is on the start side, away from the Exit button). */}
        <LanguageList shown={languages} label="Other languages" />
        <a href="/" className="site-header__name">
          {SERVICE_NAME}
        </a>
        <nav className="site-nav" aria-label="Main">
          {/* Small screens: behind "Menu", so the page's heading is not pushed down (works without JavaScript). */}
          <details className="site-nav__menu">
            <summary>Menu</summary>
            <NavLinks />
          </details>
          <NavLinks className="site-nav__wide" />
        </nav>
      </div>
    </header>
  );
}
