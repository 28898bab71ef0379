"use client";

import { useEffect, useRef, useState } from "react";

const WARN_BEFORE_SECONDS = 5 * 60;
const EXPIRED_PATH = "/ask/session-expired";

/** "4 minutes 5 seconds", "1 minute", "45 seconds". */
export function timeLeftInWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (minutes === 0) return part(rest, "second");
  return rest === 0 ? part(minutes, "minute") : `${part(minutes, "minute")} ${part(rest, "second")}`;
}

/** What a screen reader is told: on each whole minute, then every 15 seconds in the last minute (not every second). */
export function spokenTimeLeft(seconds: number): string {
  const rounded = seconds > 60 ? Math.ceil(seconds / 60) * 60 : Math.ceil(seconds / 15) * 15;
  return `We will delete your answers in ${timeLeftInWords(rounded)}.`;
}

/**
 * Warns, with JavaScript, 5 minutes before the draft would be deleted for
 * inactivity (GOV.UK timeout warning), counts down, and lets the person carry
 * on. The server says how many seconds are left, and the count runs on the
 * browser's monotonic clock, so a phone whose clock is wrong is warned at the
 * right moment. Without JavaScript there is no warning; the session-expired
 * page explains instead.
 */
export function TimeoutWarning({
  secondsLeft,
  keepAlive,
}: {
  secondsLeft: number;
  keepAlive: () => Promise<number | null>;
}) {
  // When the draft ends, on performance.now()'s clock (set once mounted: the server has no such clock).
  const deadline = useRef<number | null>(null);
  const [left, setLeft] = useState(secondsLeft);
  const dialog = useRef<HTMLDialogElement>(null);
  const open = left <= WARN_BEFORE_SECONDS;

  useEffect(() => {
    deadline.current = performance.now() + secondsLeft * 1000;
    const timer = setInterval(() => {
      const remaining = Math.max(0, Math.ceil((deadline.current! - performance.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0) window.location.replace(EXPIRED_PATH);
    }, 1000);
    return () => clearInterval(timer);
  }, [secondsLeft]);

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  const carryOn = async () => {
    const seconds = await keepAlive();
    if (seconds === null) {
      window.location.replace(EXPIRED_PATH);
      return;
    }
    deadline.current = performance.now() + seconds * 1000;
    setLeft(seconds);
  };

  return (
    <dialog
      ref={dialog}
      className="timeout-dialog"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-text"
      onCancel={(e) => {
        e.preventDefault();
        void carryOn();
      }}
    >
      <h2 id="timeout-title">Do you want to carry on?</h2>
      <p id="timeout-text">
        To keep your answers safe, we will delete them if you do nothing.{" "}
        <span aria-hidden="true">
          We will delete your answers in <strong className="timeout-dialog__count">{timeLeftInWords(left)}</strong>.
        </span>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {open ? spokenTimeLeft(left) : ""}
      </p>
      <button type="button" className="button" onClick={() => void carryOn()}>
        Carry on with my answers
      </button>
    </dialog>
  );
}
