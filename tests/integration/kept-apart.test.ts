/**
 * Nothing about the person responsible reaches the victim, on both databases:
 * a case carried through with words found nowhere else (in the person
 * responsible's record, their contact log, their preparation session, a joint
 * session's summary and concerns, the outcome's reason) is searched for in
 * everything the victim's side can produce: their subject-access pack (page
 * data and JSON), their timeline, "Manage your request", the provider email
 * and the referrals export in full.
 */
import { subjectAccessBundle } from "@/lib/admin/subject-access";
import { exportReferrals } from "@/lib/admin/export/export-referrals";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { migrate } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { personView } from "@/lib/person/requests";
import { renderProviderReferral } from "@/lib/referrals/delivery/provider-referral-email";
import { readAnswers } from "@/lib/referrals/read-answers";
import { addResponsibleNote, saveResponsibleRecord } from "@/lib/responsible/record";
import { openOutcome, recordOutcome } from "@/lib/restorative/outcome";
import { bookSession, recordSession } from "@/lib/restorative/sessions";
import { readTimeline } from "@/lib/workspace/timeline";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

const MARKERS = {
  establishment: "HMP Vexlingham",
  suitability: "Grommet-risk-marker",
  contact: "Pellucid-contact-marker",
  preparation: "Quoddy-preparation-marker",
  jointSummary: "Wimbrel-joint-summary",
  jointConcerns: "Tarradiddle-joint-concerns",
  outcome: "Snollygoster-outcome-detail",
};

describe.each(BACKENDS)("the person responsible kept apart from the victim, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let facilitator: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `kept_apart_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
    facilitator = await signedInStaff(prisma, "STAFF", "facilitator@provider.example");
  });
  afterAll(() => backend.cleanUp());

  it("finds none of their words in anything the victim's side produces", async () => {
    const { id, reference } = await insertReferral(prisma, {
      assignedToId: facilitator.userId,
      status: "IN_PROGRESS",
      fullName: "Victoria Keptapart",
    });
    await saveResponsibleRecord(prisma, facilitator, {
      referralId: id,
      version: 0,
      whereabouts: "PRISON",
      establishment: MARKERS.establishment,
      practitioner: null,
      admission: "ADMITTED",
      consentGivenOn: "2026-11-01",
      consentHow: "In person",
      consentWithdrawnOn: null,
      suitability: MARKERS.suitability,
    });
    await addResponsibleNote(prisma, facilitator, {
      referralId: id,
      text: MARKERS.contact,
      contactWith: "them",
      channel: "phone",
    });
    const booked = { channel: "PHONE" as const, place: null, interpreter: null, minutes: 60 };
    const before = new Date("2026-11-01T12:00:00Z");
    const after = new Date("2026-11-20T12:00:00Z");
    const record = async (sessionId: string, summary: string, concerns: string | null) =>
      recordSession(
        prisma,
        facilitator,
        {
          referralId: id,
          sessionId,
          version: 0,
          happened: true,
          attended: ["victim", "responsible"],
          notHappenedReason: null,
          summary,
          concerns,
          safeguardingRaised: false,
          safeguardingTo: null,
          safeguardingOn: null,
          safeguardingRef: null,
        },
        after,
      );
    const preparation = await bookSession(
      prisma,
      facilitator,
      {
        ...booked,
        referralId: id,
        type: "PREPARATION_RESPONSIBLE",
        day: "2026-11-05",
        clock: { hours: 10, minutes: 0 },
        attendees: ["responsible"],
      },
      before,
    );
    await record(preparation.sessionId, MARKERS.preparation, null);
    const meeting = await bookSession(
      prisma,
      facilitator,
      {
        ...booked,
        referralId: id,
        type: "FACE_TO_FACE",
        day: "2026-11-12",
        clock: { hours: 10, minutes: 0 },
        attendees: ["victim", "responsible"],
      },
      before,
    );
    await record(meeting.sessionId, MARKERS.jointSummary, MARKERS.jointConcerns);
    await recordOutcome(prisma, facilitator, {
      referralId: id,
      version: (await openOutcome(prisma, facilitator, id)).referral.version,
      delivered: "NONE",
      deliveredOn: null,
      tookPart: [],
      wishesMet: "no",
      stageReached: "preparing",
      whyNot: "responsibleDeclined",
      detail: MARKERS.outcome,
    });

    const referral = await prisma.referral.findUniqueOrThrow({ where: { id } });
    const chunks: Uint8Array[] = [];
    await exportReferrals(
      backend.db,
      admin,
      { from: undefined, to: undefined, status: [], mode: "full", reason: "Kept-apart test" },
      async (chunk) => void chunks.push(chunk),
    );
    const email = renderProviderReferral({
      reference,
      receivedAt: "now",
      sensitive: false,
      answers: readAnswers(referral),
      referralUrl: "https://rj.example/staff",
    });
    const victimSide = {
      "subject-access page": await subjectAccessBundle(prisma, admin, id, "page"),
      "subject-access JSON": await subjectAccessBundle(prisma, admin, id, "json"),
      timeline: await readTimeline(prisma, id),
      "Manage your request": await personView(prisma, id),
      "provider email": email,
      "full export": Buffer.concat(chunks).toString("utf8"),
    };
    for (const [where, produced] of Object.entries(victimSide)) {
      const text = typeof produced === "string" ? produced : JSON.stringify(produced);
      // Each really holds the victim's side (the timeline by the next steps the sessions set).
      const holds = [where === "timeline" ? "Session at" : reference, "Keptapart"].some((w) => text.includes(w));
      expect({ where, holdsTheVictimsSide: holds }).toEqual({
        where,
        holdsTheVictimsSide: true,
      });
      for (const marker of Object.values(MARKERS))
        expect({ where, marker, found: text.includes(marker) }).toEqual({
          where,
          marker,
          found: false,
        });
    }
  });
});
