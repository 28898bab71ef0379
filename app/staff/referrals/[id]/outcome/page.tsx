import { SummaryRows } from "@/components/summary-rows";
import type { Metadata } from "next";
import { SubPageHead } from "@/components/staff/sub-page-head";
import { TableScroll } from "@/components/table-scroll";
import { AgreementItemForm, OutcomeForm } from "@/components/restorative/outcome-forms";
import { clientAddress, requireStaffPage } from "@/lib/auth/staff-session";
import { ukDay } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import type { FormValues } from "@/lib/forms/form-state";
import { openOutcome } from "@/lib/restorative/outcome";
import {
  dayWords,
  deliveredWords,
  itemStatusWords,
  ownerWords,
  stageWords,
  whyNotWords,
  wishesWords,
} from "@/lib/restorative/outcome-words";
import { peopleWords } from "@/lib/restorative/session-words";
import { addAgreementItemAction, recordOutcomeAction } from "./actions";
import { openOrRefuse } from "../need-to-know";

export const metadata: Metadata = { title: "Outcome and agreement" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  outcome: "The outcome is saved.",
  "outcome-for-admin": "The outcome is saved. This case is sensitive, so an administrator closes it.",
  item: "The item is added to the agreement.",
  checked: "The follow-up is saved.",
};

type Opened = Awaited<ReturnType<typeof openOutcome>>;

function outcomeValues(outcome: Opened["outcome"]): FormValues {
  if (!outcome) return {};
  const on = outcome.deliveredOn;
  return {
    delivered: outcome.delivered,
    stageReached: outcome.stageReached ?? "",
    whyNot: outcome.whyNot ?? "",
    tookPart: outcome.tookPart,
    wishesMet: outcome.wishesMet ?? "",
    detail: outcome.detail ?? "",
    ...(on
      ? {
          deliveredOnDay: String(on.getUTCDate()),
          deliveredOnMonth: String(on.getUTCMonth() + 1),
          deliveredOnYear: String(on.getUTCFullYear()),
        }
      : {}),
  };
}

/** The outcome and agreement of a case: for the case's facilitator and administrators only (403 otherwise). */
export default async function OutcomePage({ params, searchParams }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage(`/staff/referrals/${id}/outcome`, "restorative.read");
  const prisma = (await getDatabase()).prisma;
  const opened = await openOrRefuse(async () => openOutcome(prisma, staff, id, await clientAddress()));
  const { referral, outcome, items } = opened;
  const done = DONE[String((await searchParams).done)];
  const closed = referral.status === "CLOSED";
  // A sensitive case is closed by an administrator: the facilitator records the outcome for them.
  const closes = !closed && !(referral.sensitive && staff.role !== "ADMIN");
  const rows: Array<[string, string]> = outcome
    ? [
        ["Delivered", deliveredWords(outcome.delivered)],
        ...(outcome.delivered === "NONE"
          ? ([
              ["How far it got", stageWords(outcome.stageReached)],
              ["Why it went no further", whyNotWords(outcome.whyNot)],
            ] as Array<[string, string]>)
          : ([
              ["When", dayWords(outcome.deliveredOn)],
              ["Who took part", peopleWords(outcome.tookPart)],
            ] as Array<[string, string]>)),
        ["The victim’s wishes met", wishesWords(outcome.wishesMet)],
        ...(outcome.detail ? ([["Also recorded", outcome.detail]] as Array<[string, string]>) : []),
      ]
    : [];
  return (
    <>
      <SubPageHead
        role={staff.role}
        back={{ href: `/staff/referrals/${referral.id}`, text: `Referral ${referral.reference}` }}
        title="Outcome and agreement"
        done={done}
      />
      <p>
        For referral {referral.reference}.{" "}
        <a href={`/staff/referrals/${referral.id}/outcome/report`}>The end-of-case report</a> (to print) ·{" "}
        <a href={`/staff/referrals/${referral.id}/sessions`}>Sessions</a>
      </p>

      <h2 id="agreement-heading">The agreement</h2>
      {items.length ? (
        <TableScroll label="The agreement">
          <table className="table">
            <caption className="visually-hidden">What was agreed, soonest due first</caption>
            <thead>
              <tr>
                <th scope="col">What is agreed</th>
                <th scope="col">Who</th>
                <th scope="col">By when</th>
                <th scope="col">Follow-up</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td className="timeline__text">{item.what}</td>
                  <td>{ownerWords(item.owner)}</td>
                  <td>{dayWords(item.dueOn)}</td>
                  <td>
                    {itemStatusWords(item)}.{" "}
                    <a href={`/staff/referrals/${referral.id}/outcome/items/${item.id}`}>
                      Check at follow-up
                      <span className="visually-hidden"> whether this was done: {item.what.slice(0, 60)}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>Nothing agreed yet.</p>
      )}
      {referral.withdrawnAt ? null : (
        <>
          <h3>Add to the agreement</h3>
          <AgreementItemForm action={addAgreementItemAction.bind(null, referral.id)} />
        </>
      )}

      <h2 id="outcome-heading">The outcome</h2>
      {outcome ? <SummaryRows rows={rows} /> : <p>Not recorded yet.</p>}
      {referral.withdrawnAt ? (
        <p>The person withdrew their request themselves: the case is closed as they asked.</p>
      ) : (
        <>
          <h3>{outcome ? "Change the outcome" : closed ? "Record the outcome" : "Complete the case"}</h3>
          {closed ? null : (
            <div className="inset">
              {closes ? (
                <p>
                  Saving the outcome closes the case: “Completed” when restorative justice was delivered, otherwise with
                  the reason it went no further.
                </p>
              ) : (
                <p>
                  This case is sensitive, so an administrator closes it. Save the outcome and they will see it here when
                  they do.
                </p>
              )}
            </div>
          )}
          <OutcomeForm
            action={recordOutcomeAction.bind(null, referral.id)}
            initialValues={outcomeValues(outcome)}
            version={referral.version}
            today={ukDay(new Date())}
            submitLabel={closes ? "Save the outcome and close the case" : "Save the outcome"}
          />
        </>
      )}
    </>
  );
}
