import { countShiftPresses, initialShiftState, PRESSES_TO_EXIT } from "./shift-counter";

/**
 * The JavaScript half of "Exit this page", in plain DOM code: the React
 * component (components/exit-this-page-keys.tsx) runs it on pages rendered
 * per request, and public/exit-this-page.js (built from
 * components/exit-this-page-script.ts) runs it on the cached content pages,
 * which carry no framework script at all.
 *
 * Shift pressed 3 times within 5 seconds exits, a click on the link exits
 * without leaving a Back entry, and `announce` tells a screen reader how many
 * more presses are needed. Returns a function that stops listening.
 */
export function startExitKeys(href: string, announce: (text: string) => void): () => void {
  document.querySelectorAll<HTMLElement>(".js-only").forEach((el) => (el.hidden = false));
  let state = initialShiftState;

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
    const counted = countShiftPresses(state, event, Date.now());
    state = counted.state;
    if (counted.outcome === "exit") {
      announce("Exiting this page");
      leave();
    } else if (counted.outcome === "counted") {
      const remaining = PRESSES_TO_EXIT - state.presses;
      announce(`Shift, press ${remaining} more ${remaining === 1 ? "time" : "times"} to exit.`);
    } else if (counted.outcome === "reset") {
      announce("");
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
}
