"use client";

import type { Field } from "@/lib/referrals/form-fields";
import { StepForm, type StepAction } from "./step-form";

const CONSENT_FIELDS: Field[] = [
  {
    kind: "checkbox",
    name: "consent",
    label: "Your agreement",
    checkboxLabel:
      "I agree to share my answers with Restorative Solutions so that a facilitator can contact me about restorative justice",
  },
];

export function ConsentForm({ action }: { action: StepAction }) {
  return (
    <StepForm
      fields={CONSENT_FIELDS}
      loadSchema={() => import("@/lib/referrals/schema").then((m) => m.consentSchema)}
      action={action}
      initialValues={{}}
      submitLabel="Start now"
    />
  );
}
