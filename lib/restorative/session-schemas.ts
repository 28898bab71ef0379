/** The checks for booking a session and recording what happened, in the browser and on the server. */
import { z } from "zod";
import { optionalDay } from "@/lib/forms/day-month-year";
import { asString, asStringArray, EVEN_WITH_OTHER_ERRORS } from "@/lib/forms/schema-helpers";
import { CHANNELS, NOT_HAPPENED_REASONS, SESSION_LIMITS, SESSION_PEOPLE, SESSION_TYPES } from "./session-fields";

export const SESSION_MESSAGES = {
  type: "Select what kind of session it is",
  day: (what: string) => `${what} must be a real date, like 14 1 2027`,
  dayMissing: (what: string) => `Enter ${what.toLowerCase()}`,
  tooFar: "The date must be within 2 years from today",
  time: "Enter the time like 10:30am, 2pm or 14:30",
  minutes: "Enter how long in minutes, from 5 to 480",
  channel: "Select how it will take place",
  place: "Enter where it will take place",
  attendees: "Select who is expected",
  happened: "Select whether it took place",
  attended: "Select who came",
  reason: "Select why it did not take place",
  otherReason: "Say in the summary why it did not take place",
  safeguarding: "Select whether you raised a safeguarding concern",
  safeguardingTo: "Enter who you raised the concern with",
  future: (what: string) => `${what} must be today or in the past`,
  tooLong: (what: string, max: number) => `${what} must be ${max.toLocaleString("en-GB")} characters or fewer`,
} as const;
const M = SESSION_MESSAGES;

const str = (v: unknown) => asString(v).trim();
const text = (max: number, what: string) =>
  z.preprocess(str, z.string().max(max, M.tooLong(what, max))).transform((v) => v || null);
const anyText = z.preprocess(str, z.string());
const values = <T extends ReadonlyArray<{ value: string }>>(options: T) =>
  options.map((o) => o.value) as [T[number]["value"], ...T[number]["value"][]];
const choice = <T extends ReadonlyArray<{ value: string }>>(options: T, message: string) =>
  z.preprocess(str, z.enum(values(options), message));
const people = z.preprocess(asStringArray, z.array(z.enum(values(SESSION_PEOPLE))));

/** "10:30am", "2pm", "14:30", "9.15" as hours and minutes, or null. */
export function readClock(typed: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(typed.trim().replace(/\s+/g, ""));
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] ? Number(match[2]) : 0;
  const half = match[3]?.toLowerCase();
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === "pm" ? 12 : 0);
  } else if (hours > 23 || !match[2]) {
    return null; // "10" alone could be morning or evening
  }
  return { hours, minutes };
}

const addYears = (isoDay: string, years: number) => `${Number(isoDay.slice(0, 4)) + years}${isoDay.slice(4)}`;

/** `today`: the server's UK day (yyyy-mm-dd). */
export function bookSchemaFor(today: () => string) {
  return z
    .object({
      type: choice(SESSION_TYPES, M.type),
      onDay: anyText,
      onMonth: anyText,
      onYear: anyText,
      time: anyText,
      minutes: anyText,
      channel: choice(CHANNELS, M.channel),
      place: text(SESSION_LIMITS.place, "Where"),
      attendees: people,
      interpreter: text(SESSION_LIMITS.interpreter, "The interpreter's language"),
    })
    .superRefine((value, ctx) => {
      // Checked even while another answer is wrong, so every problem shows at once.
      const day = optionalDay(value, "on");
      if (day === null) ctx.addIssue({ code: "custom", path: ["onDay"], message: M.dayMissing("The date") });
      else if (day === "invalid") ctx.addIssue({ code: "custom", path: ["onDay"], message: M.day("The date") });
      else if (day > addYears(today(), 2)) ctx.addIssue({ code: "custom", path: ["onDay"], message: M.tooFar });
      if (!readClock(value.time)) ctx.addIssue({ code: "custom", path: ["time"], message: M.time });
      if (value.minutes && !(/^\d{1,3}$/.test(value.minutes) && +value.minutes >= 5 && +value.minutes <= 480))
        ctx.addIssue({ code: "custom", path: ["minutes"], message: M.minutes });
      if (value.channel === "IN_PERSON" && !value.place)
        ctx.addIssue({ code: "custom", path: ["place"], message: M.place });
      if (!value.attendees?.length) ctx.addIssue({ code: "custom", path: ["attendees"], message: M.attendees });
    }, EVEN_WITH_OTHER_ERRORS)
    .transform((value) => ({
      type: value.type,
      day: optionalDay(value, "on") as string,
      clock: readClock(value.time) as { hours: number; minutes: number },
      minutes: value.minutes ? Number(value.minutes) : 60,
      channel: value.channel,
      place: value.channel === "IN_PERSON" ? value.place : null,
      attendees: value.attendees,
      interpreter: value.interpreter,
    }));
}
export type BookInput = z.output<ReturnType<typeof bookSchemaFor>>;

