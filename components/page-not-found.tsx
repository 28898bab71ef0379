import { PROBLEMS } from "@/lib/content/problems";

const { title, paragraphs } = PROBLEMS["not-found"];

/** What a public 404 page says, inside whichever frame its segment has (the same words as the server's plain one). */
export function PageNotFound() {
  return (
    <>
      <h1>{title}</h1>
      {paragraphs.map((text, index) => (
        // By place, not by its words: a key is sent in the page's data, and the words were sent twice.
        <p key={index}>{text}</p>
      ))}
      <p>
        You can go to the <a href="/">start of this site</a>, or read <a href="/get-help-now">how to get help now</a>.
      </p>
    </>
  );
}
