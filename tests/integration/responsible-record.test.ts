/**
 * The person responsible's record, kept apart from the victim's, on both
 * databases: who may open it (the case's facilitator and administrators; a
 * refusal is audited), changes never overwrite someone else's, the victim's
 * withdrawal stops them, and nothing of it reaches the victim's subject-access
 * pack (page or JSON) or the victim's timeline.
 */
import { subjectAccessBundle } from "@/lib/admin/subject-access";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { migrate } from "@/lib/db/migrate";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addResponsibleNote, openResponsibleRecord, saveResponsibleRecord } from "@/lib/responsible/record";
import { noteSchema, recordSchemaFor } from "@/lib/responsible/record-schemas";
import { eraseResponsibleRecord, responsibleRecordPack } from "@/lib/responsible/record-rights";
import { readTimeline } from "@/lib/workspace/timeline";
import { addNote } from "@/lib/workspace/add-note";
import { BACKENDS, openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";
import { signedInStaff } from "../support/staff-fixtures";

/** Words found nowhere else, so any leak of the record into the victim's side shows. */
const MARKERS = { establishment: "HMP Zorbleton", practitioner: "Officer Quillfeather", note: "Xanthippe-marker" };

const codeOf = async (work: Promise<unknown>) =>
  work.then(
    () => "done",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe.each(BACKENDS)("the person responsible's record, on %s", (kind) => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let admin: AuthorisedStaff;
  let facilitator: AuthorisedStaff;
  let colleague: AuthorisedStaff;

  beforeAll(async () => {
    backend = await openBackend(kind, `responsible_${kind}`);
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    admin = await signedInStaff(prisma, "ADMIN", "admin@provider.example");
    facilitator = await signedInStaff(prisma, "STAFF", "facilitator@provider.example");
    colleague = await signedInStaff(prisma, "STAFF", "colleague@provider.example");
  });
  afterAll(() => backend.cleanUp());

  const form = recordSchemaFor(() => "2026-12-06");
  const BLANK_DATES = {
    consentGivenDay: "",
    consentGivenMonth: "",
    consentGivenYear: "",
    consentWithdrawnDay: "",
    consentWithdrawnMonth: "",
    consentWithdrawnYear: "",
  };
  const answers = (changes: Record<string, string> = {}) =>
    form.parse({
      ...BLANK_DATES,
      whereabouts: "PRISON",
      establishment: MARKERS.establishment,
      practitioner: `${MARKERS.practitioner}, 0151 496 0999`,
      admission: "ADMITTED",
      consentGivenDay: "2",
      consentGivenMonth: "12",
      consentGivenYear: "2026",
      consentHow: "In person at the prison",
      suitability: "Suitable for a face-to-face meeting",
      ...changes,
    });

  it("is opened by the case's facilitator and administrators only; anyone else is refused, and that is audited", async () => {
    const { id } = await insertReferral(prisma, { assignedToId: facilitator.userId });
    expect(await openResponsibleRecord(prisma, facilitator, id)).toMatchObject({ record: null });
    expect(await openResponsibleRecord(prisma, admin, id)).toMatchObject({ record: null });
    expect(await codeOf(openResponsibleRecord(prisma, colleague, id))).toBe("responsible.need-to-know");
    expect(await codeOf(saveResponsibleRecord(prisma, colleague, { ...answers(), referralId: id, version: 0 }))).toBe(
      "responsible.need-to-know",
    );
    expect(await codeOf(addResponsibleNote(prisma, colleague, { referralId: id, text: "x" }))).toBe(
      "responsible.need-to-know",
    );
    const audit = await prisma.auditEvent.findMany({ where: { referralId: id }, orderBy: { at: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["responsible.viewed", facilitator.userId],
      ["responsible.viewed", admin.userId],
      ["responsible.refused", colleague.userId],
      ["responsible.refused", colleague.userId],
      ["responsible.refused", colleague.userId],
    ]);
    expect(await codeOf(openResponsibleRecord(prisma, admin, "00000000-0000-4000-8000-000000000000"))).toBe(
      "referral.not-found",
    );
  });

  it("keeps where they are, admission, consent, suitability and notes; a stale page never overwrites a newer save", async () => {
    const { id } = await insertReferral(prisma, { assignedToId: facilitator.userId });
    expect(await saveResponsibleRecord(prisma, facilitator, { ...answers(), referralId: id, version: 0 })).toEqual({
      version: 1,
    });
    expect(
      await codeOf(
        saveResponsibleRecord(prisma, admin, { ...answers({ whereabouts: "PROBATION" }), referralId: id, version: 0 }),
      ),
    ).toBe("responsible.conflict");
    await addResponsibleNote(prisma, facilitator, { referralId: id, text: `Met them: ${MARKERS.note}` });
    const { record } = await openResponsibleRecord(prisma, admin, id);
    expect(record).toMatchObject({
      whereabouts: "PRISON",
      establishment: MARKERS.establishment,
      admission: "ADMITTED",
      consentHow: "In person at the prison",
      consentWithdrawnOn: null,
      version: 1,
    });
    expect(record!.consentGivenOn!.toISOString().slice(0, 10)).toBe("2026-12-02");
    expect(record!.notes.map((note) => [note.text, note.actor.name])).toEqual([
      [`Met them: ${MARKERS.note}`, facilitator.name],
    ]);
    const changed = await prisma.auditEvent.findFirst({ where: { referralId: id, action: "responsible.changed" } });
    // Which answers changed, never what they are.
    expect(JSON.stringify(changed!.details)).not.toContain(MARKERS.establishment);
  });

  it("checks the record's dates: real days, not in the future, withdrawn only after agreeing", () => {
    const errors = (changes: Record<string, string>) => {
      const parsed = form.safeParse({ ...BLANK_DATES, whereabouts: "COMMUNITY", admission: "PARTLY", ...changes });
      return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    };
    expect(errors({ consentGivenDay: "31", consentGivenMonth: "2", consentGivenYear: "2026" })).toEqual({
      consentGivenDay: "The date they agreed must be a real date, like 27 3 2026",
    });
    expect(errors({ consentGivenDay: "7", consentGivenMonth: "12", consentGivenYear: "2026" })).toEqual({
      consentGivenDay: "The date they agreed must be today or in the past",
    });
    expect(errors({ consentWithdrawnDay: "1", consentWithdrawnMonth: "12", consentWithdrawnYear: "2026" })).toEqual({
      consentGivenDay: "Enter the date they agreed, before the date they withdrew",
    });
    expect(errors({ whereabouts: "", admission: "" })).toEqual({
      whereabouts: "Select where they are",
      admission: "Select whether they admit the harm",
    });
  });

  it("keeps a contact log: a contact says with whom and how, or it is refused saying which", () => {
    const messages = (input: Record<string, string>) =>
      Object.fromEntries((noteSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
    expect(messages({ note: "" })).toEqual({
      kind: "Select whether it is a contact or a note",
      note: "Enter what was said or noted",
    });
    expect(messages({ kind: "contact", note: "Called" })).toEqual({
      contactWith: "Select who the contact was with",
      channel: "Select how you were in contact",
    });
    expect(noteSchema.parse({ kind: "note", contactWith: "them", channel: "phone", note: "Thinking" })).toEqual({
      note: "Thinking",
      contactWith: null,
      channel: null,
    });
  });

  it("stops changes once the victim withdraws (a note may still be added)", async () => {
    const { id } = await insertReferral(prisma, { assignedToId: facilitator.userId, withdrawnAt: new Date() });
    expect(await codeOf(saveResponsibleRecord(prisma, facilitator, { ...answers(), referralId: id, version: 0 }))).toBe(
      "case.withdrawn",
    );
    expect(
      await codeOf(addResponsibleNote(prisma, facilitator, { referralId: id, text: "Told them it stopped" })),
    ).toBe("done");
  });

  it("never reaches the victim: their subject-access pack (page and JSON) and their timeline hold none of it", async () => {
    const { id, reference } = await insertReferral(prisma, { assignedToId: facilitator.userId });
    await saveResponsibleRecord(prisma, facilitator, { ...answers(), referralId: id, version: 0 });
    await addResponsibleNote(prisma, facilitator, { referralId: id, text: `Met them: ${MARKERS.note}` });
    await addNote(prisma, facilitator, { referralId: id, version: 0, text: "Spoke to the victim about next steps" });
    const packs = [
      await subjectAccessBundle(prisma, admin, id, "page"),
      await subjectAccessBundle(prisma, admin, id, "json"),
      await readTimeline(prisma, id),
    ].map((pack) => JSON.stringify(pack));
    expect(packs.every((pack) => pack.length > 50)).toBe(true); // each really holds the victim's side
    for (const pack of packs) for (const marker of Object.values(MARKERS)) expect(pack).not.toContain(marker);
    // Erased with the referral.
    await eraseOnRequest(prisma, admin, { referralId: id, confirmReference: reference, reason: "Asked by the victim" });
    expect(await prisma.responsiblePerson.count({ where: { referralId: id } })).toBe(0);
    expect(await prisma.responsibleNote.count({ where: { referralId: id } })).toBe(0);
  });

  it("gives the person responsible their own pack (their record and notes, nothing of the victim's), and erases it alone", async () => {
    const { id, reference } = await insertReferral(prisma, {
      assignedToId: facilitator.userId,
      fullName: "Victima Onlyname",
    });
    await saveResponsibleRecord(prisma, facilitator, { ...answers(), referralId: id, version: 0 });
    await addResponsibleNote(prisma, facilitator, {
      referralId: id,
      text: `Met them: ${MARKERS.note}`,
      contactWith: "practitioner",
      channel: "phone",
    });
    await addNote(prisma, facilitator, { referralId: id, version: 0, text: "Victim-side words only" });

    expect(await codeOf(responsibleRecordPack(prisma, facilitator, id))).toBe("forbidden");
    const pack = await responsibleRecordPack(prisma, admin, id);
    expect(pack).toMatchObject({
      reference,
      whereTheyAre: "In prison",
      establishment: MARKERS.establishment,
      admitsTheHarm: "Admits the harm",
      agreedOn: "2026-12-02",
      notes: [
        { what: "Contact with their practitioner (phone)", by: facilitator.name, text: `Met them: ${MARKERS.note}` },
      ],
    });
    const text = JSON.stringify(pack);
    expect(text).not.toContain("Victima Onlyname");
    expect(text).not.toContain("Victim-side words only");

    expect(
      await codeOf(
        eraseResponsibleRecord(prisma, admin, { referralId: id, confirmReference: "RJ-XXXX-XXXX", reason: "Asked" }),
      ),
    ).toBe("erase.reference");
    await eraseResponsibleRecord(prisma, admin, {
      referralId: id,
      confirmReference: reference.toLowerCase(),
      reason: "Asked through their probation officer",
    });
    expect(await prisma.responsiblePerson.count({ where: { referralId: id } })).toBe(0);
    expect(await prisma.responsibleNote.count({ where: { referralId: id } })).toBe(0);
    expect(await prisma.referral.count({ where: { id } })).toBe(1); // the victim's referral stays
    expect(await responsibleRecordPack(prisma, admin, id)).toBeNull();
    expect(
      await codeOf(
        eraseResponsibleRecord(prisma, admin, { referralId: id, confirmReference: reference, reason: "Again" }),
      ),
    ).toBe("responsible.not-found");
    const audit = await prisma.auditEvent.findMany({
      where: { referralId: id, action: { in: ["responsible.subject-access", "responsible.erased"] } },
    });
    expect(audit.map((row) => row.action).sort()).toEqual(["responsible.erased", "responsible.subject-access"]);
  });
});
