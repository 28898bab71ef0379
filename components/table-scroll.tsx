import type { ReactNode } from "react";

/**
 * A wide table on a narrow screen scrolls sideways inside its own box rather
 * than running off the page; the box can take focus, so a keyboard can scroll
 * it, and is named by `label` for screen readers.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
