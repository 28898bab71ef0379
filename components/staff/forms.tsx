"use client";

import { StepForm, type StepAction } from "@/components/form/step-form";
import type { Field } from "@/lib/referrals/form-fields";
import { PASSWORD_HINT } from "@/lib/auth/password-rules";

const SIGN_IN: Field[] = [
  {
    kind: "text",
    name: "email",
    label: "Email address",
    type: "email",
    autocomplete: "username",
    spellCheck: false,
    maxLength: 254,
  },
  {
    kind: "text",
    name: "password",
    label: "Password",
    type: "password",
    autocomplete: "current-password",
    maxLength: 1024,
  },
];

const SET_PASSWORD: Field[] = [
  {
    kind: "text",
    name: "password",
    label: "New password",
    type: "password",
    autocomplete: "new-password",
    maxLength: 512,
    hint: PASSWORD_HINT,
  },
  {
    kind: "text",
    name: "confirm",
    label: "Enter the password again",
    type: "password",
    autocomplete: "new-password",
    maxLength: 512,
  },
];

const CODE: Field[] = [
  {
    kind: "text",
    name: "code",
    label: "Code",
    inputMode: "numeric",
    autocomplete: "one-time-code",
    spellCheck: false,
    width: "10",
    maxLength: 20,
    hint: "The 6-digit code from your authenticator app, or one of your recovery codes",
  },
];

export function SignInForm({ action, next }: { action: StepAction; next?: string }) {
  return (
    <StepForm
      fields={SIGN_IN}
      loadSchema={() => import("@/lib/auth/schemas").then((m) => m.signInSchema)}
      action={action}
      initialValues={{}}
      submitLabel="Sign in"
      hidden={next ? { next } : {}}
    />
  );
}

export function SetPasswordForm({ action }: { action: StepAction }) {
  return (
    <StepForm
      fields={SET_PASSWORD}
      loadSchema={() => import("@/lib/auth/schemas").then((m) => m.setPasswordSchema)}
      action={action}
      initialValues={{}}
      submitLabel="Set password"
    />
  );
}

export function CodeForm({
  action,
  next,
  submitLabel = "Continue",
}: {
  action: StepAction;
  next?: string;
  submitLabel?: string;
}) {
  return (
    <StepForm
      fields={CODE}
      loadSchema={() => import("@/lib/auth/schemas").then((m) => m.codeSchema)}
      action={action}
      initialValues={{}}
      submitLabel={submitLabel}
      hidden={next ? { next } : {}}
    />
  );
}
