/** A real SMTP server on 127.0.0.1 (smtp-server) that keeps every message it receives. */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export type SmtpListener = {
  url: string;
  received: ParsedMail[];
  /** Refuse the next `count` messages with a temporary error (451), as a struggling server would. */
  refuseNext(count: number): void;
  /**
   * Never answer the next message once its content has arrived, as a server
   * that hangs would: resolves when that happens. The message counts as
   * received only if the server said so, so it never does.
   */
  stallNext(): Promise<void>;
  /** Answer the next message only after `ms`, as a slow server would: resolves when it arrives. */
  delayNext(ms: number): Promise<void>;
  close(): Promise<void>;
};

/** Listens on `port` (a free one when 0). */
export async function startSmtpListener(port = 0): Promise<SmtpListener> {
  const received: ParsedMail[] = [];
  let refusals = 0;
  let stall: (() => void) | undefined;
  let slow: { ms: number; arrived: () => void } | undefined;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (stall) {
          stall();
          stall = undefined;
          return; // no answer, ever: the sender is stuck mid-send
        }
        if (slow) {
          const { ms, arrived } = slow;
          slow = undefined;
          arrived();
          setTimeout(() => {
            simpleParser(Buffer.concat(chunks))
              .then((mail) => {
                received.push(mail);
                callback();
              })
              .catch(callback);
          }, ms);
          return;
        }
        if (refusals > 0) {
          refusals -= 1;
          const error = Object.assign(new Error("Try again later"), { responseCode: 451 });
          callback(error);
          return;
        }
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            received.push(mail);
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const listening = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${listening}`,
    received,
    refuseNext(count) {
      refusals = count;
    },
    stallNext: () => new Promise<void>((resolve) => (stall = resolve)),
    delayNext: (ms) => new Promise<void>((resolve) => (slow = { ms, arrived: resolve })),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
