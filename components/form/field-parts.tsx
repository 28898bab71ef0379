import type { ReactNode } from "react";

export function labelText(label: string, optional?: boolean): string {
  return optional ? `${label} (optional)` : label;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div className="hint" id={id}>
      {children}
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">Error:</span> {message}
    </p>
  );
}

/** The ids an input should be described by: its hint and its error, where present. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : undefined;
}
