/** The erase form's questions (checked by eraseFormSchema in schemas.ts): a reason for the audit trail, and the reference typed to confirm. */
import type { Field } from "@/lib/referrals/form-fields";

export function eraseFields(words: { reasonHint: string; referenceLabel: string }): Field[] {
  return [
    {
      kind: "textarea",
      name: "eraseReason",
      label: "Why is it being erased?",
      rows: 2,
      maxLength: 500,
      hint: words.reasonHint,
    },
    {
      kind: "text",
      name: "confirmReference",
      label: words.referenceLabel,
      width: "10",
      maxLength: 12,
      spellCheck: false,
      autocomplete: "off",
    },
  ];
}
