import { PUBLIC_PAGES, SERVICE_NAME } from "@/lib/content/site";
import { NavLink } from "./nav-link";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="width-container">
        <a href="/" className="site-header__name">{SERVICE_NAME}</a>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {PUBLIC_PAGES.filter((page) => page.inNavigation).map((page) => (
              <li key={page.href}>
                <NavLink href={page.href}>{page.title}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
