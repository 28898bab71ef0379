/**
 * The plain HTML pages the HTTP server sends by itself: when a request is
 * refused before Next.js sees it (too large, from another site, while
 * stopping), and in place of Next.js's own bare "Internal Server Error". They
 * need no JavaScript, no database and no other file: everything is inline.
 */
import { HELP_CONTACTS, relayDial } from "@/lib/content/help-contacts";
import { PROBLEM_HELP, PROBLEMS, type ProblemKind } from "@/lib/content/problems";
import { SERVICE_NAME, WORKSPACE_NAME } from "@/lib/content/site";

export type ProviderContactSettings = { providerPhone?: string; providerContactEmail?: string };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The only styles these pages have, so the policy below can forbid everything else. */
const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1.1875rem;line-height:1.5;color:#0b0c0c;background:#fff}
.wrap{max-width:40em;margin:0 auto;padding:0 15px}
.exit{position:sticky;top:0;background:#fff;border-bottom:1px solid #b1b4b6;padding:10px 0;text-align:right}
.exit a,.exit a:visited{display:inline-block;padding:8px 14px;font-weight:700;color:#fff;background:#d4351c;text-decoration:none}
header{background:#1d3557;color:#fff;padding:15px 0;font-weight:700}
main{padding:20px 0 40px}
h1{font-size:2rem;line-height:1.2}
a{color:#1d70b8}
a:focus{outline:3px solid transparent;color:#0b0c0c;background:#fd0;box-shadow:0 -2px #fd0,0 4px #0b0c0c;text-decoration:none}
.exit a:focus{color:#0b0c0c;background:#fd0}
footer{background:#f3f2f1;border-top:1px solid #b1b4b6;padding:20px 0 30px;font-size:1rem}
footer ul{padding-left:0;list-style:none}`;

/** A policy for these pages alone: inline styles, nothing else loaded, nothing run. */
export const PROBLEM_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function providerLines(settings: ProviderContactSettings): string {
  const lines: string[] = [];
  if (settings.providerPhone) {
    const tel = settings.providerPhone.replace(/[^0-9+]/g, "");
    lines.push(
      `<li>Restorative Solutions: <a href="tel:${escapeHtml(tel)}">${escapeHtml(settings.providerPhone)}</a></li>`,
    );
    const relay = relayDial(settings.providerPhone);
    lines.push(
      `<li>Relay UK, if you are deaf or cannot speak on the phone: <a href="${escapeHtml(relay.tel)}">${escapeHtml(relay.words)}</a></li>`,
    );
  }
  if (settings.providerContactEmail) {
    const email = escapeHtml(settings.providerContactEmail);
    lines.push(`<li>Email: <a href="mailto:${email}">${email}</a></li>`);
  }
  return lines.length ? `<ul>${lines.join("")}</ul>` : `<p>${escapeHtml(PROBLEM_HELP.contactFallback)}</p>`;
}

function helpLines(): string {
  return HELP_CONTACTS.map((contact) => {
    const number =
      contact.number && contact.tel ? `: <a href="tel:${contact.tel}">${escapeHtml(contact.number)}</a>` : "";
    return `<li>${escapeHtml(contact.name)}${number} – ${escapeHtml(contact.when)}</li>`;
  }).join("");
}

/** Where the page is shown: the public site (Exit this page, 999, the provider), or the staff workspace. */
export type ProblemFrame = "public" | "workspace";

function head(title: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(SERVICE_NAME)}</title><style>${STYLE}</style></head>`;
}

export function renderProblemPage(
  kind: ProblemKind,
  settings: ProviderContactSettings,
  frame: ProblemFrame = "public",
): { status: number; html: string } {
  const problem = PROBLEMS[kind];
  const words = problem.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join("\n");
  if (frame === "workspace") {
    // Staff, at work: no Exit this page and no help lines, the way back to the referrals instead.
    const html = `${head(problem.title)}
<body>
<header><div class="wrap">${escapeHtml(WORKSPACE_NAME)}</div></header>
<div class="wrap"><main id="main-content">
<h1>${escapeHtml(problem.title)}</h1>
${words}
<p><a href="/staff">Back to the referrals</a></p>
</main></div>
</body></html>`;
    return { status: problem.status, html };
  }
  const html = `${head(problem.title)}
<body>
<aside class="exit" aria-label="Exit this page"><div class="wrap"><a href="/exit" rel="nofollow noreferrer">Exit this page</a></div></aside>
<header><div class="wrap">${escapeHtml(SERVICE_NAME)}</div></header>
<div class="wrap"><main id="main-content">
<h1>${escapeHtml(problem.title)}</h1>
${words}
<p><strong>${escapeHtml(PROBLEM_HELP.danger)}</strong></p>
<h2>${escapeHtml(PROBLEM_HELP.contactHeading)}</h2>
${providerLines(settings)}
<p><a href="/">Go to the start of this site</a></p>
</main></div>
<footer><div class="wrap"><h2>If you need help</h2><ul>${helpLines()}</ul></div></footer>
</body></html>`;
  return { status: problem.status, html };
}
