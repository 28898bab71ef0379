/**
 * Writes one referral row inside the caller's transaction (Database.withWriteTransaction): the whole journey
 * (submit-referral.ts) and the short request in another language
 * (short-request.ts) both come here, so a referral is made one way.
 *
 * Its emails (to the provider, and the confirmations asked for) are not
 * queued here: the same statement adds it to referral_emails_to_queue, and the
 * worker queues them a moment later (delivery/queue-new-referrals.ts).
 *
 * ON CONFLICT DO NOTHING: a reference already used is tried again with
 * another, instead of counting first; the same idempotency key (the same
 * draft or form sent twice) finds the referral already made.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { SqlRunner } from "@/lib/db";
import { ukDay } from "@/lib/dates";
import { contactColumns } from "./contact-columns";
import { generateReference } from "./reference";
import { addWorkingDays } from "./working-days";

export type NewReferral = {
  now: Date;
  consentGivenAt: Date;
  consentVersion: string;
  /** The person's answers, by step: what they were asked, and nothing about anyone else. */
  answers: { "about-you": { fullName: string }; "safe-contact": Parameters<typeof contactColumns>[0] };
  crimeType: string;
  sensitive: boolean;
  heardAbout: string | null;
  askedBy: string;
  askedIn: string | null;
  idempotencyKey: string;
  wantsConfirmation: boolean;
  firstContactWorkingDays: number;
  newReference?: () => string;
};

export type Inserted = { referralId: string; reference: string; alreadySubmitted: boolean };

const REFERENCE_ATTEMPTS = 10;

/** The referral already made with this idempotency key (the same draft or form sent again), if any. */
export async function referralMadeWith(tx: SqlRunner, idempotencyKey: string): Promise<Inserted | null> {
  const [row] = await tx.query<{ id: string; reference: string }>(
    "SELECT id, reference FROM referrals WHERE idempotency_key = $1",
    [idempotencyKey],
  );
  return row ? { referralId: row.id, reference: row.reference, alreadySubmitted: true } : null;
}

export async function insertReferral(tx: SqlRunner, r: NewReferral): Promise<Inserted> {
  const { contactEmail, contactPhones } = contactColumns(r.answers["safe-contact"]);
  const id = randomUUID();
  const firstContactDue = addWorkingDays(r.now, r.firstContactWorkingDays);
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
    const candidate = (r.newReference ?? generateReference)();
    const inserted = await tx.query<{ reference: string }>(
      `WITH made AS (
         INSERT INTO referrals (id, reference, created_at, updated_at, consent_given_at, consent_version, answers, full_name, crime_type,
           heard_about, asked_by, asked_in, sensitive, idempotency_key, victim_email_status, first_contact_due_at, next_step_due, contact_email, contact_phones)
         VALUES ($1::uuid, $2, $3, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11, $12, $13, $14::delivery_status, $15, $16::date, $17, $18::text[])
         ON CONFLICT DO NOTHING RETURNING id, reference
       ), owed AS (INSERT INTO referral_emails_to_queue (referral_id) SELECT id FROM made)
       SELECT reference FROM made`,
      [
        id,
        candidate,
        r.now,
        r.consentGivenAt,
        r.consentVersion,
        JSON.stringify(r.answers),
        r.answers["about-you"].fullName,
        r.crimeType,
        r.heardAbout,
        r.askedBy,
        r.askedIn,
        r.sensitive,
        r.idempotencyKey,
        r.wantsConfirmation ? "PENDING" : "NOT_REQUESTED",
        firstContactDue,
        ukDay(firstContactDue),
        contactEmail,
        contactPhones,
      ],
    );
    if (inserted[0]) return { referralId: id, reference: inserted[0].reference, alreadySubmitted: false };
    // Nothing inserted: a reference already in use (try another), or, in theory, this key's referral already made.
    const made = await referralMadeWith(tx, r.idempotencyKey);
    if (made) return made;
  }
  throw new Error(`Could not find an unused reference in ${REFERENCE_ATTEMPTS} attempts`);
}
