/** How staff tried to reach a victim, and what happened: values and their words (no server code here). */
export const CONTACT_CHANNELS = ["phone", "text", "email", "letter", "inPerson"] as const;
export const CONTACT_OUTCOMES = ["spokeToVictim", "noAnswer", "unsafeToLeaveMessage", "wrongDetails"] as const;

export const CONTACT_LABELS: Record<string, string> = {
  phone: "Phone call",
  text: "Text message",
  email: "Email",
  letter: "Letter",
  inPerson: "In person",
  spokeToVictim: "Spoke to the victim",
  noAnswer: "No answer",
  unsafeToLeaveMessage: "Unsafe to leave a message",
  wrongDetails: "Wrong details",
};
