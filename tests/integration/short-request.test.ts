/**
 * The short request in another language (issue 23), on both databases, with
 * the real worker and a real SMTP listener: it makes a referral marked with
 * its language, holding only what was asked; the provider email says at the
 * top to contact the person with an interpreter; the same form sent twice
 * makes one referral; the staff summaries and the export read it.
 */
import type { PgBoss } from "pg-boss";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { shortFormIn } from "@/lib/referrals/short-request-words";
import { translatorFor } from "@/lib/i18n/translations";
import { summariseAnswers } from "@/lib/referrals/answers-summary";
import { readAnswers } from "@/lib/referrals/read-answers";
import { sendShortRequest } from "@/lib/referrals/send-short-request";
import { queueNewReferralEmails } from "@/lib/referrals/delivery/queue-new-referrals";
import { shortRequestSchema } from "@/lib/referrals/short-request";
import { contactWishes } from "@/lib/workspace/contact-wishes";
import { parse } from "csv-parse/sync";
import { exportReferrals } from "@/lib/admin/export/export-referrals";
import { BACKENDS } from "../support/backends";
import { signedInStaff } from "../support/staff-fixtures";
import { openMailWorker, type MailWorker } from "../support/mail-worker";
import type { SmtpListener } from "../support/smtp-listener";
import { waitFor } from "../support/wait";

const answers = shortRequestSchema(shortFormIn(translatorFor("pl")).messages).parse({
  name: "Zofia Krótka-Marker",
  over18: "yes",
  contactMethods: ["phone", "email"],
  phoneNumber: "0151 496 0321",
  emailAddress: "Zofia@Example.org",
  safeTimes: "Po 18:00",
  messageSafe: "no",
  someoneElse: "yes",
  consent: "yes",
});
const token = (n: number) => `${"t".repeat(40)}${String(n).padStart(3, "0")}`;

describe.each(BACKENDS)("a short request in another language (%s)", (kind) => {
  let running: MailWorker;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let smtp: SmtpListener;

  beforeAll(async () => {
    running = await openMailWorker(kind, `short_request_${kind}`);
    ({ prisma, boss, smtp } = running);
  });
  afterAll(() => running.close());

  it("makes a referral marked with its language, with only what was asked, and tells the provider first", async () => {
    const made = await sendShortRequest(running.backend.db, {
      answers,
      language: "pl",
      token: token(1),
      firstContactWorkingDays: 2,
    });
    const referral = await prisma.referral.findUniqueOrThrow({ where: { id: made.referralId } });
    expect(referral).toMatchObject({
      askedIn: "pl",
      askedBy: "self",
      fullName: "Zofia Krótka-Marker",
      crimeType: "notAsked",
      contactEmail: "zofia@example.org",
      victimEmailStatus: "NOT_REQUESTED",
      consentVersion: expect.stringMatching(/-pl$/),
    });
    expect(Object.keys(referral.answers as object).sort()).toEqual(["about-you", "safe-contact", "support"]);

    // Staff read it like any other: the ways they chose, and the steps not asked left empty.
    expect(contactWishes(referral.answers)).toMatchObject({ chosen: ["phone", "email"], messageSafe: "no" });
    const sections = summariseAnswers(readAnswers(referral), "staff");
    expect(sections.find((s) => s.step === "what-happened")!.rows).toEqual([]);
    expect(sections.find((s) => s.step === "support")!.rows.map((r) => r.answer)).toEqual(
      expect.arrayContaining(["Yes", "Polish"]),
    );

    const email = await waitFor(
      async () => smtp.received.find((m) => m.subject === `New request ${made.reference}`),
      20_000,
      "the provider email",
    );
    const text = String(email.text);
    expect(text).toContain("Asked in Polish: contact with an interpreter");
    expect(text.indexOf("Asked in Polish")).toBeLessThan(text.indexOf("HOW TO CONTACT THEM SAFELY"));
    expect(text).toContain("Zofia Krótka-Marker");
    expect(String(email.html)).toContain("Asked in Polish: contact with an interpreter");
  });

  it("makes one referral when the same form is sent twice at once", async () => {
    const input = { answers, language: "ar" as const, token: token(2), firstContactWorkingDays: 2 };
    const results = await Promise.all([
      sendShortRequest(running.backend.db, input),
      sendShortRequest(running.backend.db, input),
    ]);
    expect(new Set(results.map((r) => r.reference)).size).toBe(1);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    expect(await prisma.referral.count({ where: { askedIn: "ar" } })).toBe(1);
    await queueNewReferralEmails(running.backend.db, boss);
    const jobs = await boss.findJobs("deliver-referral", { data: { referralId: results[0]!.referralId } });
    expect(jobs).toHaveLength(1);
  });

  it("is in the export with its language and its crime type not asked yet, in words", async () => {
    const admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
    const chunks: Uint8Array[] = [];
    await exportReferrals(
      running.backend.db,
      admin,
      { from: undefined, to: undefined, status: [], mode: "minimised", reason: "" },
      async (chunk) => void chunks.push(chunk),
    );
    const [header, ...rows] = parse(Buffer.concat(chunks).toString("utf8"), { bom: true }) as string[][];
    const cells = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
    expect(cells.map((c) => c["Asked in"]).sort()).toEqual([
      "Arabic: contact with an interpreter",
      "Polish: contact with an interpreter",
    ]);
    expect(new Set(cells.map((c) => c["Type of crime or harm"]))).toEqual(
      new Set(["Not asked yet (a short request in another language)"]),
    );
  });
});
