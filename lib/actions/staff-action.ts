/**
 * The one way to write a staff or administrator server action, in the spirit
 * of the action clients of dub (safe-action) and formbricks:
 *
 * 1. authorise once: a fully signed-in member of staff (AuthorisedStaff)
 *    with the action's permission (lib/auth/policy.ts);
 * 2. read the form and parse it with the step's zod schema: typed input, or
 *    the form back with a message per field and what was typed;
 * 3. run one service;
 * 4. an expected refusal (AppError) becomes the form's error state, or a
 *    redirect for a one-button form; anything else propagates to the error
 *    page (and the log).
 *
 * An action file then only says which permission, which schema, which service
 * and where to go afterwards.
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PgBoss } from "pg-boss";
import type { z } from "zod";
import type { FieldErrors, FormState } from "@/lib/forms/form-state";
import { authorise, requirePermission, type AuthorisedStaff, type Permission } from "@/lib/auth/policy";
import { currentStaff, signInPath } from "@/lib/auth/staff-session";
import { getDatabase } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clientAddress } from "@/lib/http/client-address";
import { getQueue } from "@/lib/jobs/queue";
import { firstErrors } from "@/lib/referrals/read-form";
import { parseBound } from "./public-action";

export type ActionContext = { staff: AuthorisedStaff; prisma: PrismaClient; ipAddress: string; queue: () => PgBoss };

/** What happens after a service succeeds: stay (the page is drawn again), or go somewhere. */
export type Afterwards = { redirect?: string; revalidate?: string } | void;

export type ActionStep<S extends z.ZodType, B extends unknown[], R> = {
  permission: Permission;
  schema: S;
  run: (ctx: ActionContext, input: z.output<S>, ...bound: B) => Promise<R>;
  /**
   * A schema for each bound argument (a referral's id, say, fixed into the form with .bind): a visitor can
   * change them in a form posted without JavaScript, so they are parsed before anything else and a value
   * no page of ours would write finds "page not found". tests/unit/entry-points.test.ts fails on an
   * action with bound arguments and no schemas for them.
   */
  bound?: readonly z.ZodType[];
};

export type StepOutcome<R> =
  { kind: "done"; result: R } | { kind: "invalid"; errors: FieldErrors } | { kind: "refused"; error: AppError };

/** Every string field of a posted form (a repeated name as a list), leaving out Next.js's own ($-prefixed). */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string" || name.startsWith("$")) continue;
    const before = values[name];
    values[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return values;
}

async function contextFor(permission: Permission): Promise<ActionContext> {
  const staff = authorise(await currentStaff());
  requirePermission(staff, permission);
  return { staff, prisma: (await getDatabase()).prisma, ipAddress: await clientAddress(), queue: getQueue };
}

/** Steps 1 to 4 for any action shape; the wrappers below turn the outcome into what their form expects. */
export async function runStep<S extends z.ZodType, B extends unknown[], R>(
  step: ActionStep<S, B, R>,
  values: Record<string, unknown>,
  bound: B,
): Promise<StepOutcome<R>> {
  let ctx: ActionContext;
  try {
    ctx = await contextFor(step.permission);
  } catch (error) {
    if (isAppError(error)) return { kind: "refused", error };
    throw error;
  }
  const parsed = step.schema.safeParse(values);
  if (!parsed.success) return { kind: "invalid", errors: firstErrors(parsed.error.issues) };
  try {
    return { kind: "done", result: await step.run(ctx, parsed.data, ...bound) };
  } catch (error) {
    if (isAppError(error)) return { kind: "refused", error };
    throw error;
  }
}

function follow(afterwards: Afterwards): void {
  if (afterwards?.revalidate) revalidatePath(afterwards.revalidate);
  if (afterwards?.redirect) redirect(afterwards.redirect);
}

/**
 * A form drawn with useActionState: refusals and invalid input come back to
 * the form, with what was typed; success goes where `run` says, or clears the form.
 */
export function staffFormAction<S extends z.ZodType, B extends unknown[]>(step: ActionStep<S, B, Afterwards>) {
  return async (...args: [...B, FormState, FormData]): Promise<FormState> => {
    const formData = args[args.length - 1] as FormData;
    const bound = parseBound(step.bound ?? [], args.slice(0, -2)) as B;
    const values = formValues(formData);
    const outcome = await runStep(step, values, bound);
    if (outcome.kind === "invalid") return { values, errors: outcome.errors };
    if (outcome.kind === "refused") return { values, errors: { [outcome.error.field]: outcome.error.userMessage } };
    follow(outcome.result);
    return { values: {}, errors: {} };
  };
}

/**
 * A one-button form (no state): success and refusals both end in a redirect;
 * someone no longer signed in goes to sign in, and back to `here` afterwards.
 */
export function staffButtonAction<S extends z.ZodType, B extends unknown[]>(
  step: ActionStep<S, B, Afterwards> & {
    here: (...bound: B) => string;
    /** Where a refusal goes (with its code for the page to explain); by default, back `here`. */
    refused?: (error: AppError, ...bound: B) => string;
  },
) {
  return async (...args: [...B, FormData]): Promise<void> => {
    const formData = args[args.length - 1] as FormData;
    const bound = parseBound(step.bound ?? [], args.slice(0, -1)) as B;
    const outcome = await runStep(step, formValues(formData), bound);
    if (outcome.kind === "refused" && (outcome.error.code === "session.ended" || outcome.error.code === "forbidden")) {
      redirect(signInPath(step.here(...bound)));
    }
    if (outcome.kind !== "done") {
      redirect(
        outcome.kind === "refused" && step.refused ? step.refused(outcome.error, ...bound) : step.here(...bound),
      );
    }
    follow(outcome.result);
  };
}
