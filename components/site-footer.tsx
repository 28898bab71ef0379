import { HelpContacts } from "./help-contacts";

const POLICY_LINKS = [
  { href: "/get-help-now", label: "Get help now" },
  { href: "/manage", label: "Manage your request" },
  { href: "/staying-safe-online", label: "Staying safe online" },
  { href: "/about-restorative-solutions", label: "About Restorative Solutions" },
  { href: "/privacy", label: "Privacy notice" },
  { href: "/accessibility", label: "Accessibility statement" },
];

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="width-container">
        <h2>If you need help</h2>
        <HelpContacts />
        <nav aria-label="Support links">
          <ul className="footer-links">
            {POLICY_LINKS.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
