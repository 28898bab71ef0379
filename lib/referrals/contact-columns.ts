/**
 * A referral's contact details in the one form subject-access search looks
 * for (columns contact_email and contact_phones): written when a referral is
 * made, read by nothing else. The same rules as the search box's
 * (normalisePhone), so "+44 (0)151 496 0000" finds "0151 496 0000".
 */
import { normalisePhone } from "@/lib/forms/phone";

export function contactColumns(safeContact: { emailAddress?: unknown; phoneNumber?: unknown; mobileNumber?: unknown }) {
  const email = typeof safeContact.emailAddress === "string" ? safeContact.emailAddress.trim().toLowerCase() : "";
  const phones = [safeContact.phoneNumber, safeContact.mobileNumber]
    .map((number) => (typeof number === "string" ? normalisePhone(number) : ""))
    .filter((number) => number !== "");
  return { contactEmail: email || null, contactPhones: [...new Set(phones)] };
}
