import {
  askedForByLine,
  contactRuleLine,
  referrerContactRows,
  type ReferrerDetails,
} from "@/lib/referrals/referrer-summary";

/** At the top of a referral someone asked for on the person's behalf: who, how the person agreed, and who to contact. */
export function AskedForBy({ referrer }: { referrer: ReferrerDetails }) {
  return (
    <div className="notification notification--person" role="region" aria-labelledby="asked-for-by">
      <h2 id="asked-for-by">Asked for by someone else</h2>
      <p>
        <strong>{askedForByLine(referrer)}.</strong>
      </p>
      <p>{contactRuleLine(referrer)}</p>
      <p>
        {referrerContactRows(referrer).map((row) => (
          <span key={row.name}>
            {row.question}: {row.answer}
            <br />
          </span>
        ))}
      </p>
    </div>
  );
}
