import { countShiftPresses, initialShiftState, type KeyEventLike, type ShiftOutcome } from "@/components/shift-counter";

const shift: KeyEventLike = { key: "Shift", repeat: false };

function run(events: Array<[KeyEventLike, number]>): ShiftOutcome[] {
  let state = initialShiftState;
  return events.map(([event, at]) => {
    const result = countShiftPresses(state, event, at);
    state = result.state;
    return result.outcome;
  });
}

describe("counting Shift presses for Exit this page", () => {
  it("exits on the third press within five seconds", () => {
    expect(
      run([
        [shift, 0],
        [shift, 400],
        [shift, 4900],
      ]),
    ).toEqual(["counted", "counted", "exit"]);
  });

  it("starts again when the presses are more than five seconds apart", () => {
    expect(
      run([
        [shift, 0],
        [shift, 1000],
        [shift, 5001],
        [shift, 5500],
        [shift, 6000],
      ]),
    ).toEqual(["counted", "counted", "counted", "counted", "exit"]);
  });

  it("ignores a held Shift key repeating", () => {
    const held = { key: "Shift", repeat: true };
    expect(
      run([
        [shift, 0],
        [held, 100],
        [held, 200],
        [held, 300],
        [shift, 400],
      ]),
    ).toEqual(["counted", "ignored", "ignored", "ignored", "counted"]);
  });

  it("counts left and right Shift alike (the key, not its location)", () => {
    const left = { key: "Shift", repeat: false, location: 1 } as KeyEventLike;
    const right = { key: "Shift", repeat: false, location: 2 } as KeyEventLike;
    expect(
      run([
        [left, 0],
        [right, 100],
        [left, 200],
      ]),
    ).toEqual(["counted", "counted", "exit"]);
  });

  it("never exits while typing capital letters, as an on-screen keyboard does", () => {
    const letter = (key: string): KeyEventLike => ({ key, repeat: false });
    const typing: Array<[KeyEventLike, number]> = [];
    "HELLO".split("").forEach((char, i) => {
      typing.push([shift, i * 100], [letter(char), i * 100 + 50]);
    });
    expect(run(typing)).not.toContain("exit");
  });

  it("resets after a shortcut such as Shift+Tab", () => {
    expect(
      run([
        [shift, 0],
        [shift, 100],
        [{ key: "Tab", repeat: false }, 150],
        [shift, 200],
      ]),
    ).toEqual(["counted", "counted", "reset", "counted"]);
  });

  it("ignores key presses during text composition (IME)", () => {
    expect(run([[{ key: "Shift", repeat: false, isComposing: true }, 0]])).toEqual(["ignored"]);
  });
});
