/**
 * Turns a complete draft into a referral. One transaction writes the referral
 * (which says which emails it needs: to the provider, and the confirmations
 * asked for), counts it against the limits and deletes the draft: either all of
 * it happens or none of it. The worker queues its emails a moment later, from
 * the row (delivery/queue-new-referrals.ts).
 *
 * Submitting the same draft twice (double click, Back and submit again, a
 * retried request) finds the referral the first submit made, by the draft's
 * token hash, and returns the same reference.
 *
 * Not sent, it throws AppError: send.no-draft (expired or never made),
 * send.no-consent, send.too-soon, or UnansweredSteps. Thrown inside the
 * transaction, each rolls the draft's deletion back, so nothing typed is lost.
 */
import "server-only";
import type { Database, SqlRunner } from "@/lib/db";
import { referrerSchema, sameEmail, type ReferrerAnswers } from "./referrer";
import type { DraftAnswers } from "./draft";
import { SENSITIVE_CRIME_TYPES } from "./options";
import { sentTooSoon } from "./sent-too-soon";
import { insertReferral, referralMadeWith, type Inserted } from "./insert-referral";
import { referralAnswersSchema, STEP_IDS, type StepId } from "./schema";
import { AppError } from "@/lib/errors/app-error";

/** Who asked, in its own table (never in the person's answers), and whether they get a discreet confirmation (if they gave an email). */
async function keepReferrerApart(tx: SqlRunner, referralId: string, r: ReferrerAnswers): Promise<void> {
  await tx.query(
    `INSERT INTO referrers (referral_id, role, name, organisation, email, phone, agreed_how, agreed_on, may_contact_referrer, confirmation_status)
     VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8::date, $9, $10::delivery_status)`,
    [
      referralId,
      r.role,
      r.name,
      r.organisation ?? null,
      r.email ?? null,
      r.phone ?? null,
      r.agreedHow,
      r.agreedOn,
      r.mayContactReferrer === "yes",
      r.email ? "PENDING" : "NOT_REQUESTED",
    ],
  );
}

export type Submitted = Inserted;

/** Not sent: some pages have no answer, or one no longer valid (each gets its own message, by its title). */
export class UnansweredSteps extends AppError {
  constructor(readonly steps: StepId[]) {
    super("send.unanswered");
  }
}

/** Which steps still need an answer (or have an answer that is no longer valid). */
export function incompleteSteps(answers: DraftAnswers): StepId[] {
  const parsed = referralAnswersSchema.safeParse(answers.steps);
  if (parsed.success) return [];
  const steps = new Set(parsed.error.issues.map((issue) => issue.path[0] as StepId));
  return STEP_IDS.filter((step) => steps.has(step));
}

export type SubmitOptions = {
  firstContactWorkingDays: number;
  now?: Date;
  /** Where references come from (tests give clashing ones). */
  newReference?: () => string;
  /** Sent sooner than this after consent: not a person who has read every page (MIN_SECONDS_BEFORE_SENDING). */
  minSecondsBeforeSending?: number;
  /**
   * Counts the send against its limits, last in the transaction, only for a new
   * referral (journey-limits.ts countSend); it throws to refuse, which rolls all of it back.
   */
  countSend?: (tx: SqlRunner) => Promise<void>;
};

/**
 * One transaction, few round trips: take the draft (DELETE … RETURNING, which
 * also makes a second submit of the same draft wait, then find nothing),
 * insert the referral (insert-referral.ts), count it against the limits (one
 * statement, last, as its rows are shared by every send). Its emails' jobs are
 * not written here: about a seventh of the send's cost (issue 24), and the row
 * already says they are owed. In SQL
 * on one held connection rather than a Prisma interactive transaction, whose
 * own work cost the send about a sixth of its CPU (issue 24).
 */
export async function submitReferral(
  database: Pick<Database, "withWriteTransaction">,
  tokenHash: string,
  options: SubmitOptions = { firstContactWorkingDays: 2 },
): Promise<Submitted> {
  const now = options.now ?? new Date();
  return database.withWriteTransaction(async (tx) => {
    const taken = await tx.query<{ answers: DraftAnswers }>(
      "DELETE FROM referral_drafts WHERE token_hash = $1 AND expires_at > $2 RETURNING answers",
      [tokenHash, now],
    );
    if (taken.length === 0) {
      // Sent already (a double click, Back, a retried request): the same referral, the same reference.
      const existing = await referralMadeWith(tx, tokenHash);
      if (existing) return existing;
      throw new AppError("send.no-draft");
    }
    const draft = taken[0]!.answers;
    if (!draft.consent) throw new AppError("send.no-consent");
    if (sentTooSoon(draft.consent.givenAt, options.minSecondsBeforeSending ?? 0, now))
      throw new AppError("send.too-soon");
    const parsed = referralAnswersSchema.safeParse(draft.steps);
    if (!parsed.success) throw new UnansweredSteps(incompleteSteps(draft));
    const answers = parsed.data;
    // Asked for someone else: checked again here, as the referrer's answers may have changed since their page.
    const referrer = draft.onBehalf ? referrerSchema.safeParse(draft.onBehalf) : undefined;
    if (referrer && !referrer.success) throw new AppError("send.no-consent");
    if (referrer?.success && sameEmail(referrer.data, answers["safe-contact"].emailAddress))
      throw new UnansweredSteps(["safe-contact"]);
    const wantsConfirmation =
      answers["safe-contact"].emailConfirmation && Boolean(answers["safe-contact"].emailAddress);
    const made = await insertReferral(tx, {
      now,
      consentGivenAt: new Date(draft.consent.givenAt),
      consentVersion: draft.consent.version,
      answers,
      crimeType: answers["what-happened"].crimeType,
      sensitive: SENSITIVE_CRIME_TYPES.includes(answers["what-happened"].crimeType),
      heardAbout: answers.support.heardAbout ?? null,
      askedBy: referrer?.data?.role ?? "self",
      askedIn: null,
      idempotencyKey: tokenHash,
      wantsConfirmation,
      firstContactWorkingDays: options.firstContactWorkingDays,
      newReference: options.newReference,
    });
    if (made.alreadySubmitted) return made;
    if (referrer?.data) await keepReferrerApart(tx, made.referralId, referrer.data);
    await options.countSend?.(tx);
    return made;
  });
}
