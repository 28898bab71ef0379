import { ukDay } from "@/lib/dates";
import { safeEmailOf } from "@/lib/survey/survey-asks";
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { readAnswers } from "@/lib/referrals/read-answers";
import { STATUSES } from "@/lib/referrals/status-rules";
import { createTestDatabase } from "../support/postgres";
import { tempFolder } from "../support/temp";

const TSX = path.resolve("node_modules/.bin/tsx");

function seed(env: Record<string, string>) {
  return spawnSync(TSX, ["--conditions=react-server", "scripts/seed.ts"], {
    encoding: "utf8",
    timeout: 90_000,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      ...env,
    },
  });
}

describe("npm run db:seed", () => {
  it("fills an embedded database with referrals in every status and two accounts that can sign in, once", async () => {
    const dataDir = tempFolder("seed");
    try {
      const made = seed({ DATA_DIR: dataDir });
      expect(made.stderr).toBe("");
      expect(made.status).toBe(0);
      const passwords = [...made.stdout.matchAll(/(\S+@demo\.example)\s+password: (.+)$/gm)].map((m) => ({
        email: m[1]!,
        password: m[2]!,
      }));
      expect(passwords.map((p) => p.email)).toEqual(["admin@demo.example", "staff@demo.example"]);

      const again = seed({ DATA_DIR: dataDir });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("already has the demo accounts");

      const db = await openDatabase({ databaseUrl: undefined, dataDir });
      try {
        const referrals = await db.prisma.referral.findMany({ include: { events: true } });
        expect(referrals.length).toBeGreaterThanOrEqual(30);
        expect(new Set(referrals.map((r) => r.status))).toEqual(new Set(STATUSES));
        expect(referrals.some((r) => r.sensitive)).toBe(true);
        expect(referrals.some((r) => r.assignedToId)).toBe(true);
        // Every state a caseworker meets: next steps overdue, due today and later; paused; withdrawn, with deletion asked for.
        const today = ukDay(new Date());
        const open = referrals.filter((r) => r.status !== "CLOSED");
        expect(open.every((r) => r.nextStepDue !== null)).toBe(true);
        expect(open.some((r) => r.nextStep && r.nextStepDue!.toISOString().slice(0, 10) < today)).toBe(true);
        expect(open.some((r) => r.nextStep && r.nextStepDue!.toISOString().slice(0, 10) === today)).toBe(true);
        expect(open.some((r) => r.nextStep && r.nextStepDue!.toISOString().slice(0, 10) > today)).toBe(true);
        expect(referrals.some((r) => r.pausedUntil && r.pausedUntil > new Date())).toBe(true);
        expect(referrals.some((r) => r.withdrawnAt && r.erasureRequestedAt)).toBe(true);
        expect(referrals.some((r) => r.withdrawnAt && !r.erasureRequestedAt)).toBe(true);
        expect(referrals.some((r) => r.firstChosenAttemptAt && !r.firstSpokenAt)).toBe(true);
        // The person responsible's record, kept apart, on cases being worked, each with a note.
        const records = await db.prisma.responsiblePerson.findMany({ include: { notes: true, referral: true } });
        expect(records.length).toBeGreaterThan(0);
        expect(records.some((r) => r.consentGivenOn && r.admission === "ADMITTED")).toBe(true);
        expect(records.every((r) => r.notes.length === 1 && r.referral.assignedToId === r.notes[0]!.actorId)).toBe(
          true,
        );
        // The restorative work at every stage: sessions recorded and to come, agreements followed up,
        // delivered directly and indirectly, and closed without it at each stage with the reason.
        const sessions = await db.prisma.caseSession.findMany();
        expect(sessions.some((s) => s.happened === true)).toBe(true);
        expect(sessions.some((s) => s.happened === null && s.startsAt > new Date(Date.now() - 86_400_000))).toBe(true);
        const outcomes = await db.prisma.caseOutcome.findMany({ include: { referral: true } });
        expect(new Set(outcomes.map((o) => o.delivered))).toEqual(
          new Set(["FACE_TO_FACE", "SHUTTLE", "LETTERS", "NONE"]),
        );
        expect(new Set(outcomes.filter((o) => o.delivered === "NONE").map((o) => o.stageReached)).size).toBe(4);
        expect(outcomes.every((o) => o.referral.status === "CLOSED")).toBe(true);
        // How people felt: a case answered at the start and after (paired), one only at the start, and
        // anonymous answers kept from erased cases, enough for the public page.
        const answers = await db.prisma.wellbeingAnswer.findMany();
        expect(answers.filter((a) => a.stage === "after").length).toBeGreaterThanOrEqual(10);
        expect(answers.some((a) => a.referralId === null && a.comment === null)).toBe(true);
        const paired = answers.filter((a) => a.referralId !== null);
        expect(new Set(paired.map((a) => a.pairId)).size).toBeLessThan(paired.length);
        // The survey after a case at each point: an invitation and a reminder queued for the two
        // cases whose email is safe (and only them), one "no thanks", none for an email not safe.
        expect(made.stdout).toContain("2 survey emails are queued (only where email was safe)");
        const asks = await db.prisma.surveyAsk.findMany({ include: { referral: true } });
        expect(asks.filter((a) => a.emailedAt && !a.remindedAt)).toHaveLength(1);
        expect(asks.filter((a) => a.emailedAt && a.remindedAt)).toHaveLength(1);
        expect(asks.filter((a) => a.declinedAt)).toHaveLength(1);
        for (const ask of asks.filter((a) => a.emailedAt))
          expect(safeEmailOf(ask.referral)).toBe(ask.referral.contactEmail);
        const agreements = await db.prisma.agreementItem.findMany();
        expect(agreements.some((item) => item.status === "DONE")).toBe(true);
        expect(agreements.some((item) => item.status === "PARTLY")).toBe(true);
        // Reach: one asked for by a support worker (the referrer kept apart), one short request in Polish.
        const behalf = await db.prisma.referrer.findMany({ include: { referral: true } });
        expect(behalf.map((r) => [r.role, r.referral.askedBy])).toEqual([["victimSupport", "victimSupport"]]);
        expect(JSON.stringify(behalf[0]!.referral.answers)).not.toContain(behalf[0]!.name);
        expect(referrals.filter((r) => r.askedIn).map((r) => r.askedIn)).toEqual(["pl"]);
        // Every referral reads as the journey would have stored it, with a timeline matching its state.
        for (const referral of referrals) {
          expect(readAnswers(referral)["about-you"].fullName).toBe(referral.fullName);
          expect(referral.version).toBe(referral.events.length);
          if (referral.status === "CLOSED") expect(referral.closureReason).not.toBeNull();
        }
        for (const { email, password } of passwords) {
          expect(
            await signInWithPassword(
              db.prisma,
              { email, password, ipAddress: "192.0.2.50" },
              { idleMinutes: 30, absoluteHours: 12 },
            ),
          ).toMatchObject({ ok: true, next: "enrol" });
        }
      } finally {
        await db.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("works on PostgreSQL, and never in production", async () => {
    const database = await createTestDatabase("seed");
    try {
      const refused = seed({
        NODE_ENV: "production",
        MAIL_TO_FILES: "yes",
        DATABASE_URL: database.url,
        PROVIDER_EMAIL: "p@provider.example",
        MAIL_FROM: "n@service.example",
        APP_URL: "https://refer.example.org",
      });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain("NODE_ENV is production");
      const made = seed({ DATABASE_URL: database.url });
      expect(made.status).toBe(0);
      const db = await openDatabase({ databaseUrl: database.url, dataDir: ".unused" });
      try {
        expect(await db.prisma.referral.count()).toBeGreaterThanOrEqual(30);
      } finally {
        await db.close();
      }
    } finally {
      await database.drop();
    }
  });
});
