/**
 * The one place that reads process.env. Every setting is validated with zod the
 * first time it is needed (at start-up: see lib/boot.ts), and a bad or missing
 * setting stops the process with one clear line naming it.
 *
 * In production (NODE_ENV=production) the settings that decide where referrals
 * go and what the public sees must be set explicitly; in development and tests
 * they have safe local defaults.
 */
import { z } from "zod";
import { LANGUAGE_CODES } from "./languages";

const DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
    message: "must be a PostgreSQL URL, like postgresql://user:password@host:5432/database",
  });

const smtpUrl = z
  .string()
  .trim()
  .refine((value) => /^smtps?:\/\/.+/.test(value), {
    message: "must be an SMTP URL, like smtps://user:password@smtp.example.org:465",
  });

const httpUrl = (example: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === "https:" || url.protocol === "http:";
        } catch {
          return false;
        }
      },
      { message: `must be a full web address, like ${example}` },
    );

const emailAddress = z.email({ message: "must be an email address, like referrals@example.org" });

/** "Name <address>" or a bare address. */
const mailbox = z
  .string()
  .trim()
  .refine(
    (value) => {
      const match = /^(?:[^<>]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value);
      const address = match?.[1] ?? match?.[2];
      return address !== undefined && emailAddress.safeParse(address).success;
    },
    { message: 'must be an email address, optionally with a name, like "Support service <no-reply@example.org>"' },
  );

/** A whole number of `unit` in a range, with one message for every way it can be wrong. */
function wholeNumber(unit: string, min: number, max: number, fallback: number) {
  const message = `must be a whole number${unit ? ` of ${unit}` : ""} from ${min} to ${max}, like ${fallback}`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).max(max, { message }).default(fallback);
}

const wholeDays = (min: number, max: number, fallback: number) => wholeNumber("days", min, max, fallback);

const rawSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().trim().min(1, { message: "must be a folder path, like .data" }).default(".data"),
  SMTP_URL: smtpUrl.optional(),
  /** In production, writing email to files instead of sending it must be asked for: they hold whole referrals. */
  MAIL_TO_FILES: z.enum(["yes", "no"], { message: 'must be "yes" or "no"' }).default("no"),
  PROVIDER_EMAIL: emailAddress.optional(),
  MAIL_FROM: mailbox.optional(),
  APP_URL: httpUrl("https://refer.example.org").optional(),
  PORT: wholeNumber("", 1, 65535, 3000),
  EXIT_URL: httpUrl(DEFAULT_EXIT_URL).default(DEFAULT_EXIT_URL),
  WORKER_MODE: z
    .enum(["in-process", "separate"], { message: 'must be "in-process" or "separate"' })
    .default("in-process"),
  PROVIDER_PHONE: optionalString.pipe(
    z
      .string()
      .regex(/^[0-9 +()]{6,20}$/, { message: "must be a phone number, like 0151 000 0000" })
      .optional(),
  ),
  PROVIDER_CONTACT_EMAIL: optionalString.pipe(emailAddress.optional()),
  FIRST_CONTACT_WORKING_DAYS: wholeNumber("working days", 1, 20, 2),
  FIRST_CONTACT_PROMISE: z
    .enum(["attempt", "spoken"], {
      message: 'must be "attempt" (a first try by a way they chose) or "spoken" (first spoken to)',
    })
    .default("attempt"),
  FIRST_CONTACT_ESCALATION_WORKING_DAYS: wholeNumber("working days", 1, 20, 2),
  SESSION_IDLE_MINUTES: wholeNumber("minutes", 5, 240, 30),
  SESSION_ABSOLUTE_HOURS: wholeNumber("hours", 1, 24, 12),
  JOURNEY_STARTS_PER_HOUR: wholeNumber("", 1, 100000, 20),
  JOURNEY_SAVES_PER_HOUR: wholeNumber("", 1, 100000, 300),
  REFERRALS_PER_ADDRESS_PER_DAY: wholeNumber("", 1, 100000, 10),
  REFERRALS_PER_HOUR: wholeNumber("", 1, 100000, 60),
  MIN_SECONDS_BEFORE_SENDING: wholeNumber("seconds", 0, 600, 20),
  RETENTION_CLOSED_DAYS: wholeDays(30, 3650, 730),
  RETENTION_WITHDRAWN_DAYS: wholeDays(7, 3650, 90),
  SURVEY_AFTER_WEEKS: wholeNumber("weeks", 1, 52, 6),
  // Languages besides English whose pages and short request are shown (lib/languages.ts):
  // none unless listed, as a translation should be reviewed before people rely on it.
  LANGUAGES: optionalString.pipe(
    z
      .string()
      .transform((value) =>
        value
          .split(",")
          .map((code) => code.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.enum(LANGUAGE_CODES, { message: `must list codes from ${LANGUAGE_CODES.join(", ")}, like ar,pl,pt` }),
        ),
      )
      .optional(),
  ),
  LISTEN_ADDRESS: optionalString.pipe(
    z
      .string()
      .regex(/^[0-9a-fA-F.:]+$|^localhost$/, { message: "must be an IP address to listen on, like 127.0.0.1" })
      .optional(),
  ),
  // How many proxies (load balancer, TLS terminator) sit in front of the service. 0: the
  // connection's own address is the client's, and forwarded headers are ignored.
  TRUSTED_PROXIES: wholeNumber("proxies", 0, 5, 0),
  SHUTDOWN_GRACE_SECONDS: wholeNumber("seconds", 1, 300, 25),
  SHUTDOWN_DELAY_SECONDS: wholeNumber("seconds", 0, 60, 5),
  // Longer than a cloud load balancer keeps an idle connection (60 s on the big clouds), so the
  // service never closes one the balancer is about to use (which the balancer answers 502).
  KEEP_ALIVE_TIMEOUT_SECONDS: wholeNumber("seconds", 1, 600, 65),
  HEADERS_TIMEOUT_SECONDS: wholeNumber("seconds", 1, 600, 66),
  EMAIL_RETRY_DELAY_SECONDS: wholeNumber("seconds", 1, 600, 10),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      message: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
});

