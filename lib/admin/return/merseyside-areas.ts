/**
 * Which of Merseyside's five council areas a referral came from, read from
 * the "Postcode or town" answer (pure). A postcode district decides it where
 * one is given (L, CH, WA and PR districts inside Merseyside); otherwise a
 * town or district name; anything else is "Not known". Districts that cross a
 * boundary are given to the area most of the district lies in.
 */
export const AREAS = ["Liverpool", "Knowsley", "Sefton", "St Helens", "Wirral", "Not known"] as const;
export type Area = (typeof AREAS)[number];

const DISTRICTS: Array<[RegExp, Area]> = [
  [/^L(2[0-3]|29|3[01]|3[78])$/, "Sefton"],
  [/^PR[89]$/, "Sefton"],
  [/^L(2[68]|3[2-6])$/, "Knowsley"],
  [/^L([1-9]|1[0-9]|2[457])$/, "Liverpool"],
  [/^CH(4[1-9]|6[0-3])$/, "Wirral"],
  [/^WA(9|1[0-2])$/, "St Helens"],
];

const PLACES: Record<Exclude<Area, "Not known">, string[]> = {
  Liverpool: [
    "liverpool",
    "aigburth",
    "allerton",
    "anfield",
    "childwall",
    "croxteth",
    "everton",
    "fazakerley",
    "garston",
    "kensington",
    "mossley hill",
    "norris green",
    "old swan",
    "speke",
    "toxteth",
    "walton",
    "wavertree",
    "west derby",
    "woolton",
    "kirkdale",
    "belle vale",
    "gateacre",
    "netherley",
    "clubmoor",
    "dingle",
  ],
  Knowsley: [
    "knowsley",
    "kirkby",
    "huyton",
    "prescot",
    "halewood",
    "whiston",
    "stockbridge village",
    "roby",
    "cronton",
  ],
  Sefton: [
    "sefton",
    "bootle",
    "crosby",
    "formby",
    "maghull",
    "southport",
    "litherland",
    "waterloo",
    "netherton",
    "ainsdale",
    "birkdale",
    "hightown",
    "seaforth",
    "thornton",
    "lydiate",
    "aintree",
  ],
  "St Helens": [
    "st helens",
    "st. helens",
    "saint helens",
    "newton-le-willows",
    "newton le willows",
    "rainhill",
    "haydock",
    "eccleston",
    "billinge",
    "rainford",
  ],
  Wirral: [
    "wirral",
    "birkenhead",
    "wallasey",
    "bebington",
    "heswall",
    "hoylake",
    "west kirby",
    "bromborough",
    "moreton",
    "new brighton",
    "upton",
    "greasby",
    "eastham",
    "rock ferry",
    "prenton",
    "leasowe",
    "irby",
  ],
};

/** The council area for a "Postcode or town" answer. */
export function areaOf(location: unknown): Area {
  if (typeof location !== "string") return "Not known";
  const text = location.trim().toLowerCase().replace(/\s+/g, " ");
  if (!text) return "Not known";
  // A full postcode or an outward code alone ("L20 3AB", "l20", "CH41 5LH").
  const outward = /^([a-z]{1,2}\d{1,2})(?: ?\d[a-z]{2})?$/.exec(text)?.[1]?.toUpperCase();
  if (outward) return DISTRICTS.find(([pattern]) => pattern.test(outward))?.[1] ?? "Not known";
  for (const [area, places] of Object.entries(PLACES) as Array<[Area, string[]]>) {
    if (places.some((place) => new RegExp(`(^|[^a-z])${place.replace(".", "\\.")}([^a-z]|$)`).test(text))) return area;
  }
  return "Not known";
}
