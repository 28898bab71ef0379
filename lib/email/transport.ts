/**
 * Sends email through the SMTP server in SMTP_URL, checking its TLS
 * certificate; without SMTP_URL, writes each message as an .eml file under
 * <DATA_DIR>/mail/ so that a fresh machine needs no mail server.
 */
import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
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
    async send(message) {
      const info = await transporter.sendMail(message);
      return { messageId: String(info.messageId) };
    },
    close: () => transporter.close(),
  };
}

export function mailFolder(dataDir: string): string {
  return path.resolve(dataDir, "mail");
}

export function createFileTransport(dataDir: string): MailTransport {
  const folder = mailFolder(dataDir);
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "file",
    async send(message) {
      const info = await transporter.sendMail(message);
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      // Time first so the folder lists in sending order; random suffix so two in
      // the same millisecond do not collide. No address or subject in the name.
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = path.join(folder, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
      writeFileSync(file, info.message as Buffer, { mode: 0o600 });
      return { messageId: String(info.messageId), file };
    },
    close: () => undefined,
  };
}

export function createMailTransport(settings: { smtpUrl: string | undefined; dataDir: string }, connections = 1): MailTransport {
  return settings.smtpUrl ? createSmtpTransport(settings.smtpUrl, connections) : createFileTransport(settings.dataDir);
}
