"use client";

import { useEffect, useRef, useState } from "react";
import { countShiftPresses, initialShiftState, type ShiftState } from "./shift-counter";

/**
 * The JavaScript half of "Exit this page": Shift pressed 3 times within 5
 * seconds exits, a click on the link exits without leaving a Back entry, and
 * a screen reader hears how many more presses are needed.
 */
export function ExitThisPageKeys({ href }: { href: string }) {
  const state = useRef<ShiftState>(initialShiftState);
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    document.querySelectorAll<HTMLElement>(".js-only").forEach((el) => (el.hidden = false));

    const leave = () => {
      // Blank the page first: whatever happens next, nothing stays on screen.
      document.body.classList.add("is-exiting");
      if (!document.querySelector(".exit-overlay")) {
        const overlay = document.createElement("div");
        overlay.className = "exit-overlay";
        document.body.appendChild(overlay);
      }
      document.title = "Loading";
      window.location.replace(href);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      const { state: next, outcome } = countShiftPresses(state.current, event, Date.now());
      state.current = next;
      if (outcome === "exit") {
        setAnnouncement("Exiting this page");
        leave();
      } else if (outcome === "counted") {
        const remaining = 3 - next.presses;
        setAnnouncement(`Shift, press ${remaining} more ${remaining === 1 ? "time" : "times"} to exit.`);
      } else if (outcome === "reset") {
        setAnnouncement("");
      }
    };

    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest("[data-exit-link]");
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      leave();
    };

    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("click", onClick);
    };
  }, [href]);

  return (
    <div className="exit-this-page__indicator" role="status" aria-live="polite">
      {announcement}
    </div>
  );
}
