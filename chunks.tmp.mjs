import { chromium } from "playwright-core";
const base = process.argv[2];
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
for (const path of ["/how-it-works", "/manage"]) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const sizes = [];
  page.on("response", (r) => {
    if (r.request().resourceType() === "script")
      sizes.push(
        r
          .request()
          .sizes()
          .then((s) => [r.url().split("/").pop(), s.responseBodySize]),
      );
  });
  await page.goto(base + path, { waitUntil: "networkidle" });
  console.log(path, (await Promise.all(sizes)).map(([u, n]) => `${u}:${n}`).join(" "));
  await ctx.close();
}
await browser.close();
