/** The way into the referral journey, on every content page. */
export function AskCallToAction() {
  return (
    <div className="panel">
      <h2>Thinking about it?</h2>
      <p>
        Asking does not commit you to anything. A trained facilitator will contact you, in the way you say is safe, to
        talk it through. You can stop at any time.
      </p>
      <a href="/ask" className="button">
        Ask for restorative justice
      </a>
    </div>
  );
}
