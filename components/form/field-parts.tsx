import type { ReactNode } from "react";

export function labelText(label: string, optional?: boolean, optionalWord = "(optional)"): string {
  return optional ? `${label} ${optionalWord}` : label;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="hint" id={id}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, message, word = "Error" }: { id: string; message?: string; word?: string }) {
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{word}:</span> {message}
    </p>
  );
}

/** The ids an input should be described by: its hint and its error, where present. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : undefined;
}