/** Settings with no default in production: where referrals go and who they come from. */
const REQUIRED_IN_PRODUCTION = ["PROVIDER_EMAIL", "MAIL_FROM", "APP_URL"] as const;

/** The settings as the code uses them: checked, with defaults, and named for what they do. */
const settingsSchema = rawSchema
  .superRefine(
    (raw, ctx) => {
      if (raw.NODE_ENV === "production") {
        for (const name of REQUIRED_IN_PRODUCTION) {
          if (raw[name] === undefined) {
            ctx.addIssue({
              code: "custom",
              path: [name],
              message: "is required in production and is not set (see the settings table in README.md)",
            });
          }
        }
        if (raw.SMTP_URL === undefined && raw.MAIL_TO_FILES !== "yes") {
          ctx.addIssue({
            code: "custom",
            path: ["SMTP_URL"],
            message:
              "is required in production and is not set: set it, or set MAIL_TO_FILES=yes to write email to files under DATA_DIR/mail on purpose (see the settings table in README.md)",
          });
        }
      }
      if (raw.HEADERS_TIMEOUT_SECONDS <= raw.KEEP_ALIVE_TIMEOUT_SECONDS) {
        ctx.addIssue({
          code: "custom",
          path: ["HEADERS_TIMEOUT_SECONDS"],
          message: "must be more than KEEP_ALIVE_TIMEOUT_SECONDS",
        });
      }
      // Checked even when another setting is malformed, so every problem is reported at once.
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform((raw) => {
    const appUrl = (raw.APP_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, "");
    return {
      nodeEnv: raw.NODE_ENV,
      databaseUrl: raw.DATABASE_URL,
      dataDir: raw.DATA_DIR,
      smtpUrl: raw.SMTP_URL,
      providerEmail: raw.PROVIDER_EMAIL ?? "provider@example.invalid",
      mailFrom: raw.MAIL_FROM ?? "Support service <no-reply@example.invalid>",
      appUrl,
      port: raw.PORT,
      exitUrl: raw.EXIT_URL,
      workerMode: raw.WORKER_MODE,
      providerPhone: raw.PROVIDER_PHONE,
      providerContactEmail: raw.PROVIDER_CONTACT_EMAIL,
      logLevel: raw.LOG_LEVEL,
      /** Where the web server listens; undefined: every address. */
      listenAddress: raw.LISTEN_ADDRESS,
      /** How many proxies sit in front: the client's address is that many hops back in X-Forwarded-For. */
      trustedProxies: raw.TRUSTED_PROXIES,
      /** How long requests in flight may take to finish after SIGTERM. */
      shutdownGraceSeconds: raw.SHUTDOWN_GRACE_SECONDS,
      /** How long the server keeps answering, reported not ready, before it stops taking connections. */
      shutdownDelaySeconds: raw.SHUTDOWN_DELAY_SECONDS,
      /** How long an idle connection is kept open for the client's next request. */
      keepAliveTimeoutSeconds: raw.KEEP_ALIVE_TIMEOUT_SECONDS,
      /** How long a client has to send a request's headers. */
      headersTimeoutSeconds: raw.HEADERS_TIMEOUT_SECONDS,
      /** True when APP_URL is https: cookies get __Host- and Secure, and HSTS is sent. */
      https: appUrl.startsWith("https:"),
      firstContactWorkingDays: raw.FIRST_CONTACT_WORKING_DAYS,
      /** Which first-contact measure the promise (and the overdue badge) follows. */
      firstContactPromise: raw.FIRST_CONTACT_PROMISE,
      /** Working days after a missed first-contact promise before administrators are emailed. */
      firstContactEscalationWorkingDays: raw.FIRST_CONTACT_ESCALATION_WORKING_DAYS,
      sessionIdleMinutes: raw.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: raw.SESSION_ABSOLUTE_HOURS,
      /** The first wait before an email is tried again (it doubles each time, up to an hour). */
      emailRetryDelaySeconds: raw.EMAIL_RETRY_DELAY_SECONDS,
      /** Limits on the public journey (lib/referrals/journey-limits.ts). */
      journeyLimits: {
        startsPerHour: raw.JOURNEY_STARTS_PER_HOUR,
        savesPerHour: raw.JOURNEY_SAVES_PER_HOUR,
        referralsPerAddressPerDay: raw.REFERRALS_PER_ADDRESS_PER_DAY,
        referralsPerHour: raw.REFERRALS_PER_HOUR,
        /** A person takes minutes to answer; a script takes a second. */
        minSecondsBeforeSending: raw.MIN_SECONDS_BEFORE_SENDING,
      },
      /** Days after closing before a referral's personal data is erased. */
      retentionClosedDays: raw.RETENTION_CLOSED_DAYS,
      /** The same for a referral the victim withdrew before anyone contacted them. */
      retentionWithdrawnDays: raw.RETENTION_WITHDRAWN_DAYS,
      /** Weeks after a case closed before the person is emailed the questions on how it went. */
      surveyAfterWeeks: raw.SURVEY_AFTER_WEEKS,
      /** The languages shown besides English, in the order of LANGUAGES. */
      languages: LANGUAGE_CODES.filter((code) => raw.LANGUAGES?.includes(code)),
    };
  });

export type Env = z.output<typeof settingsSchema>;

/** Limits on the public journey, per client address and for the whole service. */
export type JourneyLimitSettings = Env["journeyLimits"];

export type FirstContactPromise = Env["firstContactPromise"];

export type SettingProblem = { setting: string; problem: string };

/** Every bad setting at once, so one restart is enough to see them all. */
export class SettingsError extends Error {
  /** The first bad setting (the others are in `problems`). */
  readonly setting: string;

  constructor(readonly problems: SettingProblem[]) {
    super(problems.map(({ setting, problem }) => `Setting ${setting} ${problem}.`).join(" "));
    this.name = "SettingsError";
    this.setting = problems[0]!.setting;
  }
}

/** Empty strings count as "not set", as they do in most deployment tools. */
function withoutEmpty(source: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value.trim() !== "") result[key] = value;
  }
  return result;
}

/** Validates a set of environment variables. Throws SettingsError naming every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = settingsSchema.safeParse(withoutEmpty(source));
  if (result.success) return result.data;
  const problems = new Map<string, string>();
  for (const issue of result.error.issues) {
    const setting = String(issue.path[0] ?? "unknown");
    const problem =
      issue.code === "invalid_value" || issue.code === "invalid_type"
        ? issue.message.startsWith("must")
          ? issue.message
          : `has a value that is not allowed (${issue.message})`
        : issue.message;
    // One problem a setting: its first.
    if (!problems.has(setting)) problems.set(setting, problem);
  }
  throw new SettingsError([...problems].map(([setting, problem]) => ({ setting, problem })));
}

let cached: Env | undefined;

/** The validated settings of this process (read once). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
