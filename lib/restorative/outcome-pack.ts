/**
 * The outcome and the agreement as one side's subject-access pack holds them
 * (pure). Both sides agreed to the agreement, so each sees what was agreed;
 * whether an item was done is shown only for that side's own items (or both's).
 * Why the case went no further is shown only when the reason is that side's
 * own; the victim's wishes only to the victim.
 */
import { WHY_NOT } from "./outcome-fields";
import {
  dayWords,
  deliveredWords,
  itemStatusWords,
  ownerWords,
  stageWords,
  whyNotWords,
  wishesWords,
} from "./outcome-words";

type Side = "victim" | "responsible";

export function outcomeForPack(
  outcome: {
    delivered: string;
    deliveredOn: Date | null;
    wishesMet: string | null;
    stageReached: string | null;
    whyNot: string | null;
  } | null,
  side: Side,
) {
  if (!outcome) return null;
  const reasonSide = WHY_NOT.find((w) => w.value === outcome.whyNot)?.side;
  return {
    delivered: deliveredWords(outcome.delivered),
    on: dayWords(outcome.deliveredOn) || null,
    howFarItGot: outcome.delivered === "NONE" ? stageWords(outcome.stageReached) : null,
    whyNot:
      outcome.delivered === "NONE"
        ? reasonSide === side || reasonSide === "both"
          ? whyNotWords(outcome.whyNot)
          : "Not included: it concerns someone else"
        : null,
    ...(side === "victim" ? { yourWishesMet: wishesWords(outcome.wishesMet) } : {}),
  };
}

export function agreementForPack(
  items: Array<{ what: string; owner: string; dueOn: Date; status: string | null; checkedOn: Date | null }>,
  side: Side,
) {
  return items.map((item) => ({
    what: item.what,
    who: ownerWords(item.owner),
    byWhen: dayWords(item.dueOn),
    followUp:
      item.owner === side || item.owner === "both" ? itemStatusWords(item) : "Not included: it concerns someone else",
  }));
}
