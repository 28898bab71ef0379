/**
 * Asked on someone's behalf (issue 23), on both databases, with the real
 * worker and a real SMTP listener: the referrer is stored apart from the
 * person (never in their answers), the provider email says who asked and how
 * the person agreed, the referrer gets a discreet confirmation and the person
 * their own, the person's "Manage your request" link goes to the person and
 * never to the referrer, the figures count requests by who asked, and erasure
 * takes the referrer with the request.
 */
import type { PgBoss } from "pg-boss";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { readFigures } from "@/lib/admin/figures";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { ukDay } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { requestManageLink } from "@/lib/person/access";
import { loadDraft, saveReferrer } from "@/lib/referrals/draft";
import { referrerSchema } from "@/lib/referrals/referrer";
import { submitReferral, UnansweredSteps } from "@/lib/referrals/submit-referral";
import { completeDraftForSomeone, REFERRER } from "../support/on-behalf-fixtures";
import { ANSWERS, completeDraft } from "../support/referral-fixtures";
import { BACKENDS } from "../support/backends";
import { openMailWorker, type MailWorker } from "../support/mail-worker";
import type { SmtpListener } from "../support/smtp-listener";
import { signedInStaff } from "../support/staff-fixtures";
import { waitFor } from "../support/wait";

const PERSON_EMAIL = String(ANSWERS["safe-contact"].emailAddress);

