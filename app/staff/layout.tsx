import type { Metadata } from "next";
import type { ReactNode } from "react";
import { WORKSPACE_NAME } from "@/lib/content/site";

export const metadata: Metadata = {
  title: { default: "Staff workspace", template: "%s – Staff workspace" },
  robots: { index: false, follow: false },
};

/** The provider's workspace: its own header, no public navigation. Never cached (next.config.js). */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="skip-link">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="width-container">
          <a href="/staff" className="site-header__name">
            {WORKSPACE_NAME}
          </a>
        </div>
      </header>
      <div className="width-container">
        <main id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
