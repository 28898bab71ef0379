import type { Metadata } from "next";
import { RelatedLinks } from "@/components/related-links";
import { pageTitle } from "@/lib/content/site";
import { formatDate } from "@/lib/dates";
import { getDatabase } from "@/lib/db";
import { publicFigures, PUBLIC_THRESHOLD } from "@/lib/survey/public-figures";
import type { ShareFigure } from "@/lib/survey/statistics";

const TITLE = pageTitle("/how-we-are-doing");
export const metadata: Metadata = { title: TITLE };
// The figures are worked out once a day (lib/survey/public-figures.ts), never at build time.
export const dynamic = "force-dynamic";

const percent = (x: number) => `${Math.round(x * 100)}%`;

function Figure({ figure, what, study }: { figure: ShareFigure; what: string; study: string }) {
  if (!figure.shown) return <li>Too few people answered this question to show it yet.</li>;
  return (
    <li>
      <strong>{percent(figure.share)}</strong> {what} ({figure.successes} of {figure.n} people who answered). The true
      figure is most likely between {percent(figure.interval.low)} and {percent(figure.interval.high)}. The national
      studies found {study}.
    </li>
  );
}

/** What people who used this service said afterwards: public, the same for everyone, refreshed daily. */
export default async function HowWeAreDoingPage() {
  const figures = await publicFigures((await getDatabase()).prisma);
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        After their case, we ask people who used this service how it went, if they are happy to tell us. This page shows
        what they said over the last 12 months.
      </p>
      {figures.shown ? (
        <>
          <h2>What people said</h2>
          <p>
            Since {formatDate(figures.since)}, {figures.answered} people told us how it went.
          </p>
          <ul className="figures">
            <Figure figure={figures.satisfied} what="were satisfied or very satisfied" study="85%" />
            <Figure figure={figures.recommend} what="would recommend restorative justice to others" study="78%" />
          </ul>
        </>
      ) : (
        <>
          <h2>Not enough answers yet</h2>
          <p>
            We show figures once at least {PUBLIC_THRESHOLD} people have told us how it went over the last 12 months.
            Fewer answers would say little, and could point to someone.
          </p>
        </>
      )}
      <h2>What these figures mean, and what they do not</h2>
      <ul>
        <li>They come only from people who chose to answer, who may not be like everyone who used the service.</li>
        <li>
          The range given with each figure is where the true figure most likely lies: the fewer the answers, the wider
          the range.
        </li>
        <li>
          The national studies are of people who met face to face. Here, some people exchanged letters or messages
          instead, and some decided not to go ahead, so the figures are a comparison, not a test.
        </li>
        <li>We never publish what anyone wrote to us, or anything that could say who they are.</li>
      </ul>
      <p className="secondary">The figures are worked out once a day.</p>
      <RelatedLinks hrefs={["/benefits-and-evidence", "/how-it-works"]} />
    </>
  );
}
