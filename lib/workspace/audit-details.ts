/**
 * What an audit entry's details say, in plain words: why a full export or an
 * erasure was done, what changed and how many. Never a search term (searches
 * store only how they searched). `personName` turns a staff account's id into
 * "Name (email)", so two people with the same name can be told apart.
 */
import { ROLE_LABELS } from "@/lib/auth/role-labels";
import { countOf } from "@/lib/plural";
import { ALL_CLOSURE_REASONS, STATUS_LABELS, type Status } from "@/lib/referrals/status-rules";
import { CONTACT_LABELS } from "@/lib/workspace/contact-labels";

type Details = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
const quoted = (value: unknown) => (text(value) ? `“${text(value)}”` : undefined);
const role = (value: unknown) => ROLE_LABELS[value as keyof typeof ROLE_LABELS] ?? text(value) ?? "?";
const sentence = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(". ");

const SEARCH_KINDS: Record<string, string> = {
  reference: "By reference",
  email: "By email address",
  phone: "By phone number",
};
const SIGN_IN_FAILURES: Record<string, string> = {
  "no-account": "No account with that email address",
  disabled: "The account is disabled",
  password: "Wrong password",
};

function dates(from: unknown, to: unknown): string {
  if (text(from) && text(to)) return `received ${text(from)} to ${text(to)}`;
  if (text(from)) return `received from ${text(from)}`;
  if (text(to)) return `received up to ${text(to)}`;
  return "all dates";
}

export function describeAuditDetails(
  action: string,
  details: unknown,
  personName: (id: unknown) => string | undefined,
): string {
  if (!details || typeof details !== "object") return "";
  const d = details as Details;
  switch (action) {
    case "export.referrals": {
      const statuses =
        Array.isArray(d.statuses) && d.statuses.length
          ? d.statuses.map((s) => STATUS_LABELS[s as Status] ?? String(s)).join(", ")
          : "every status";
      return sentence(
        `${d.mode === "full" ? "Full" : "Minimised"} export of ${countOf(Number(d.rowCount ?? 0), "referral")}, ${dates(d.from, d.to)}, ${statuses}`,
        quoted(d.reason) && `Reason: ${quoted(d.reason)}`,
      );
    }
    case "export.figures":
      return `Figures for ${dates(d.from, d.to).replace("received ", "")}`;
    case "referral.erased":
      return sentence(
        d.kind === "request" ? "Erased on request" : "Erased by the retention schedule",
        quoted(d.reason) && `Reason: ${quoted(d.reason)}`,
      );
    case "retention.run":
      return `${countOf(Number(d.erased ?? 0), "referral")} erased (closed: after ${String(d.closedDays)} days; withdrawn before contact: after ${String(d.withdrawnDays)} days)`;
    case "account.created":
      return `${personName(d.userId) ?? "An account"}, as ${role(d.role)}`;
    case "account.role-changed":
      return `${personName(d.userId) ?? "An account"}: ${role(d.from)} to ${role(d.to)}`;
    case "account.disabled":
    case "account.enabled":
    case "account.two-factor-reset":
    case "account.invitation-resent":
      return personName(d.userId) ?? "";
    case "subject-access.searched":
      return `${SEARCH_KINDS[String(d.by)] ?? "A search"}: ${countOf(Number(d.found ?? 0), "referral")} found`;
    case "subject-access.downloaded":
      return d.format === "json" ? "Downloaded as JSON" : "Opened the printable page";
    case "sign-in.succeeded":
      return d.method === "recovery-code"
        ? `With a recovery code (${countOf(Number(d.remaining ?? 0), "code")} left)`
        : "With the authenticator app";
    case "sign-in.failed":
      return sentence(SIGN_IN_FAILURES[String(d.reason)], text(d.email) && `Email address given: ${text(d.email)}`);
    case "sign-in.throttled":
      return text(d.email) ? `Email address given: ${text(d.email)}` : "";
    case "referral.status-changed":
      return `To ${STATUS_LABELS[d.to as Status] ?? String(d.to)}${text(d.closureReason) ? ` (${ALL_CLOSURE_REASONS.find((r) => r.value === d.closureReason)?.label ?? String(d.closureReason)})` : ""}`;
    case "referral.assigned":
      return d.assigneeId ? `To ${personName(d.assigneeId) ?? "a former member of staff"}` : "To nobody";
    case "referral.contact-attempt":
      return [CONTACT_LABELS[String(d.channel)], CONTACT_LABELS[String(d.outcome)]].filter(Boolean).join(": ");
    case "referral.sensitive-changed":
      return d.sensitive ? "Marked sensitive" : "No longer marked sensitive";
    default:
      return "";
  }
}

/** An address as people write it: an IPv4 address reached over IPv6 ("::ffff:192.0.2.7") as plain IPv4. */
export function plainAddress(address: string | null): string | null {
  return address?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1") ?? null;
}
