"use client";

import { useEffect, useState } from "react";
import { startExitKeys } from "./exit-keys";

/** "Exit this page"'s keys and click on pages rendered per request (the cached content pages run public/exit-this-page.js instead). */
export function ExitThisPageKeys({ href }: { href: string }) {
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => startExitKeys(href, setAnnouncement), [href]);
  return (
    <div className="exit-this-page__indicator" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
