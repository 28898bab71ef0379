/**
 * The Easy Read pages: the same facts as "What restorative justice is", "Is it
 * right for me" and how to ask, in short sentences with one idea each and a
 * picture beside each (components/easy-read/pictures.tsx names the pictures).
 * Written for people with a learning disability, and for anyone who wants the
 * short version: plain everyday words, no abbreviations, "you" and "we".
 */
import { EMERGENCY, type HelpContact } from "./help-contacts";

/** The pictures there are (each drawn in components/easy-read/pictures.tsx). */
export const PICTURES = [
  "talking",
  "facilitator",
  "meeting",
  "letter",
  "choice",
  "stop",
  "safe",
  "phone",
  "form",
  "question",
  "adult",
  "place",
  "help",
  "clock",
] as const;
export type PictureName = (typeof PICTURES)[number];

/** `call`: a number from the checked list, linked after the sentence. */
export type EasyReadPoint = { picture: PictureName; text: string; call?: HelpContact };

export type EasyReadPage = {
  href: string;
  /** The page in full, for "Read the full page". */
  fullHref: string;
  intro: string;
  points: EasyReadPoint[];
};

export const EASY_READ: Record<"what" | "rightForMe" | "howToAsk", EasyReadPage> = {
  what: {
    href: "/easy-read/what-is-restorative-justice",
    fullHref: "/what-is-restorative-justice",
    intro: "This page tells you what restorative justice is.",
    points: [
      { picture: "talking", text: "Restorative justice is when you talk with the person who hurt you." },
      { picture: "question", text: "You can tell them how it made you feel. You can ask them why they did it." },
      { picture: "facilitator", text: "A helper called a facilitator sets it up. They are trained to keep you safe." },
      { picture: "meeting", text: "You can meet the person, with the facilitator there." },
      { picture: "letter", text: "Or you can send a letter, a recorded message or a video. You do not have to meet." },
      { picture: "choice", text: "It only happens if you want it. The person who hurt you must want it too." },
      { picture: "stop", text: "You can stop at any time." },
    ],
  },
  rightForMe: {
    href: "/easy-read/is-it-right-for-me",
    fullHref: "/is-it-right-for-me",
    intro: "This page helps you think about whether restorative justice is right for you.",
    points: [
      { picture: "adult", text: "You can ask if you are 18 or older." },
      { picture: "place", text: "What happened must have been in Merseyside." },
      { picture: "clock", text: "It does not matter how long ago it happened." },
      { picture: "question", text: "Think about what you would like to say or ask." },
      { picture: "help", text: "Think about who could help you. A friend or a support worker can be with you." },
      { picture: "choice", text: "Only you can decide. You can talk to a facilitator before you decide anything." },
      { picture: "safe", text: "If someone hurts you at home, the facilitator takes extra care to keep you safe." },
    ],
  },
  howToAsk: {
    href: "/easy-read/how-to-ask",
    fullHref: "/ask",
    intro: "This page tells you how to ask for restorative justice.",
    points: [
      { picture: "form", text: "You can fill in a form on this website. It takes about 10 minutes." },
      { picture: "help", text: "Someone you trust can help you fill it in." },
      { picture: "phone", text: "You tell us how to contact you safely: by phone, text message, email or letter." },
      { picture: "facilitator", text: "A facilitator will get in touch with you, in the way you chose." },
      { picture: "stop", text: "Asking does not mean you have to do it. You can stop at any time." },
      { picture: "safe", text: "If you are in danger now, call", call: EMERGENCY },
    ],
  },
};
