/**
 * A browser without JavaScript, in miniature: keeps cookies, loads a page,
 * fills in its form (keeping the hidden fields Next.js puts there for server
 * actions), posts it as multipart like a browser does, and follows redirects.
 * Far faster than Chromium, for tests that send many requests (limits, drills,
 * logs); the end-to-end tests still drive a real browser for everything a
 * person sees.
 */
import http from "node:http";

export type Page = { status: number; url: string; html: string; headers: Headers };

export type FormClientOptions = {
  headers?: Record<string, string>;
  /** Connect from this local address (127.0.0.2, …: another client on this machine). */
  localAddress?: string;
};

type Answer = { status: number; headers: Headers; text: string };

/** One HTTP request with node:http (fetch cannot choose the local address), redirects not followed. */
function request(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: Buffer },
  localAddress?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method, headers: init.headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value])
            headers.append(name, one);
        }
        resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/** A form encoded as a browser would send it (multipart), with its content type. */
async function multipart(body: FormData): Promise<{ buffer: Buffer; type: string }> {
  const encoded = new Request("http://localhost/", { method: "POST", body });
  return { buffer: Buffer.from(await encoded.arrayBuffer()), type: encoded.headers.get("content-type")! };
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The hidden inputs of the form inside <main> (Next.js's action id, key and bound state). */
export function hiddenFields(html: string, formIndex = 0): Array<[string, string]> {
  const main = html.slice(Math.max(0, html.indexOf("<main")));
  const forms = main.split("<form").slice(1);
  const form = forms[formIndex]?.split("</form>")[0] ?? "";
  const fields: Array<[string, string]> = [];
  for (const match of form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields.push([decode(match[1]!), decode(match[2] ?? "")]);
  }
  return fields;
}

export class FormClient {
  private cookies = new Map<string, string>();

  constructor(
    public base: string,
    private readonly options: FormClientOptions = {},
  ) {}

  /** Carries on at another instance of the service (behind one address, as a load balancer would), cookies and all. */
  moveTo(base: string): void {
    this.base = base;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private remember(response: Answer): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      if (/max-age=0/i.test(line) || value === "") this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
  }

  private requestHeaders(extra: Record<string, string> = {}): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return { accept: "text/html", ...(cookie ? { cookie } : {}), ...this.options.headers, ...extra };
  }

  /** Fetches `path`, following redirects within this site like a browser. */
  async get(path: string): Promise<Page> {
    let url = new URL(path, this.base).toString();
    for (let hops = 0; hops < 10; hops += 1) {
      const response = await request(url, { method: "GET", headers: this.requestHeaders() }, this.options.localAddress);
      this.remember(response);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        url = new URL(location, url).toString();
        if (!url.startsWith(this.base)) return { status: response.status, url, html: "", headers: response.headers };
        continue;
      }
      return { status: response.status, url, html: response.text, headers: response.headers };
    }
    throw new Error(`Too many redirects from ${path}`);
  }

  /** Posts the main form of `page` with `values` (repeat a name by giving an array), then follows the answer. */
  async submit(page: Page, values: Record<string, string | string[]>, formIndex = 0): Promise<Page> {
    const body = new FormData();
    for (const [name, value] of hiddenFields(page.html, formIndex)) body.append(name, value);
    for (const [name, value] of Object.entries(values)) {
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    }
    const { buffer, type } = await multipart(body);
    const response = await request(
      page.url,
      {
        method: "POST",
        body: buffer,
        headers: this.requestHeaders({
          origin: new URL(this.base).origin,
          "content-type": type,
          "content-length": String(buffer.length),
        }),
      },
      this.options.localAddress,
    );
    this.remember(response);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location)
      return this.get(new URL(location, page.url).toString());
    return { status: response.status, url: page.url, html: response.text, headers: response.headers };
  }
}

/** The page's <h1>, as text. */
export function heading(html: string): string {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return decode((match?.[1] ?? "").replace(/<[^>]+>/g, "")).trim();
}

export type JourneyAnswers = {
  fullName: string;
  email?: string;
  phone?: string;
  description?: string;
  /** Pause on "Check your answers" before sending, as a person reading them would. */
  readForMs?: number;
};

/** The pages of the journey in order, and what a person without JavaScript sends from each. */
export function journeySteps(
  answers: JourneyAnswers,
): Array<{ path: string; values: Record<string, string | string[]> }> {
  const contact: Record<string, string | string[]> = { messageSafe: "yes", someoneElse: "no" };
  const methods: string[] = [];
  if (answers.phone) {
    methods.push("phone");
    contact.phoneNumber = answers.phone;
  }
  if (answers.email) {
    methods.push("email");
    contact.emailAddress = answers.email;
    contact.emailConfirmation = "yes";
  }
  if (!methods.length) {
    methods.push("letter");
    contact.postalAddress = "1 Example Street\nLiverpool L1 1AA";
  }
  contact.contactMethods = methods;
  return [
    { path: "/ask", values: { consent: "yes" } },
    { path: "/ask/about-you", values: { fullName: answers.fullName, over18: "yes" } },
    { path: "/ask/safe-contact", values: contact },
    {
      path: "/ask/what-happened",
      values: {
        crimeType: "theft",
        whenKnown: "notSure",
        reportedToPolice: "notSure",
        ...(answers.description ? { description: answers.description } : {}),
      },
    },
    { path: "/ask/person-responsible", values: { knowWho: "notSure", admitted: "notSure", justiceStage: "notSure" } },
    { path: "/ask/what-you-would-like", values: { communicationWays: "meeting" } },
    { path: "/ask/support", values: { interpreter: "no" } },
    { path: "/ask/check-answers", values: {} },
  ];
}

/**
 * The journey from consent to confirmation, as a person without JavaScript
 * would send it. Returns the confirmation page (or wherever the service sent
 * the client instead).
 */
export async function sendReferral(client: FormClient, answers: JourneyAnswers): Promise<Page> {
  const steps = journeySteps(answers);
  let page = await client.get("/ask");
  for (const step of steps) {
    if (!page.url.endsWith(step.path)) return page;
    if (step.path.endsWith("/check-answers") && answers.readForMs)
      await new Promise((resolve) => setTimeout(resolve, answers.readForMs));
    page = await client.submit(page, step.values);
  }
  return page;
}

/** The reference shown on a confirmation page, or null. */
export function confirmedReference(page: Page): string | null {
  return /RJ-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(page.html)?.[0] ?? null;
}
