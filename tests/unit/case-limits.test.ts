/** Each case text limit is written once: the form's schema and the service refuse at the same length, in the same words. */
import { CASE_SCHEMAS, CASE_TEXT_LIMITS, requireWithinLimit } from "@/lib/workspace/case-schemas";
import { AppError } from "@/lib/errors/app-error";

const schemaFor = (field: string) =>
  Object.values(CASE_SCHEMAS).find((schema) => {
    const shape =
      "shape" in schema ? schema.shape : (schema as unknown as { in: { shape: Record<string, unknown> } }).in.shape;
    return field in shape;
  })!;

describe.each(
  Object.entries(CASE_TEXT_LIMITS) as Array<[keyof typeof CASE_TEXT_LIMITS, { max: number; code: string }]>,
)("the %s limit", (field, { max, code }) => {
  it(`is ${max} characters, in the form and in the service, with one message`, () => {
    const tooLong = "x".repeat(max + 1);
    const parsed = schemaFor(field).safeParse({ [field]: tooLong });
    const formMessage = parsed.success
      ? undefined
      : parsed.error.issues.find((issue) => issue.path[0] === field)?.message;
    let refusal: unknown;
    try {
      requireWithinLimit(field, tooLong);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({ code, field });
    expect(formMessage).toBe((refusal as AppError).userMessage);
    expect(formMessage).toContain(max.toLocaleString("en-GB"));
    expect(() => requireWithinLimit(field, "x".repeat(max))).not.toThrow();
  });
});
