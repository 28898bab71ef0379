"use client";

import { useEffect, useRef, useState } from "react";

const WARN_BEFORE_MS = 5 * 60_000;
const EXPIRED_PATH = "/ask/session-expired";

/**
 * Warns, with JavaScript, 5 minutes before the draft would be deleted for
 * inactivity (GOV.UK timeout warning), and lets the victim carry on. Without
 * JavaScript there is no warning; the session-expired page explains instead.
 */
export function TimeoutWarning({ expiresAt, keepAlive }: { expiresAt: string; keepAlive: () => Promise<string | null> }) {
  const [deadline, setDeadline] = useState(() => new Date(expiresAt).getTime());
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const warnIn = Math.max(0, deadline - WARN_BEFORE_MS - Date.now());
    const expireIn = Math.max(0, deadline - Date.now());
    const warn = setTimeout(() => setOpen(true), warnIn);
    const expire = setTimeout(() => window.location.replace(EXPIRED_PATH), expireIn);
    return () => {
      clearTimeout(warn);
      clearTimeout(expire);
    };
  }, [deadline]);

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);

  const carryOn = async () => {
    const next = await keepAlive();
    if (!next) {
      window.location.replace(EXPIRED_PATH);
      return;
    }
    setDeadline(new Date(next).getTime());
    setOpen(false);
  };

  return (
    <dialog ref={dialog} className="timeout-dialog" aria-labelledby="timeout-title" aria-describedby="timeout-text" onCancel={(e) => { e.preventDefault(); void carryOn(); }}>
      <h2 id="timeout-title">Do you want to carry on?</h2>
      <p id="timeout-text">
        To keep your answers safe, we will delete them in 5 minutes if you do nothing.
      </p>
      <button type="button" className="button" onClick={() => void carryOn()}>Carry on with my answers</button>
    </dialog>
  );
}