export function recordSessionSchemaFor(today: () => string) {
  return z
    .object({
      happened: choice([{ value: "yes" }, { value: "no" }], M.happened),
      attended: people,
      notHappenedReason: z.preprocess(str, z.string()),
      summary: text(SESSION_LIMITS.summary, "The summary"),
      concerns: text(SESSION_LIMITS.concerns, "The concerns"),
      safeguarding: choice([{ value: "yes" }, { value: "no" }], M.safeguarding),
      safeguardingTo: text(SESSION_LIMITS.safeguardingTo, "Who it was raised with"),
      safeguardingOnDay: anyText,
      safeguardingOnMonth: anyText,
      safeguardingOnYear: anyText,
      safeguardingRef: text(SESSION_LIMITS.safeguardingRef, "Their reference"),
    })
    .superRefine((value, ctx) => {
      if (value.happened === "yes" && !value.attended?.length)
        ctx.addIssue({ code: "custom", path: ["attended"], message: M.attended });
      if (value.happened === "no") {
        if (!NOT_HAPPENED_REASONS.some((r) => r.value === value.notHappenedReason))
          ctx.addIssue({ code: "custom", path: ["notHappenedReason"], message: M.reason });
        else if (value.notHappenedReason === "other" && !value.summary)
          ctx.addIssue({ code: "custom", path: ["summary"], message: M.otherReason });
      }
      if (value.safeguarding === "yes") {
        if (!value.safeguardingTo)
          ctx.addIssue({ code: "custom", path: ["safeguardingTo"], message: M.safeguardingTo });
        const day = optionalDay(value, "safeguardingOn");
        if (day === null)
          ctx.addIssue({
            code: "custom",
            path: ["safeguardingOnDay"],
            message: M.dayMissing("The date it was raised"),
          });
        else if (day === "invalid")
          ctx.addIssue({ code: "custom", path: ["safeguardingOnDay"], message: M.day("The date it was raised") });
        else if (day > today())
          ctx.addIssue({ code: "custom", path: ["safeguardingOnDay"], message: M.future("The date it was raised") });
      }
    }, EVEN_WITH_OTHER_ERRORS)
    .transform((value) => {
      const happened = value.happened === "yes";
      const raised = value.safeguarding === "yes";
      return {
        happened,
        attended: happened ? value.attended : [],
        notHappenedReason: happened ? null : value.notHappenedReason,
        summary: value.summary,
        concerns: value.concerns,
        safeguardingRaised: raised,
        safeguardingTo: raised ? value.safeguardingTo : null,
        safeguardingOn: raised ? optionalDay(value, "safeguardingOn") : null,
        safeguardingRef: raised ? value.safeguardingRef : null,
      };
    });
}
export type RecordSessionInput = z.output<ReturnType<typeof recordSessionSchemaFor>>;
