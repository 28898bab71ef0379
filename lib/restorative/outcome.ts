/**
 * The outcome of a case and its agreement. Recording the outcome of an open
 * case closes it, by the status rules, with the closure reason that follows
 * from it (a sensitive case stays open for an administrator to close): "Completed"
 * when restorative justice was delivered, else the reason it went no further.
 * The agreement's items are checked at follow-up. Behind the need-to-know rule.
 */
import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record";
import type { AuthorisedStaff } from "@/lib/auth/policy";
import { ukDay } from "@/lib/dates";
import { AppError } from "@/lib/errors/app-error";
import { checkTransition } from "@/lib/referrals/status-rules";
import { changeCase, type CaseChange } from "@/lib/workspace/case-change";
import { openNeedingToKnow, refuseIfWithdrawn } from "./need-to-know";
import { WHY_NOT } from "./outcome-fields";
import type { AgreementItemInput, OutcomeInput } from "./outcome-schemas";
import { isUuid } from "@/lib/db/ids";

const asDay = (isoDay: string | null) => (isoDay ? new Date(`${isoDay}T00:00:00Z`) : null);

const gate = (prisma: PrismaClient, staff: AuthorisedStaff, change: boolean, referralId: string, ip?: string) =>
  openNeedingToKnow(
    prisma,
    staff,
    change ? "restorative.change" : "restorative.read",
    referralId,
    "restorative.refused",
    ip,
  );

/** The closure reason an outcome gives the case. */
export function closureReasonFor(outcome: Pick<OutcomeInput, "delivered" | "whyNot">): string {
  if (outcome.delivered !== "NONE") return "completed";
  return WHY_NOT.find((w) => w.value === outcome.whyNot)?.closure ?? "other";
}

/** The case's outcome (null until recorded), its agreement and its sessions, for the outcome page and the report. */
export async function openOutcome(prisma: PrismaClient, staff: AuthorisedStaff, referralId: string, ip?: string) {
  const opened = await gate(prisma, staff, false, referralId, ip);
  const [referral, outcome, items, sessions] = await Promise.all([
    prisma.referral.findUniqueOrThrow({
      where: { id: opened.id },
      select: { version: true, sensitive: true, createdAt: true, closedAt: true, closureReason: true },
    }),
    prisma.caseOutcome.findUnique({
      where: { referralId: opened.id },
      include: { recordedBy: { select: { name: true } } },
    }),
    prisma.agreementItem.findMany({
      where: { referralId: opened.id },
      orderBy: [{ dueOn: "asc" }, { addedAt: "asc" }],
    }),
    prisma.caseSession.findMany({ where: { referralId: opened.id }, orderBy: { startsAt: "asc" } }),
  ]);
  await recordAudit(prisma, { action: "outcome.viewed", actorId: staff.userId, referralId: opened.id, ipAddress: ip });
  return { referral: { ...opened, ...referral }, outcome, items, sessions };
}

/**
 * Records (or corrects) what the case delivered. An open case is closed by it,
 * except a sensitive one saved by its facilitator, which is left open for an
 * administrator (`leftForAdmin`); a closed one keeps its closure. `version` is
 * the referral's, as the page showed it.
 */
export async function recordOutcome(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: OutcomeInput & { referralId: string; version: number; ipAddress?: string },
  now = new Date(),
): Promise<CaseChange & { leftForAdmin: boolean }> {
  await gate(prisma, staff, true, input.referralId, input.ipAddress);
  const closureReason = closureReasonFor(input);
  let leftForAdmin = false;
  const change = await changeCase(
    prisma,
    staff,
    input,
    { kind: "status", action: "outcome.recorded", details: { delivered: input.delivered, closureReason } },
    async (tx, referral) => {
      const data = {
        delivered: input.delivered,
        deliveredOn: asDay(input.deliveredOn),
        tookPart: input.tookPart,
        wishesMet: input.wishesMet,
        stageReached: input.stageReached,
        whyNot: input.whyNot,
        detail: input.detail,
        recordedById: staff.userId,
        recordedAt: now,
      };
      await tx.caseOutcome.upsert({
        where: { referralId: referral.id },
        create: { ...data, referralId: referral.id },
        update: data,
      });
      if (referral.status === "CLOSED") return;
      // A sensitive case is closed by an administrator (status-rules.ts): the facilitator's outcome is kept for them.
      if (referral.sensitive && staff.role !== "ADMIN") {
        leftForAdmin = true;
        return;
      }
      const check = checkTransition({
        from: referral.status,
        to: "CLOSED",
        role: staff.role === "ADMIN" ? "admin" : "staff",
        sensitive: referral.sensitive,
        closureReason,
        note: input.detail ?? undefined,
      });
      if (!check.ok) throw new AppError(`status.${check.refusal}`, "delivered");
      await tx.referralEvent.create({
        data: {
          referralId: referral.id,
          actorId: staff.userId,
          type: "STATUS_CHANGED",
          fromStatus: referral.status,
          toStatus: "CLOSED",
          closureReason,
          at: now,
        },
      });
      return { status: "CLOSED", closureReason, closedAt: now, nextStep: null, nextStepDue: null };
    },
  );
  return { ...change, leftForAdmin };
}

export async function addAgreementItem(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: AgreementItemInput & { referralId: string; ipAddress?: string },
): Promise<void> {
  const referral = await gate(prisma, staff, true, input.referralId, input.ipAddress);
  refuseIfWithdrawn(referral, "session");
  await prisma.$transaction(async (tx) => {
    await tx.agreementItem.create({
      data: {
        referralId: referral.id,
        what: input.what,
        owner: input.owner,
        dueOn: new Date(`${input.dueOn}T00:00:00Z`),
        addedById: staff.userId,
      },
    });
    await recordAudit(tx, {
      action: "agreement.item-added",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress: input.ipAddress,
    });
  });
}

/** One agreement item of the case (404 for another case's). */
export async function openAgreementItem(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; itemId: string; ipAddress?: string },
) {
  const referral = await gate(prisma, staff, false, input.referralId, input.ipAddress);
  const item = isUuid(input.itemId)
    ? await prisma.agreementItem.findFirst({ where: { id: input.itemId, referralId: referral.id } })
    : null;
  if (!item) throw new AppError("agreement.not-found");
  return { referral, item };
}

/** What follow-up found: done, partly or not; checked today. Still open after a withdrawal (it is what took place). */
export async function checkAgreementItem(
  prisma: PrismaClient,
  staff: AuthorisedStaff,
  input: { referralId: string; itemId: string; version: number; status: string; ipAddress?: string },
  now = new Date(),
): Promise<void> {
  const referral = await gate(prisma, staff, true, input.referralId, input.ipAddress);
  refuseIfWithdrawn(referral, "note");
  await prisma.$transaction(async (tx) => {
    const item = isUuid(input.itemId)
      ? await tx.agreementItem.findFirst({ where: { id: input.itemId, referralId: referral.id } })
      : null;
    if (!item) throw new AppError("agreement.not-found");
    const updated = await tx.agreementItem.updateMany({
      where: { id: item.id, version: input.version },
      data: { status: input.status, checkedOn: new Date(`${ukDay(now)}T00:00:00Z`), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("agreement.conflict", "status");
    await recordAudit(tx, {
      action: "agreement.item-checked",
      actorId: staff.userId,
      referralId: referral.id,
      ipAddress: input.ipAddress,
      details: { status: input.status },
    });
  });
}
