"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A navigation link that tells assistive technology which page is the current one.
 * A plain <a>, not next/link: following it loads the page whole, which the
 * content pages answer from the server's cache, where next/link would ask
 * Next.js to render the page again; and it keeps next/link's code out of
 * every page's scripts.
 */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const current = usePathname() === href;
  return (
    <a href={href} aria-current={current ? "page" : undefined}>
      {children}
    </a>
  );
}
