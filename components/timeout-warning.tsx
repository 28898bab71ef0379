"use client";

import { useEffect, useRef, useState } from "react";

const WARN_BEFORE_SECONDS = 5 * 60;

/** The words and the page after, for the journey's answers and for a "Manage your request" session. */
const WORDING = {
  journey: {
    title: "Do you want to carry on?",
    lead: "To keep your answers safe, we will delete them if you do nothing.",
    countdown: "We will delete your answers in",
    button: "Carry on with my answers",
    expiredPath: "/ask/session-expired",
  },
  manage: {
    title: "Do you want to stay signed in?",
    lead: "To keep your request safe, we will sign you out if you do nothing. Anything you have not sent will be lost.",
    countdown: "We will sign you out in",
    button: "Stay signed in",
    expiredPath: "/manage/session-ended",
  },
} as const;

export type TimeoutWording = keyof typeof WORDING;

/** "4 minutes 5 seconds", "1 minute", "45 seconds". */
export function timeLeftInWords(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (minutes === 0) return part(rest, "second");
  return rest === 0 ? part(minutes, "minute") : `${part(minutes, "minute")} ${part(rest, "second")}`;
}

/** What a screen reader is told: on each whole minute, then every 15 seconds in the last minute (not every second). */
export function spokenTimeLeft(seconds: number, wording: TimeoutWording = "journey"): string {
  const rounded = seconds > 60 ? Math.ceil(seconds / 60) * 60 : Math.ceil(seconds / 15) * 15;
  return `${WORDING[wording].countdown} ${timeLeftInWords(rounded)}.`;
}

/**
 * Warns, with JavaScript, 5 minutes before the draft would be deleted (or a
 * "Manage your request" session would end) for inactivity (GOV.UK timeout
 * warning), counts down, and lets the person carry on. The server says how many seconds are left, and the count runs on the
 * browser's monotonic clock, so a phone whose clock is wrong is warned at the
 * right moment. Without JavaScript there is no warning; the page after
 * explains instead.
 */
export function TimeoutWarning({
  secondsLeft,
  keepAlive,
  wording = "journey",
}: {
  secondsLeft: number;
  keepAlive: () => Promise<number | null>;
  wording?: TimeoutWording;
}) {
  const words = WORDING[wording];
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
      if (remaining === 0) window.location.replace(words.expiredPath);
    }, 1000);
    return () => clearInterval(timer);
  }, [secondsLeft, words]);

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  const carryOn = async () => {
    const seconds = await keepAlive();
    if (seconds === null) {
      window.location.replace(words.expiredPath);
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
      <h2 id="timeout-title">{words.title}</h2>
      <p id="timeout-text">
        {words.lead}{" "}
        <span aria-hidden="true">
          {words.countdown} <strong className="timeout-dialog__count">{timeLeftInWords(left)}</strong>.
        </span>
      </p>
      <p className="visually-hidden" aria-live="polite">
        {open ? spokenTimeLeft(left, wording) : ""}
      </p>
      <button type="button" className="button" onClick={() => void carryOn()}>
        {words.button}
      </button>
    </dialog>
  );
}
