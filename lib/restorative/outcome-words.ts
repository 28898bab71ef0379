/** The outcome and the agreement in words, for the pages, the report and the packs (pure). */
import { formatDate } from "@/lib/dates";
import { AGREEMENT_OWNERS, DELIVERED_BY, ITEM_STATUSES, STAGES_REACHED, WHY_NOT, WISHES_MET } from "./outcome-fields";
import { labelOf } from "./session-fields";

/** A date column (midnight UTC of the day meant) as "14 Jan 2027". */
export const dayWords = (day: Date | null) =>
  day ? formatDate(new Date(`${day.toISOString().slice(0, 10)}T12:00:00Z`)) : "";

export const deliveredWords = (delivered: string) => labelOf(DELIVERED_BY, delivered);
export const wishesWords = (wishes: string | null) => labelOf(WISHES_MET, wishes);
export const stageWords = (stage: string | null) => labelOf(STAGES_REACHED, stage);
export const whyNotWords = (why: string | null) => labelOf(WHY_NOT, why);
export const ownerWords = (owner: string) => labelOf(AGREEMENT_OWNERS, owner);

export const itemStatusWords = (item: { status: string | null; checkedOn: Date | null }) =>
  item.status ? `${labelOf(ITEM_STATUSES, item.status)} (checked ${dayWords(item.checkedOn)})` : "Not checked yet";
