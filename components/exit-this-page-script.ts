/**
 * The only script of a cached content page (lib/server/page-cache.ts removes
 * the framework's): bundled by `npm run build:exit-script` into
 * public/exit-this-page.js. The page as rendered already holds the link and
 * the live region that components/exit-this-page-keys.tsx renders.
 */
import { startExitKeys } from "./exit-keys";

const link = document.querySelector("[data-exit-link]");
const indicator = document.querySelector(".exit-this-page__indicator");
if (link && indicator) {
  startExitKeys(link.getAttribute("href") ?? "/exit", (text) => (indicator.textContent = text));
}
