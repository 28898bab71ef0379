/**
 * The authorisation matrix, on a real PostgreSQL database: every service
 * behind every permission in lib/auth/policy.ts, asked by an administrator, a
 * member of staff, a session that has done only the password step, a
 * disabled account and nobody. The sessions are real rows read the way every
 * request reads them. The test refuses to pass if any permission has no
 * service here, or the matrix is empty.
 *
 * "Allowed" means the service got past its authorisation: it may still refuse
 * for a reason of its own (a conflict, a rule), which is not this test's concern.
 */
import { startQueue } from "@/lib/background-jobs";
import type { PgBoss } from "pg-boss";
import { eraseOnRequest } from "@/lib/admin/erasure/erase-referral";
import { previewRetention, runRetentionNow } from "@/lib/admin/erasure/retention";
import { exportReferrals } from "@/lib/admin/export/export-referrals";
import { figuresCsv, readFigures } from "@/lib/admin/figures";
import { quarterOf } from "@/lib/admin/return/quarters";
import { readSurveyFigures } from "@/lib/admin/survey/survey-figures";
import { quarterlyReturnCsv, readQuarterlyReturn } from "@/lib/admin/return/quarterly-return";
import {
  changeRole,
  inviteStaff,
  listStaffAccounts,
  resendInvitation,
  resetTwoFactor,
  setAccountDisabled,
} from "@/lib/admin/staff-accounts";
import { findPersonReferrals, listErasureRequests, subjectAccessBundle } from "@/lib/admin/subject-access";
import { createStaffUser } from "@/lib/auth/accounts";
import { ALL_PERMISSIONS, authorise, PERMISSIONS, type AuthorisedStaff, type Permission } from "@/lib/auth/policy";
import { completeSignIn, createSession, readSession, type SignedInStaff } from "@/lib/auth/sessions";
import { tokenHash } from "@/lib/auth/tokens";
import { issueRecoveryCodes } from "@/lib/auth/two-factor";
import type { Database } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { AppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { resendProviderEmail } from "@/lib/workspace/requeue-provider-email";
import { addResponsibleNote, openResponsibleRecord, saveResponsibleRecord } from "@/lib/responsible/record";
import { eraseResponsibleRecord, responsibleRecordPack } from "@/lib/responsible/record-rights";
import {
  addAgreementItem,
  checkAgreementItem,
  openAgreementItem,
  openOutcome,
  recordOutcome,
} from "@/lib/restorative/outcome";
import { bookSession, listSessions, openSession, recordSession } from "@/lib/restorative/sessions";
import { addNote, setSensitive } from "@/lib/workspace/add-note";
import { recordContactAttempt } from "@/lib/workspace/record-contact-attempt";
import { markPersonChangesSeen } from "@/lib/workspace/mark-person-changes-seen";
import { setNextStep } from "@/lib/workspace/set-next-step";
import { readCaseload } from "@/lib/workspace/caseload";
import { sendMorningRemindersNow } from "@/lib/workspace/reminders";
import { unassignReferral } from "@/lib/workspace/unassign-referral";
import { assignReferral } from "@/lib/workspace/assign-referral";
import { listAudit } from "@/lib/workspace/audit-log";
import { changeStatus } from "@/lib/workspace/change-status";
import { countInbox, listInbox, searchInbox } from "@/lib/workspace/inbox";
import { viewReferral } from "@/lib/workspace/referrals";
import { readWellbeing, recordWellbeing } from "@/lib/workspace/wellbeing";
import { openBackend, type TestBackend } from "../support/backends";
import { insertReferral } from "../support/referral-rows";

const LIMITS = { idleMinutes: 30, absoluteHours: 12 };
const ACTORS = ["admin", "staff", "password step only", "disabled", "nobody"] as const;
type Actor = (typeof ACTORS)[number];

type Call = (staff: AuthorisedStaff) => Promise<unknown>;
type Services = (ctx: {
  prisma: PrismaClient;
  db: Database;
  boss: PgBoss;
  referralId: () => Promise<{ id: string; reference: string }>;
  targetUserId: string;
}) => Record<string, Call>;

/** Every service, under the permission it needs. */
const SERVICES: Record<Permission, Services> = {
  "inbox.read": ({ prisma }) => ({
    listInbox: (s) => listInbox(prisma, s, { view: "open", sort: "received" }),
    countInbox: (s) => countInbox(prisma, s, {}),
    searchInbox: (s) => searchInbox(prisma, s, "Matrix"),
  }),
  "referral.read": ({ prisma, referralId }) => ({
    viewReferral: async (s) => viewReferral(prisma, s, (await referralId()).id),
    readWellbeing: async (s) => readWellbeing(prisma, s, (await referralId()).id),
  }),
  "referral.change": ({ prisma, referralId }) => ({
    changeStatus: async (s) =>
      changeStatus(prisma, s, { referralId: (await referralId()).id, version: 0, to: "CONTACTING" }),
    assignReferral: async (s) =>
      assignReferral(prisma, s, { referralId: (await referralId()).id, version: 0, assigneeId: s?.userId ?? "nobody" }),
    addNote: async (s) => addNote(prisma, s, { referralId: (await referralId()).id, version: 0, text: "A note" }),
    recordContactAttempt: async (s) =>
      recordContactAttempt(prisma, s, {
        referralId: (await referralId()).id,
        version: 0,
        channel: "phone",
        outcome: "noAnswer",
      }),
    setSensitive: async (s) =>
      setSensitive(prisma, s, { referralId: (await referralId()).id, version: 0, sensitive: true }),
    setNextStep: async (s) =>
      setNextStep(prisma, s, {
        referralId: (await referralId()).id,
        version: 0,
        step: "Phone them",
        due: "2099-01-01",
      }),
    unassignReferral: async (s) =>
      unassignReferral(prisma, s, { referralId: (await referralId()).id, version: 0, reason: "On leave" }),
    recordWellbeing: async (s) =>
      recordWellbeing(prisma, s, {
        referralId: (await referralId()).id,
        stage: "start",
        answers: { fear: 5, anger: 5, coping: 5 },
      }),
    markPersonChangesSeen: async (s) =>
      markPersonChangesSeen(prisma, s, { referralId: (await referralId()).id, version: 0 }),
  }),
  "responsible.read": ({ prisma, referralId }) => ({
    openResponsibleRecord: async (s) => openResponsibleRecord(prisma, s, (await referralId()).id),
  }),
  "responsible.change": ({ prisma, referralId }) => ({
    saveResponsibleRecord: async (s) =>
      saveResponsibleRecord(prisma, s, {
        referralId: (await referralId()).id,
        version: 0,
        whereabouts: "PRISON",
        establishment: null,
        practitioner: null,
        admission: "ADMITTED",
        consentGivenOn: null,
        consentHow: null,
        consentWithdrawnOn: null,
        suitability: null,
      }),
    addResponsibleNote: async (s) =>
      addResponsibleNote(prisma, s, { referralId: (await referralId()).id, text: "Spoke to their probation officer" }),
  }),
  "restorative.read": ({ prisma, referralId }) => ({
    listSessions: async (s) => listSessions(prisma, s, (await referralId()).id),
    openOutcome: async (s) => openOutcome(prisma, s, (await referralId()).id),
    openAgreementItem: async (s) =>
      openAgreementItem(prisma, s, {
        referralId: (await referralId()).id,
        itemId: "00000000-0000-4000-8000-000000000000",
      }),
    openSession: async (s) =>
      openSession(prisma, s, {
        referralId: (await referralId()).id,
        sessionId: "00000000-0000-4000-8000-000000000000",
      }),
  }),
  "restorative.change": ({ prisma, referralId }) => ({
    bookSession: async (s) =>
      bookSession(prisma, s, {
        referralId: (await referralId()).id,
        type: "ASSESSMENT",
        day: "2099-01-01",
        clock: { hours: 10, minutes: 0 },
        minutes: 60,
        channel: "PHONE",
        place: null,
        attendees: ["victim"],
        interpreter: null,
      }),
    recordOutcome: async (s) =>
      recordOutcome(prisma, s, {
        referralId: (await referralId()).id,
        version: 0,
        delivered: "FACE_TO_FACE",
        deliveredOn: "2026-12-01",
        tookPart: ["victim", "responsible"],
        wishesMet: "yes",
        stageReached: null,
        whyNot: null,
        detail: null,
      }),
    addAgreementItem: async (s) =>
      addAgreementItem(prisma, s, {
        referralId: (await referralId()).id,
        what: "Write a letter",
        owner: "responsible",
        dueOn: "2099-01-01",
      }),
    checkAgreementItem: async (s) =>
      checkAgreementItem(prisma, s, {
        referralId: (await referralId()).id,
        itemId: "00000000-0000-4000-8000-000000000000",
        version: 0,
        status: "DONE",
      }),
    recordSession: async (s) =>
      recordSession(prisma, s, {
        referralId: (await referralId()).id,
        sessionId: "00000000-0000-4000-8000-000000000000",
        version: 0,
        happened: false,
        attended: [],
        notHappenedReason: "weCancelled",
        summary: null,
        concerns: null,
        safeguardingRaised: false,
        safeguardingTo: null,
        safeguardingOn: null,
        safeguardingRef: null,
      }),
  }),
  "referral.resend-email": ({ prisma, boss, referralId }) => ({
    resendProviderEmail: async (s) => resendProviderEmail(prisma, boss, s, { referralId: (await referralId()).id }),
  }),
  "two-factor.recovery-codes": ({ prisma }) => ({ issueRecoveryCodes: (s) => issueRecoveryCodes(prisma, s) }),
  "audit.read": ({ prisma }) => ({ listAudit: (s) => listAudit(prisma, s, {}) }),
  "staff-accounts.manage": ({ prisma, boss, targetUserId }) => ({
    listStaffAccounts: (s) => listStaffAccounts(prisma, s),
    inviteStaff: (s) =>
      inviteStaff(prisma, boss, s, {
        email: `invited.${Math.random().toString(36).slice(2)}@provider.example`,
        name: "Invited",
        role: "STAFF",
      }),
    changeRole: (s) => changeRole(prisma, s, { userId: targetUserId, role: "STAFF" }),
    setAccountDisabled: (s) => setAccountDisabled(prisma, s, { userId: targetUserId, disabled: false }),
    resetTwoFactor: (s) => resetTwoFactor(prisma, s, { userId: targetUserId }),
    resendInvitation: (s) => resendInvitation(prisma, boss, s, { userId: targetUserId }),
  }),
  "export.referrals": ({ db }) => ({
    exportReferrals: (s) =>
      exportReferrals(db, s, { from: "", to: "", status: [], mode: "minimised", reason: "" }, async () => undefined),
  }),
  "figures.read": ({ prisma }) => ({
    readFigures: (s) => readFigures(prisma, s, { from: "2026-01-01", to: "2026-12-31" }),
    figuresCsv: (s) => figuresCsv(prisma, s, { from: "2026-01-01", to: "2026-12-31" }),
    readQuarterlyReturn: (s) => readQuarterlyReturn(prisma, s, quarterOf("2026-10")!),
    quarterlyReturnCsv: (s) => quarterlyReturnCsv(prisma, s, quarterOf("2026-10")!),
    readSurveyFigures: (s) => readSurveyFigures(prisma, s, quarterOf("2026-10")!),
  }),
  "caseload.read": ({ prisma }) => ({ readCaseload: (s) => readCaseload(prisma, s, "attempt") }),
  "reminders.send": ({ prisma, boss }) => ({
    sendMorningRemindersNow: (s) =>
      sendMorningRemindersNow(prisma, boss, s, {
        firstContactPromise: "attempt",
        firstContactEscalationWorkingDays: 2,
      }),
  }),
  "retention.manage": ({ prisma }) => ({
    previewRetention: (s) => previewRetention(prisma, s, { closedDays: 730, withdrawnDays: 90 }),
    runRetentionNow: (s) => runRetentionNow(prisma, s, { closedDays: 730, withdrawnDays: 90 }),
  }),
  "subject-access.manage": ({ prisma, referralId }) => ({
    findPersonReferrals: async (s) =>
      findPersonReferrals(prisma, s, { by: "reference", term: (await referralId()).reference }),
    subjectAccessBundle: async (s) => subjectAccessBundle(prisma, s, (await referralId()).id, "json"),
    listErasureRequests: (s) => listErasureRequests(prisma, s),
    responsibleRecordPack: async (s) => responsibleRecordPack(prisma, s, (await referralId()).id),
    eraseResponsibleRecord: async (s) => {
      const { id, reference } = await referralId();
      return eraseResponsibleRecord(prisma, s, { referralId: id, confirmReference: reference, reason: "Matrix test" });
    },
    eraseOnRequest: async (s) => {
      const { id, reference } = await referralId();
      return eraseOnRequest(prisma, s, { referralId: id, confirmReference: reference, reason: "Matrix test" });
    },
  }),
};

describe("the authorisation matrix on PostgreSQL", () => {
  let backend: TestBackend;
  let prisma: PrismaClient;
  let boss: PgBoss;
  const sessions = new Map<Actor, SignedInStaff | null>();

  async function account(role: "ADMIN" | "STAFF", label: string) {
    const { userId } = await createStaffUser(prisma, { email: `${label}@provider.example`, name: label, role });
    await prisma.staffUser.update({
      where: { id: userId },
      data: { passwordHash: "set-by-test", totpEnabledAt: new Date() },
    });
    return userId;
  }
  /** A real session row, read back as any request reads it. */
  async function session(userId: string, finished: boolean): Promise<string> {
    const token = await createSession(prisma, userId, LIMITS, "192.0.2.1");
    return finished ? completeSignIn(prisma, tokenHash(token)) : token;
  }

  beforeAll(async () => {
    backend = await openBackend("postgres", "authorisation_matrix");
    await backend.db.withSession((s) => migrate(s));
    prisma = backend.db.prisma;
    boss = await startQueue(backend.db);
    const admin = await session(await account("ADMIN", "matrix.admin"), true);
    const staff = await session(await account("STAFF", "matrix.staff"), true);
    const halfway = await session(await account("ADMIN", "matrix.halfway"), false);
    const disabledUser = await account("ADMIN", "matrix.disabled");
    const disabled = await session(disabledUser, true);
    await prisma.staffUser.update({ where: { id: disabledUser }, data: { disabledAt: new Date() } });
    sessions.set("admin", await readSession(prisma, admin, LIMITS));
    sessions.set("staff", await readSession(prisma, staff, LIMITS));
    sessions.set("password step only", await readSession(prisma, halfway, LIMITS));
    sessions.set("disabled", await readSession(prisma, disabled, LIMITS));
    sessions.set("nobody", await readSession(prisma, undefined, LIMITS));
  });
  afterAll(async () => {
    await boss.stop({ graceful: false, timeout: 1000 });
    await backend.cleanUp();
  });

  /** What a service did for a caller: got past authorisation, or was refused by it. */
  async function outcome(call: Call, staff: AuthorisedStaff): Promise<"allowed" | "refused"> {
    try {
      await call(staff);
      return "allowed";
    } catch (error) {
      if (error instanceof AppError && (error.code === "forbidden" || error.code === "session.ended")) return "refused";
      if (error instanceof AppError) return "allowed"; // past the check, refused for a reason of its own
      throw error;
    }
  }

  it("covers every permission, and each service allows exactly whom the policy says", async () => {
    const target = await account("STAFF", "matrix.target");
    const context = {
      prisma,
      db: backend.db,
      boss,
      targetUserId: target,
      referralId: () => insertReferral(prisma, { fullName: "Matrix Person", status: "NEW" }),
    };
    expect(ALL_PERMISSIONS.length).toBeGreaterThan(0);
    const cells: Array<{ permission: Permission; service: string; actor: Actor; got: string; expected: string }> = [];
    for (const permission of ALL_PERMISSIONS) {
      const services = SERVICES[permission](context);
      expect(Object.keys(services).length).toBeGreaterThan(0);
      for (const [service, call] of Object.entries(services)) {
        for (const actor of ACTORS) {
          const signedIn = sessions.get(actor) ?? null;
          let got: string;
          let passedTheDoor = true;
          try {
            authorise(signedIn);
          } catch {
            passedTheDoor = false;
          }
          // Past the door or not, the service checks for itself: a forged object gets nowhere either.
          got = await outcome(call, signedIn as AuthorisedStaff);
          if (!passedTheDoor && got === "allowed") got = "allowed without authorisation";
          const roles = PERMISSIONS[permission] as readonly string[];
          const expected =
            (actor === "admin" && roles.includes("ADMIN")) || (actor === "staff" && roles.includes("STAFF"))
              ? "allowed"
              : "refused";
          cells.push({ permission, service, actor, got, expected });
        }
      }
    }
    expect(cells.length).toBe(
      ALL_PERMISSIONS.reduce((n, p) => n + Object.keys(SERVICES[p](context)).length, 0) * ACTORS.length,
    );
    expect(cells.filter((cell) => cell.got !== cell.expected)).toEqual([]);
    // Administrators may do everything; staff only what the table lists for them; the rest nothing.
    expect(cells.filter((c) => c.actor === "admin").every((c) => c.got === "allowed")).toBe(true);
    expect(
      cells
        .filter((c) => ["password step only", "disabled", "nobody"].includes(c.actor))
        .every((c) => c.got === "refused"),
    ).toBe(true);
  });
});