describe.each(BACKENDS)("asking on someone's behalf (%s)", (kind) => {
  let running: MailWorker;
  let prisma: PrismaClient;
  let boss: PgBoss;
  let smtp: SmtpListener;
  let admin: AuthorisedStaff;

  beforeAll(async () => {
    running = await openMailWorker(kind, `on_behalf_${kind}`);
    ({ prisma, boss, smtp } = running);
    admin = await signedInStaff(prisma, "ADMIN", "ada@provider.example");
  });
  afterAll(() => running.close());

  const mailTo = (address: string, reference: string) =>
    waitFor(
      async () =>
        smtp.received.find(
          (m) => m.to && JSON.stringify(m.to).includes(address) && `${m.subject} ${m.text}`.includes(reference),
        ),
      20_000,
      `an email to ${address} about ${reference}`,
    );

  it("keeps the referrer apart from the person, and tells the provider, the referrer and the person", async () => {
    const { tokenHash } = await completeDraftForSomeone(prisma);
    const { referralId, reference } = await submitReferral(running.backend.db, tokenHash);

    const referral = await prisma.referral.findUniqueOrThrow({
      where: { id: referralId },
      include: { referrer: true },
    });
    expect(referral.askedBy).toBe("victimSupport");
    expect(referral.contactEmail).toBe(PERSON_EMAIL);
    expect(referral.referrer).toMatchObject({
      role: "victimSupport",
      name: REFERRER.name,
      organisation: REFERRER.organisation,
      email: REFERRER.email,
      agreedHow: "phone",
      mayContactReferrer: false,
    });
    expect(ukDay(referral.referrer!.agreedOn)).toBe(REFERRER.agreedOn);
    // Apart: nothing of the referrer is in the person's own answers.
    const answers = JSON.stringify(referral.answers);
    for (const detail of [REFERRER.name, REFERRER.email, REFERRER.organisation]) expect(answers).not.toContain(detail);

    const provider = await mailTo("referrals@provider.example", reference);
    expect(provider.text).toContain(
      "Asked for by Rowan Referrer-Marker (Victim support service, Victim Care Merseyside) with the person’s agreement (by phone, on 1 Dec 2026)",
    );
    expect(provider.text).toContain("Contact the person, not the referrer");
    expect(provider.html).toContain("Asked for by Rowan Referrer-Marker");
    // Who asked comes before the answers.
    expect(provider.text!.indexOf("Asked for by")).toBeLessThan(provider.text!.indexOf("HOW TO CONTACT THEM SAFELY"));

    const toReferrer = await mailTo(REFERRER.email, reference);
    expect(toReferrer.subject).toBe(`Request received: ${reference}`);
    const everything = `${toReferrer.subject} ${toReferrer.text} ${String(toReferrer.html)}`;
    for (const secret of ["Siobhán", "Shiv", "burglary", "bluebell", PERSON_EMAIL])
      expect(everything).not.toContain(secret);
    await waitFor(
      async () =>
        (await prisma.referrer.findUniqueOrThrow({ where: { referralId } })).confirmationStatus === "SENT" || undefined,
      10_000,
      "the referrer's confirmation to be marked sent",
    );

    const toPerson = await mailTo(PERSON_EMAIL, reference);
    expect(toPerson.text).toMatch(/sent for you, with your agreement/);
    expect(`${toPerson.text}`).not.toContain(REFERRER.name);
  });

  it("sends the person's Manage your request link to the person, never to the referrer", async () => {
    const { tokenHash } = await completeDraftForSomeone(prisma);
    const { reference } = await submitReferral(running.backend.db, tokenHash);
    const before = smtp.received.length;
    await requestManageLink(
      prisma,
      boss,
      { reference, email: REFERRER.email },
      { providerEmail: "x@provider.example" },
    );
    await requestManageLink(prisma, boss, { reference, email: PERSON_EMAIL }, { providerEmail: "x@provider.example" });
    const link = await waitFor(
      async () => smtp.received.slice(before).find((m) => String(m.text).includes("/manage/link/")),
      20_000,
      "the manage link",
    );
    expect(JSON.stringify(link.to)).toContain(PERSON_EMAIL);
    // The referrer's one email is their confirmation (queued by the worker's next pass, so it may come after the link).
    await mailTo(REFERRER.email, reference);
    const toReferrer = smtp.received.slice(before).filter((m) => JSON.stringify(m.to).includes(REFERRER.email));
    expect(toReferrer.map((m) => m.subject)).toEqual([`Request received: ${reference}`]);
  });

  it("is not sent when the person's email is the referrer's own, and nothing typed is lost", async () => {
    const { token, tokenHash } = await completeDraftForSomeone(prisma, { email: PERSON_EMAIL.toUpperCase() });
    const refused = await submitReferral(running.backend.db, tokenHash).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnansweredSteps);
    expect((refused as UnansweredSteps).steps).toEqual(["safe-contact"]);
    expect(await loadDraft(prisma, token)).not.toBeNull();
    expect(await prisma.referral.count({ where: { idempotencyKey: tokenHash } })).toBe(0);
  });

  it("is not sent when the draft's agreement was taken away (a tampered draft)", async () => {
    const { token, tokenHash } = await completeDraft(prisma);
    const draft = (await loadDraft(prisma, token))!;
    const noAgreement = { ...referrerSchema.parse(REFERRER), agreed: false };
    await saveReferrer(prisma, draft, noAgreement as never);
    const refused = await submitReferral(running.backend.db, tokenHash).catch((error: unknown) => error);
    expect(refused instanceof AppError && refused.code).toBe("send.no-consent");
    expect(await prisma.referral.count({ where: { idempotencyKey: tokenHash } })).toBe(0);
  });

  it("counts requests by who asked, and erasure takes the referrer but keeps the count", async () => {
    const family = await completeDraftForSomeone(prisma, { role: "familyFriend", organisation: "", email: "" });
    const own = await completeDraft(prisma);
    const familyReferral = await submitReferral(running.backend.db, family.tokenHash);
    await submitReferral(running.backend.db, own.tokenHash);
    const today = ukDay(new Date());
    const count = async (label: string) =>
      (await readFigures(prisma, admin, { from: today, to: today })).byAskedBy.find((c) => c.label === label)!.count;
    const before = {
      self: await count("The person themselves"),
      support: await count("Victim support service"),
      family: await count("A family member or friend"),
    };
    expect(before.family).toBe(1);
    expect(before.support).toBe(2);
    expect(before.self).toBe(1);
    // A family member without an email gets no confirmation.
    expect(await prisma.referrer.findUniqueOrThrow({ where: { referralId: familyReferral.referralId } })).toMatchObject(
      { organisation: null, email: null, confirmationStatus: "NOT_REQUESTED" },
    );

    await eraseOnRequest(prisma, admin, {
      referralId: familyReferral.referralId,
      confirmReference: familyReferral.reference,
      reason: "Asked by the person",
    });
    expect(await prisma.referrer.count({ where: { referralId: familyReferral.referralId } })).toBe(0);
    expect(await count("A family member or friend")).toBe(1);
  });
});
