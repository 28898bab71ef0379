/**
 * Counting Shift presses for "Exit this page", kept apart from the browser so
 * it can be tested on its own.
 *
 * Three presses of Shift within 5 seconds exit. Lessons from GOV.UK's own
 * component: Esc clashes with browsers (so Shift); holding Shift makes the key
 * repeat (so repeats are ignored); left and right Shift both count, in any
 * order; and an on-screen keyboard taps Shift to type a capital letter, so any
 * other key between presses starts the count again: typing "HELLO" never exits.
 */
export type ShiftState = { presses: number; firstPressAt: number };

export const initialShiftState: ShiftState = { presses: 0, firstPressAt: 0 };

export const PRESSES_TO_EXIT = 3;
export const WINDOW_MS = 5000;

export type KeyEventLike = { key: string; repeat: boolean; isComposing?: boolean };

export type ShiftOutcome = "counted" | "exit" | "reset" | "ignored";

export function countShiftPresses(
  state: ShiftState,
  event: KeyEventLike,
  now: number,
): { state: ShiftState; outcome: ShiftOutcome } {
  if (event.key !== "Shift") {
    return state.presses === 0 ? { state, outcome: "ignored" } : { state: initialShiftState, outcome: "reset" };
  }
  if (event.repeat || event.isComposing) return { state, outcome: "ignored" };

  const expired = state.presses > 0 && now - state.firstPressAt > WINDOW_MS;
  const base = expired ? initialShiftState : state;
  const presses = base.presses + 1;
  const next = { presses, firstPressAt: base.presses === 0 ? now : base.firstPressAt };
  if (presses >= PRESSES_TO_EXIT) return { state: initialShiftState, outcome: "exit" };
  return { state: next, outcome: "counted" };
}
