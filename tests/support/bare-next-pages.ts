/**
 * The benchmark pages of the bare Next.js app (tests/support/bare-next.ts):
 * plain Next.js and Prisma, none of the service's code, so that each ratio
 * says how far the service is from what the framework itself can do.
 */

/** The bare app's one table, made by the benchmark in its database. */
export const BARE_TABLE = `CREATE TABLE IF NOT EXISTS bare_requests (
  id uuid PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), answers jsonb NOT NULL)`;

const SCHEMA = `generator client {
  provider     = "prisma-client"
  output       = "../generated/prisma"
  moduleFormat = "cjs"
}

datasource db {
  provider = "postgresql"
}

model BareRequest {
  id        String   @id @db.Uuid
  createdAt DateTime @default(now()) @map("created_at") @db.Timestamptz(6)
  answers   Json
  @@map("bare_requests")
}
`;

const DATABASE = `import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

// One client per process, with the same pool size as the service's (10).
globalThis.__bare ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, max: 10 }) });
export const prisma = globalThis.__bare;
`;

/** One server action: one Prisma INSERT of the same answers a referral holds, then the 303 a form post gets. */
const SEND_ACTION = `"use server";
import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { prisma } from "../db";
import answers from "../answers.json";

export async function send() {
  await prisma.bareRequest.create({ data: { id: randomUUID(), answers } });
  redirect("/send/done");
}
`;

const SEND_PAGE = `import { send } from "./actions";
export const dynamic = "force-dynamic";
export default function Page() {
  return <main><h1>Check your answers</h1><form action={send}><button type="submit">Send</button></form></main>;
}
`;

const DONE_PAGE = `export default function Page() { return <main><h1>Sent</h1></main>; }\n`;

/**
 * About a question page's size and shape (a header and its links, one form with
 * a text question and a yes/no question, help in the footer): the HTML it sends is
 * printed beside the service's by the benchmark. It reads a cookie, as a question page reads its draft's.
 */
const QUESTION_PAGE = `import { cookies } from "next/headers";
export const dynamic = "force-dynamic";
export const metadata = { title: "About you – a bare question page", description: "A page of a question page's size." };
const links = ["What it is", "How it works", "Is it right for me", "Benefits", "After you ask", "Get help now", "Staying safe online", "About the provider"];
const help = Array.from({ length: 16 }, (_, i) => "Help line " + (i + 1) + ": someone to talk to, any time, about what happened and what you can do next.");
const ways = ["Phone", "Text message", "Email", "Letter"];
export default async function Page() {
  const sid = (await cookies()).get("sid")?.value ?? "";
  return (
    <>
      <a href="#main">Skip to main content</a>
      <aside aria-label="Exit this page"><p>Or press Shift 3 times</p><a href="/exit">Exit this page</a></aside>
      <header><a href="/">Restorative justice</a><nav aria-label="Main"><ul>{links.map((l) => <li key={l}><a href={"/" + l}>{l}</a></li>)}</ul></nav></header>
      <main id="main">
        <a href="/ask">Back</a>
        <p>Step 1 of 6</p>
        <h1>About you</h1>
        <p>We ask only what the facilitator needs to contact you safely. {sid ? "Your answers are saved as you go." : ""}</p>
        <form method="post">
          <input type="hidden" name="step" value="about-you" />
          <div><label htmlFor="fullName">Your full name</label><p id="fullName-hint">The name you would like us to use.</p><input id="fullName" name="fullName" aria-describedby="fullName-hint" autoComplete="name" /></div>
          <fieldset><legend>Are you 18 or over?</legend>
            {["yes", "no"].map((v) => <div key={v}><input type="radio" id={"over18-" + v} name="over18" value={v} /><label htmlFor={"over18-" + v}>{v === "yes" ? "Yes" : "No"}</label></div>)}
          </fieldset>
          <fieldset><legend>How may we contact you?</legend>
            {ways.map((w) => <div key={w}><input type="checkbox" id={"way-" + w} name="ways" value={w} /><label htmlFor={"way-" + w}>{w}</label></div>)}
          </fieldset>
          <button type="submit">Continue</button>
        </form>
        <details><summary>Why we ask</summary><p>So that the facilitator can speak to you in the right way, and can tell whether a parent or carer should be with you.</p></details>
      </main>
      <footer><h2>Get help now</h2><ul>{help.map((h, i) => <li key={i}><p>{h} <a href={"/help/" + i}>Find out more</a></p></li>)}</ul><p>If you are in danger now, call 999.</p></footer>
    </>
  );
}
`;

export function benchFiles(answers: unknown): Record<string, string> {
  return {
    "prisma/schema.prisma": SCHEMA,
    "app/db.js": DATABASE,
    "app/answers.json": JSON.stringify(answers),
    "app/send/actions.js": SEND_ACTION,
    "app/send/page.js": SEND_PAGE,
    "app/send/done/page.js": DONE_PAGE,
    "app/question/page.js": QUESTION_PAGE,
  };
}
