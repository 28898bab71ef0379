/**
 * The Easy Read pictures, drawn for this service: simple line drawings, one
 * idea each, in the site's ink and blue (both well above 3:1 on white). Each
 * has a text alternative that says what it shows; the sentence beside it says
 * what it means.
 */
import type { ReactNode } from "react";
import type { PictureName } from "@/lib/content/easy-read";

const INK = "#0b0c0c";
const BLUE = "#1d70b8";
const LIGHT = "#d2e2f1";

/** A person: a head and shoulders, at (x, y) for the head's centre. */
function Person({ x, y, fill = LIGHT }: { x: number; y: number; fill?: string }) {
  return (
    <g stroke={INK} strokeWidth="2.5" fill={fill}>
      <circle cx={x} cy={y} r="8" />
      <path d={`M${x - 14} ${y + 30} q0 -18 14 -18 q14 0 14 18 z`} />
    </g>
  );
}

/** A speech bubble, its tail pointing down towards the speaker (left or right of the bubble's middle). */
function Bubble({ x, y, flip = false }: { x: number; y: number; flip?: boolean }) {
  const tail = flip ? `M${x + 18} ${y + 18} l2 8 l-8 -8` : `M${x + 8} ${y + 18} l-2 8 l8 -8`;
  return (
    <g stroke={INK} strokeWidth="2" fill="#fff" strokeLinejoin="round">
      <path d={tail} />
      <rect x={x} y={y} width="26" height="18" rx="4" />
      <path d={`M${x + 5} ${y + 7} h16 M${x + 5} ${y + 12} h10`} />
    </g>
  );
}

const DRAWINGS = {
  talking: {
    alt: "Two people talking to each other",
    body: (
      <>
        <Person x={22} y={40} />
        <Person x={58} y={40} />
        <Bubble x={4} y={6} />
        <Bubble x={50} y={6} flip />
      </>
    ),
  },
  facilitator: {
    alt: "A helper wearing a badge",
    body: (
      <>
        <Person x={40} y={30} />
        <rect x="43" y="50" width="10" height="8" rx="1" fill={BLUE} stroke={INK} strokeWidth="1.5" />
        <path d="M40 38 l6 12" stroke={BLUE} strokeWidth="2" />
      </>
    ),
  },
  meeting: {
    alt: "Two people at a table with a helper between them",
    body: (
      <>
        <Person x={16} y={34} />
        <Person x={40} y={26} fill={BLUE} />
        <Person x={64} y={34} />
        <rect x="6" y="62" width="68" height="6" fill={INK} />
      </>
    ),
  },
  letter: {
    alt: "A letter in an envelope",
    body: (
      <g stroke={INK} strokeWidth="2.5" fill="#fff">
        <rect x="10" y="20" width="60" height="40" rx="3" />
        <path d="M10 22 l30 22 l30 -22" fill="none" />
      </g>
    ),
  },
  choice: {
    alt: "A tick and a cross",
    body: (
      <g strokeWidth="6" strokeLinecap="round" fill="none">
        <path d="M8 42 l10 10 l18 -22" stroke={BLUE} />
        <path d="M48 28 l22 22 M70 28 l-22 22" stroke={INK} />
      </g>
    ),
  },
  stop: {
    alt: "A hand held up to say stop",
    body: (
      <g stroke={INK} strokeWidth="2.5" fill={LIGHT}>
        <path d="M28 70 v-28 l-6 -8 a3 3 0 0 1 5 -4 l5 6 v-24 a3 3 0 0 1 6 0 v20 v-24 a3 3 0 0 1 6 0 v24 v-20 a3 3 0 0 1 6 0 v22 v-14 a3 3 0 0 1 6 0 v30 q0 20 -20 20 z" />
      </g>
    ),
  },
  safe: {
    alt: "A padlock",
    body: (
      <g stroke={INK} strokeWidth="3" fill="none">
        <path d="M26 36 v-10 a14 14 0 0 1 28 0 v10" />
        <rect x="18" y="36" width="44" height="34" rx="4" fill={BLUE} />
        <circle cx="40" cy="51" r="4" fill="#fff" />
      </g>
    ),
  },
  phone: {
    alt: "A mobile phone with a message on it",
    body: (
      <g stroke={INK} strokeWidth="2.5">
        <rect x="24" y="6" width="32" height="68" rx="5" fill="#fff" />
        <rect x="29" y="18" width="22" height="12" rx="2" fill={BLUE} />
        <circle cx="40" cy="64" r="3" fill={INK} />
      </g>
    ),
  },
  form: {
    alt: "A form on a computer screen",
    body: (
      <g stroke={INK} strokeWidth="2.5" fill="#fff">
        <rect x="6" y="8" width="68" height="46" rx="3" />
        <path d="M30 54 l-4 14 h28 l-4 -14" fill={LIGHT} />
        <path d="M16 20 h30 M16 30 h40 M16 40 h22" stroke={BLUE} strokeWidth="4" />
      </g>
    ),
  },
  question: {
    alt: "A question mark",
    body: (
      <g fill="none" stroke={BLUE} strokeWidth="7" strokeLinecap="round">
        <path d="M26 26 a14 14 0 1 1 20 12 q-6 4 -6 12" />
        <circle cx="40" cy="66" r="2" fill={BLUE} />
      </g>
    ),
  },
  adult: {
    alt: "A birthday cake with the number 18",
    body: (
      <g stroke={INK} strokeWidth="2.5">
        <rect x="14" y="40" width="52" height="28" rx="3" fill={LIGHT} />
        <path d="M28 40 v-12 M40 40 v-12 M52 40 v-12" />
        <text x="40" y="61" textAnchor="middle" fontSize="16" fontWeight="700" fill={INK} stroke="none">
          18
        </text>
      </g>
    ),
  },
  place: {
    alt: "A map pin",
    body: (
      <g stroke={INK} strokeWidth="3">
        <path d="M40 74 q-24 -28 -24 -44 a24 24 0 0 1 48 0 q0 16 -24 44 z" fill={BLUE} />
        <circle cx="40" cy="30" r="8" fill="#fff" />
      </g>
    ),
  },
  help: {
    alt: "A heart held in two hands",
    body: (
      <g stroke={INK} strokeWidth="2.5">
        <path d="M40 44 l-14 -14 a8 8 0 0 1 14 -8 a8 8 0 0 1 14 8 z" fill={BLUE} />
        <path d="M8 50 q16 20 32 16 q16 4 32 -16" fill="none" />
      </g>
    ),
  },
  clock: {
    alt: "A clock",
    body: (
      <g stroke={INK} strokeWidth="3" fill="#fff">
        <circle cx="40" cy="40" r="30" />
        <path d="M40 22 v18 l12 8" stroke={BLUE} strokeWidth="4" fill="none" />
      </g>
    ),
  },
} satisfies Record<PictureName, { alt: string; body: ReactNode }>;

export function Picture({ name }: { name: PictureName }) {
  const { alt, body } = DRAWINGS[name];
  return (
    <svg className="easy-read__picture" viewBox="0 0 80 80" width="80" height="80" role="img" aria-label={alt}>
      {body}
    </svg>
  );
}
