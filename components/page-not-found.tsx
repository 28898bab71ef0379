/** What a public 404 page says, inside whichever frame its segment has. */
export function PageNotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can go to the <a href="/">start of this site</a>, or read <a href="/get-help-now">how to get help now</a>.
      </p>
    </>
  );
}
