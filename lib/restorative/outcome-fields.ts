/**
 * The questions for a case's outcome and its agreement, shown by the outcome
 * pages and checked by outcome-schemas.ts: the same words on the page, in the
 * end-of-case report, the packs and the commissioner's return.
 */
import { dateGroup, type Field } from "@/lib/referrals/form-fields";
import { SESSION_PEOPLE } from "./session-fields";

/** How restorative justice was delivered: a meeting is direct, the rest indirect. */
export const DELIVERED_BY = [
  { value: "FACE_TO_FACE", label: "A face-to-face meeting", direct: true },
  { value: "VIDEO", label: "A meeting by video call", direct: true },
  { value: "SHUTTLE", label: "Shuttle exchange (messages carried by the facilitator)", direct: false },
  { value: "LETTERS", label: "Letters exchanged", direct: false },
  { value: "RECORDED_MESSAGE", label: "A recorded message", direct: false },
  { value: "NONE", label: "None: the case is closed without restorative justice", direct: false },
] as const;
export type DeliveredBy = (typeof DELIVERED_BY)[number]["value"];

export const WISHES_MET = [
  { value: "yes", label: "Yes" },
  { value: "partly", label: "Partly" },
  { value: "no", label: "No" },
  { value: "notSaid", label: "They did not say" },
] as const;

/** How far a case got before it closed without restorative justice, earliest first. */
export const STAGES_REACHED = [
  { value: "notContacted", label: "The victim was never reached" },
  { value: "contacted", label: "The victim was spoken to" },
  { value: "assessed", label: "The victim was assessed" },
  { value: "responsibleApproached", label: "The person responsible was approached" },
  { value: "preparing", label: "Both were being prepared" },
] as const;

/**
 * Why it went no further, and whose side the reason is on (a pack shows only
 * its own side's reasons).
 */
export const WHY_NOT = [
  { value: "victimWithdrew", label: "The victim withdrew", side: "victim", closure: "victimWithdrew" },
  { value: "victimDeclined", label: "The victim decided against it", side: "victim", closure: "victimWithdrew" },
  { value: "unableToContact", label: "We could not reach the victim", side: "victim", closure: "unableToContact" },
  {
    value: "responsibleDenied",
    label: "The person responsible did not admit it",
    side: "responsible",
    closure: "otherPartyUnwilling",
  },
  {
    value: "responsibleDeclined",
    label: "The person responsible declined",
    side: "responsible",
    closure: "otherPartyUnwilling",
  },
  { value: "notSuitable", label: "Not suitable (risk or safety)", side: "both", closure: "unsuitable" },
  { value: "other", label: "Something else", side: "both", closure: "other" },
] as const;

export const AGREEMENT_OWNERS = [
  { value: "responsible", label: "The person responsible" },
  { value: "victim", label: "The victim" },
  { value: "both", label: "Both of them" },
  { value: "someoneElse", label: "Someone else (say who in what is agreed)" },
] as const;

export const ITEM_STATUSES = [
  { value: "DONE", label: "Done" },
  { value: "PARTLY", label: "Partly done" },
  { value: "NOT_DONE", label: "Not done" },
] as const;

export const OUTCOME_LIMITS = { detail: 1000, what: 500 };

export const OUTCOME_FIELDS: Field[] = [
  {
    kind: "radios",
    name: "delivered",
    label: "What was delivered?",
    options: DELIVERED_BY.map((d) => ({
      value: d.value,
      label: d.label,
      reveals:
        d.value === "NONE"
          ? [
              { kind: "radios" as const, name: "stageReached", label: "How far did it get?", options: STAGES_REACHED },
              { kind: "radios" as const, name: "whyNot", label: "Why did it go no further?", options: WHY_NOT },
            ]
          : undefined,
    })),
  },
  dateGroup(
    "deliveredOn",
    "When was it delivered?",
    "The day of the meeting or the last exchange, for example 14 1 2027. Leave blank if none was delivered",
  ),
  {
    kind: "checkboxes",
    name: "tookPart",
    label: "Who took part?",
    hint: "Leave blank if none was delivered",
    options: SESSION_PEOPLE,
  },
  { kind: "radios", name: "wishesMet", label: "Were the victim's wishes met?", options: WISHES_MET },
  {
    kind: "textarea",
    name: "detail",
    label: "Anything else to record",
    optional: true,
    hint: "Needed when the reason is “Something else”",
    rows: 3,
    maxLength: OUTCOME_LIMITS.detail,
  },
];

export const AGREEMENT_ITEM_FIELDS: Field[] = [
  {
    kind: "textarea",
    name: "what",
    label: "What is agreed",
    hint: "For example, write a letter of apology",
    rows: 2,
    maxLength: OUTCOME_LIMITS.what,
  },
  { kind: "radios", name: "owner", label: "Who will do it?", options: AGREEMENT_OWNERS },
  dateGroup("due", "By when?", "For example, 28 2 2027"),
];

export const FOLLOW_UP_FIELDS: Field[] = [
  { kind: "radios", name: "status", label: "At follow-up, has it been done?", options: ITEM_STATUSES },
];
