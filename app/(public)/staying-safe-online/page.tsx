import type { Metadata } from "next";
import { pageTitle } from "@/lib/content/site";

const TITLE = pageTitle("/staying-safe-online");
export const metadata: Metadata = { title: TITLE };

export default function StayingSafeOnlinePage() {
  return (
    <>
      <h1>{TITLE}</h1>
      <p className="lead">
        If you are worried that someone might check what you do on your phone or computer, these steps can help.
      </p>

      <h2>What “Exit this page” does</h2>
      <ul>
        <li>It takes you straight to the BBC Weather website, or another everyday site.</li>
        <li>It deletes any answers you had started giving on this site, and ends your visit on our side.</li>
        <li>
          If JavaScript is on in your browser, it hides the page at once, and pressing Back will not bring this site
          back. You can also press the Shift key 3 times in a row to exit.
        </li>
      </ul>

      <h2>What it does not do</h2>
      <ul>
        <li>It does not delete this site from your browsing history.</li>
        <li>Without JavaScript, pressing Back may bring this site back.</li>
        <li>It cannot hide your visit from someone who can see your internet provider’s or your employer’s records.</li>
      </ul>

      <h2>Use private browsing</h2>
      <p>
        Private browsing stops the browser keeping a history of the pages you visit once you close the private window.
        It is called “InPrivate” in Microsoft Edge, “Incognito” in Google Chrome and “Private Browsing” in Safari and
        Firefox. Look for it in your browser’s menu.
      </p>

      <h2>Clear your history</h2>
      <p>
        If you did not use private browsing, you can delete this site from your history. In most browsers, open the
        menu, choose “History”, then delete the entries for this site, or clear your history for the time you were here.
        Deleting only some entries may be less noticeable than clearing everything.
      </p>

      <h2>Other things to think about</h2>
      <ul>
        <li>If you can, use a device that only you use, or one at a library, a friend’s home or work.</li>
        <li>
          Someone who knows your email or phone passwords may see messages we send you. When you ask, you choose how we
          may contact you.
        </li>
        <li>Close this window when you have finished.</li>
      </ul>
    </>
  );
}
