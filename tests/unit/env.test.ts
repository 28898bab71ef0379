import { parseEnv, SettingsError } from "@/lib/env";

const production = {
  NODE_ENV: "production",
  MAIL_TO_FILES: "yes",
  PROVIDER_EMAIL: "referrals@provider.example",
  MAIL_FROM: "Support service <no-reply@service.example>",
  APP_URL: "https://refer.service.example/",
};

function problemWith(source: Record<string, string>): { setting: string; message: string } {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof SettingsError) return { setting: error.setting, message: error.message };
    throw error;
  }
  throw new Error("expected a SettingsError");
}

describe("settings", () => {
  it("gives safe local defaults outside production", () => {
    const settings = parseEnv({ NODE_ENV: "development" });
    expect(settings).toMatchObject({
      databaseUrl: undefined,
      dataDir: ".data",
      smtpUrl: undefined,
      port: 3000,
      appUrl: "http://localhost:3000",
      exitUrl: "https://www.bbc.co.uk/weather",
      workerMode: "in-process",
    });
    expect(settings.providerEmail).toContain("@");
  });

  it("has development defaults that would themselves pass validation", () => {
    const local = parseEnv({ NODE_ENV: "development" });
    expect(() =>
      parseEnv({
        NODE_ENV: "production",
        PROVIDER_EMAIL: local.providerEmail,
        MAIL_FROM: local.mailFrom,
        APP_URL: local.appUrl,
        MAIL_TO_FILES: "yes",
      }),
    ).not.toThrow();
  });

  it("refuses to write email to files in production unless asked to on purpose", () => {
    const withoutFiles: Record<string, string> = { ...production };
    delete withoutFiles.MAIL_TO_FILES;
    expect(problemWith(withoutFiles).setting).toBe("SMTP_URL");
    expect(problemWith(withoutFiles).message).toContain("MAIL_TO_FILES=yes");
    expect(parseEnv({ ...withoutFiles, SMTP_URL: "smtps://user:pass@smtp.example.org:465" }).smtpUrl).toBeDefined();
    expect(parseEnv(production).smtpUrl).toBeUndefined();
  });

  it("accepts a complete production configuration and trims the base URL", () => {
    const settings = parseEnv({
      ...production,
      DATABASE_URL: "postgresql://app:secret@db.internal:5432/rj",
      SMTP_URL: "smtps://user:pass@smtp.example.org:465",
      PORT: "8080",
      EXIT_URL: "https://www.example.org/",
      WORKER_MODE: "separate",
      PROVIDER_PHONE: "0151 000 0000",
    });
    expect(settings).toMatchObject({
      nodeEnv: "production",
      appUrl: "https://refer.service.example",
      port: 8080,
      workerMode: "separate",
      databaseUrl: "postgresql://app:secret@db.internal:5432/rj",
    });
  });

  it.each(["PROVIDER_EMAIL", "MAIL_FROM", "APP_URL"] as const)("requires %s in production", (name) => {
    const source: Record<string, string> = { ...production };
    delete source[name];
    const problem = problemWith(source);
    expect(problem.setting).toBe(name);
    expect(problem.message).toBe(
      `Setting ${name} is required in production and is not set (see the settings table in README.md).`,
    );
  });

  it("treats an empty value as not set", () => {
    expect(problemWith({ ...production, APP_URL: "  " }).setting).toBe("APP_URL");
  });

  it.each([
    ["PORT", "eighty", "must be a whole number from 1 to 65535"],
    ["PORT", "70000", "must be a whole number from 1 to 65535"],
    ["DATABASE_URL", "mysql://root@localhost/db", "must be a PostgreSQL URL"],
    ["SMTP_URL", "http://mail.example.org", "must be an SMTP URL"],
    ["PROVIDER_EMAIL", "not-an-address", "must be an email address"],
    ["MAIL_FROM", "Support <not an address>", "must be an email address, optionally with a name"],
    ["APP_URL", "refer.example.org", "must be a full web address"],
    ["EXIT_URL", "javascript:alert(1)", "must be a full web address"],
    ["WORKER_MODE", "both", 'must be "in-process" or "separate"'],
    ["PROVIDER_PHONE", "call us", "must be a phone number"],
  ])("names %s when it is malformed (%s)", (name, value, expected) => {
    const problem = problemWith({ NODE_ENV: "development", [name]: value });
    expect(problem.setting).toBe(name);
    expect(problem.message).toContain(expected);
  });

  it("never repeats a secret value in its message", () => {
    const problem = problemWith({ NODE_ENV: "development", DATABASE_URL: "mysql://root:hunter2@db/x" });
    expect(problem.message).not.toContain("hunter2");
  });

  it("is one line", () => {
    expect(problemWith({ NODE_ENV: "development", PORT: "x" }).message).not.toContain("\n");
  });

  it("names every bad setting at once, in one line, each with its own problem", () => {
    const error = (() => {
      try {
        parseEnv({
          NODE_ENV: "production",
          PORT: "eighty",
          EXIT_URL: "javascript:alert(1)",
          MAIL_FROM: "Support service <no-reply@service.example>",
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SettingsError);
    const { problems, message } = error as SettingsError;
    expect(problems.map((problem) => problem.setting).sort()).toEqual([
      "APP_URL",
      "EXIT_URL",
      "PORT",
      "PROVIDER_EMAIL",
      "SMTP_URL",
    ]);
    expect(message).toContain("Setting PORT must be a whole number from 1 to 65535");
    expect(message).toContain("Setting PROVIDER_EMAIL is required in production");
    expect(message).not.toContain("\n");
  });

  it("keeps idle connections longer than a cloud load balancer does, and refuses a headers timeout at or below that", () => {
    const settings = parseEnv({ NODE_ENV: "development" });
    expect(settings.keepAliveTimeoutSeconds).toBeGreaterThan(60);
    expect(settings.headersTimeoutSeconds).toBeGreaterThan(settings.keepAliveTimeoutSeconds);
    expect(problemWith({ NODE_ENV: "development", KEEP_ALIVE_TIMEOUT_SECONDS: "90" }).setting).toBe(
      "HEADERS_TIMEOUT_SECONDS",
    );
  });

  it("shows no other language unless LANGUAGES lists it, and refuses a code it does not know", () => {
    expect(parseEnv({ NODE_ENV: "development" }).languages).toEqual([]);
    expect(parseEnv({ NODE_ENV: "development", LANGUAGES: " pt, ar " }).languages).toEqual(["ar", "pt"]);
    const problem = problemWith({ NODE_ENV: "development", LANGUAGES: "pl,de" });
    expect(problem.setting).toBe("LANGUAGES");
    expect(problem.message).toContain("like ar,pl,pt");
  });
});
