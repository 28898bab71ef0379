import { escapeHtml, html } from "@/lib/email/html";
import { renderEmail } from "@/lib/email/templates";
import { renderStaffInvite } from "@/lib/email/templates/staff-invite";

describe("email HTML", () => {
  it("escapes everything that could become markup", () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("escapes interpolated values but not the template itself", () => {
    expect(html`<p>${"<b>bold</b>"}</p>`.value).toBe("<p>&lt;b&gt;bold&lt;/b&gt;</p>");
    expect(html`<div>${html`<p>${"&"}</p>`}</div>`.value).toBe("<div><p>&amp;</p></div>");
  });
});

describe("the mail-check template", () => {
  const rendered = renderEmail("mail-check", { requestedAt: "<img src=x>", appUrl: "https://refer.example.org" });

  it("has plain-text and HTML parts that say the same thing", () => {
    expect(rendered.text).toContain("This is a test message.");
    expect(rendered.html).toContain("<p>This is a test message.</p>");
    expect(rendered.text).toContain("<img src=x>");
    expect(rendered.html).toContain("&lt;img src=x&gt;");
    expect(rendered.html).not.toContain("<img");
  });

  it("has a discreet subject line", () => {
    expect(rendered.subject).not.toMatch(/crime|offender|restorative|victim/i);
  });
});

describe("the staff invitation", () => {
  const rendered = renderStaffInvite({ name: "Sam <Staff>", link: "https://refer.example.org/staff/setup/abc_DEF-123", hours: 24 });

  it("gives the one-time link and how long it works, in both parts, with the name escaped", () => {
    expect(rendered.text).toContain("https://refer.example.org/staff/setup/abc_DEF-123");
    expect(rendered.text).toContain("within 24 hours");
    expect(rendered.html).toContain('<a href="https://refer.example.org/staff/setup/abc_DEF-123">');
    expect(rendered.html).toContain("Sam &lt;Staff&gt;");
  });

  it("has a neutral subject line", () => {
    expect(rendered.subject).not.toMatch(/crime|offender|restorative|victim/i);
  });
});
