/** Thrown by any service or action asked by someone who may not do it. No Next.js here: scripts use it too. */
export class NotAuthorisedError extends Error {
  constructor() {
    super("Not authorised");
    this.name = "NotAuthorisedError";
  }
}
