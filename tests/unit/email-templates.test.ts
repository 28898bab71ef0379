import { renderReferrerConfirmation } from "@/lib/email/templates/referrer-confirmation";
import { renderVictimConfirmation } from "@/lib/email/templates/victim-confirmation";
import { renderSurveyInvitation } from "@/lib/email/templates/survey-invitation";
import { escapeHtml, html } from "@/lib/email/html";
import { renderEmail } from "@/lib/email/templates";
import { renderStaffInvite } from "@/lib/email/templates/staff-invite";
import {
  renderAssignmentNotice,
  renderFirstContactEscalation,
  renderPauseEndedNotice,
  renderStaffDigest,
} from "@/lib/email/templates/staff-reminders";

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
  const rendered = renderStaffInvite({
    name: "Sam <Staff>",
    link: "https://refer.example.org/staff/setup/abc_DEF-123",
    hours: 24,
  });

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

describe("the staff reminders", () => {
  const url = "https://refer.example.org/staff/referrals/1";

  it("say counts, references and links only, the same in both parts, escaped", () => {
    const digest = renderStaffDigest({
      dayWords: "Monday 7 December 2026",
      mine: { dueToday: ["RJ-AAAA-AAAA"], overdue: [], firstContactOverdue: ["RJ-<b>"] },
      team: { unassigned: 3, changedByPerson: 1 },
      workspaceUrl: "https://refer.example.org/staff?view=mine",
    });
    expect(digest.text).toContain("Next steps due today: 1 (RJ-AAAA-AAAA)");
    expect(digest.text).toContain("Waiting to be assigned: 3");
    expect(digest.html).toContain("RJ-&lt;b&gt;");
    for (const email of [
      digest,
      renderAssignmentNotice({ reference: "RJ-AAAA-AAAA", referralUrl: url, by: "Sam" }),
      renderPauseEndedNotice({ reference: "RJ-AAAA-AAAA", referralUrl: url }),
      renderFirstContactEscalation({
        reference: "RJ-AAAA-AAAA",
        referralUrl: url,
        workingDaysLate: 1,
        assigned: false,
      }),
    ]) {
      expect(email.text).toContain("https://refer.example.org/staff");
      expect(`${email.subject} ${email.text}`).not.toMatch(/crime|victim|offender|abuse|assault/i);
    }
  });
});

describe("the survey invitation and its reminder", () => {
  const link = "https://refer.example.org/survey/link/abc_DEF-123";
  it.each([false, true])(
    "gives the link and its days in both parts, and nothing of what it is about (reminder: %s)",
    (reminder) => {
      const email = renderSurveyInvitation({ link, days: 28, reminder });
      for (const part of [email.text, email.html]) {
        expect(part).toContain(link);
        expect(part).toContain("28 days");
      }
      for (const word of ["crime", "offender", "restorative", "victim", "harm", "police"])
        expect(`${email.subject} ${email.text} ${email.html}`.toLowerCase()).not.toContain(word);
      expect(email.subject).toBe(reminder ? "A reminder: a few questions" : "A few questions");
    },
  );
});

describe("the confirmations when someone asked on a person's behalf", () => {
  const DISCREET = ["crime", "offender", "restorative", "victim", "harm", "police", "status"];
  it("gives the referrer the reference and nothing of the person or how it goes", () => {
    const email = renderReferrerConfirmation({ reference: "RJ-7K4M-2Q9P" });
    for (const part of [email.text, email.html]) expect(part).toContain("RJ-7K4M-2Q9P");
    for (const word of DISCREET)
      expect(`${email.subject} ${email.text} ${email.html}`.toLowerCase()).not.toContain(word);
    expect(email.text).toMatch(/we will not tell you how it goes/);
  });

  it("tells the person the request was sent for them, with their agreement", () => {
    const email = renderVictimConfirmation({
      reference: "RJ-7K4M-2Q9P",
      firstContactWorkingDays: 2,
      askedForYou: true,
    });
    expect(email.text).toMatch(/^We have received the request that was sent for you, with your agreement\./);
    expect(email.html).toContain("sent for you, with your agreement");
    expect(renderVictimConfirmation({ reference: "RJ-7K4M-2Q9P", firstContactWorkingDays: 2 }).text).toMatch(
      /^Thank you\. We have received your request\./,
    );
  });
});
