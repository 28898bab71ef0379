import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** Runs axe with the WCAG 2.2 A and AA rules and returns readable violations (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * axe needs JavaScript in the page it checks. For a page seen with JavaScript
 * off, check the very same HTML (with its styles, without its scripts) in a
 * second page that has JavaScript.
 */
export async function axeViolationsWithoutJavaScript(page: Page): Promise<string[]> {
  const html = await page.content();
  const url = page.url();
  const context = page.context().browser()!;
  // The same width as the page checked (a phone's 320 px, say).
  const viewport = page.viewportSize();
  const checker = await (await context.newContext({ javaScriptEnabled: true, viewport })).newPage();
  try {
    await checker.route("**/*", async (route) => {
      const request = route.request();
      if (request.url() === url && request.resourceType() === "document") {
        await route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
      } else if (request.resourceType() === "script") {
        await route.abort();
      } else {
        await route.continue();
      }
    });
    await checker.goto(url);
    return await axeViolations(checker);
  } finally {
    await checker.context().close();
  }
}
