/**
 * Sends email through the SMTP server in SMTP_URL, checking its TLS
 * certificate; without SMTP_URL, writes each message as an .eml file under
 * <DATA_DIR>/mail/ so that a fresh machine needs no mail server.
 */
import "server-only";
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";

export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  /** The same on every try of one message, so a copy sent twice (a crash mid-send) can be spotted. */
  messageId?: string;
  /** The referral the message is about (never sent): written to a file, its name says so, for erasure to find. */
  referralId?: string;
};

export type SentEmail = { messageId: string; file?: string };

export interface MailTransport {
  kind: "smtp" | "file";
  send(message: OutgoingEmail): Promise<SentEmail>;
  close(): void;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "[::1]", "localhost"]);

/** `connections`: how many SMTP connections to keep open and use at once (one queue's concurrency). */
export function createSmtpTransport(smtpUrl: string, connections = 1): MailTransport {
  const host = new URL(smtpUrl).hostname;
  const options: SMTPPool.Options = {
    url: smtpUrl,
    pool: true,
    maxConnections: connections,
    // A connection is used for many messages, then replaced, so a long backlog is not one endless session.
    maxMessages: 100,
    // Over a network, refuse to send in clear text and refuse bad certificates;
    // a mail relay on this same machine may speak plain SMTP.
    requireTLS: !LOOPBACK_HOSTS.has(host),
    tls: { rejectUnauthorized: true, minVersion: "TLSv1.2" },
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  };
  const transporter = nodemailer.createTransport(options);
  return {
    kind: "smtp",
    async send({ referralId: _about, ...message }) {
      const info = await transporter.sendMail(message);
      return { messageId: String(info.messageId) };
    },
    close: () => transporter.close(),
  };
}

export function mailFolder(dataDir: string): string {
  return path.resolve(dataDir, "mail");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Deletes the email files written about one referral (email written to files: no SMTP_URL), when
 * it is erased. Returns how many. Files are found by the referral's id in their names.
 */
export function deleteMailFilesOf(dataDir: string, referralId: string): number {
  const folder = mailFolder(dataDir);
  if (!UUID.test(referralId) || !existsSync(folder)) return 0;
  let deleted = 0;
  for (const name of readdirSync(folder)) {
    if (name.endsWith(".eml") && name.includes(`-${referralId}-`)) {
      rmSync(path.join(folder, name), { force: true });
      deleted += 1;
    }
  }
  return deleted;
}

export function createFileTransport(dataDir: string): MailTransport {
  const folder = mailFolder(dataDir);
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "file",
    async send({ referralId, ...message }) {
      const info = await transporter.sendMail(message);
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      // Time first so the folder lists in sending order; the referral's id (not personal data) so
      // erasure finds its files; random suffix so two in the same millisecond do not collide.
      // No address or subject in the name.
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const about = referralId && UUID.test(referralId) ? `-${referralId}` : "";
      const file = path.join(folder, `${stamp}${about}-${randomBytes(4).toString("hex")}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: 0o600 });
      return { messageId: String(info.messageId), file };
    },
    close: () => undefined,
  };
}

/**
 * The transport one job sends through: every try of the job uses the same
 * Message-ID, made from the job's id and the sender's domain. Email is sent
 * at least once: a worker killed after the mail server took a message, but
 * before the job was marked done, sends it again with the same Message-ID.
 */
export function withStableMessageId(
  transport: MailTransport,
  job: { id: string; data: unknown },
  from: string,
): MailTransport {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "referrals.invalid";
  // A job about a referral carries its id: the file transport names its file by it, for erasure.
  const about = (job.data as { referralId?: unknown } | null)?.referralId;
  const referralId = typeof about === "string" ? about : undefined;
  return {
    kind: transport.kind,
    close: () => transport.close(),
    send: (message) => transport.send({ messageId: `<${job.id}@${domain}>`, referralId, ...message }),
  };
}

export function createMailTransport(
  settings: { smtpUrl: string | undefined; dataDir: string },
  connections = 1,
): MailTransport {
  return settings.smtpUrl ? createSmtpTransport(settings.smtpUrl, connections) : createFileTransport(settings.dataDir);
}
