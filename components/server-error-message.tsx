/** The words of the 500 page: no detail about what went wrong, which is only in the log. */
export function ServerErrorMessage() {
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later.</p>
      <p>
        If you are in danger now, call <a className="phone" href="tel:999">999</a>. For other help, see{" "}
        <a href="/get-help-now">get help now</a>.
      </p>
    </>
  );
}
