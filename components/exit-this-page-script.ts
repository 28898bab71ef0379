/**
 * The only script of a cached content page (lib/server/page-cache.ts removes
 * the framework's): bundled by `npm run build:exit-script` into
 * public/exit-this-page.js. The page as rendered already holds the link and
 * the live region that components/exit-this-page-keys.tsx renders.
 */
import { startExitKeys } from "./exit-keys";

const href = document.querySelector("[data-exit-link]")?.getAttribute("href");
const indicator = document.querySelector(".exit-this-page__indicator");
if (href && indicator) startExitKeys(href, (text) => (indicator.textContent = text));
