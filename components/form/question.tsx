"use client";

import type { UseFormRegister } from "react-hook-form";
import type {
  CheckboxField,
  CheckboxesField,
  Field,
  GroupField,
  RadiosField,
  RevealingOption,
  TextAreaField,
  TextField,
} from "@/lib/referrals/form-fields";
import { fieldId } from "@/lib/referrals/form-fields";
import { describedBy, ErrorMessage, Hint, labelText } from "./field-parts";
import type { FieldErrors, FormValues } from "@/lib/forms/form-state";
import type { FormWords } from "@/lib/forms/form-words";

export type QuestionContext = {
  values: FormValues;
  errors: FieldErrors;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  /** Whether an option is chosen right now (live with JavaScript, from `values` without). */
  isChosen: (name: string, value: string) => boolean;
  /** False until JavaScript runs: then unchosen options' extra questions are hidden. */
  enhanced: boolean;
  /** "(optional)" and "Error", in the page's language. */
  words: FormWords;
};

const asText = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const asList = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

function groupClass(error?: string) {
  return error ? "form-group form-group--error" : "form-group";
}

function TextQuestion({ field, ctx }: { field: TextField; ctx: QuestionContext }) {
  const id = fieldId(field.name);
  const error = ctx.errors[field.name];
  return (
    <div className={groupClass(error)}>
      <label className="label" htmlFor={id}>
        {labelText(field.label, field.optional, ctx.words.optional)}
      </label>
      <Hint id={`${id}-hint`}>{field.hint}</Hint>
      <ErrorMessage id={`${id}-error`} message={error} word={ctx.words.error} />
      <input
        className={`input input--width-${field.width ?? "full"}${error ? " input--error" : ""}`}
        id={id}
        type={field.type ?? "text"}
        autoComplete={field.autocomplete ?? "off"}
        inputMode={field.inputMode}
        spellCheck={field.spellCheck}
        maxLength={field.maxLength}
        defaultValue={asText(ctx.values[field.name])}
        aria-describedby={describedBy(field.hint && `${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...ctx.register(field.name)}
      />
    </div>
  );
}

function TextAreaQuestion({ field, ctx }: { field: TextAreaField; ctx: QuestionContext }) {
  const id = fieldId(field.name);
  const error = ctx.errors[field.name];
  return (
    <div className={groupClass(error)}>
      <label className="label" htmlFor={id}>
        {labelText(field.label, field.optional, ctx.words.optional)}
      </label>
      <Hint id={`${id}-hint`}>
        {field.hint ?? `You can enter up to ${field.maxLength.toLocaleString("en-GB")} characters`}
      </Hint>
      <ErrorMessage id={`${id}-error`} message={error} word={ctx.words.error} />
      <textarea
        className={`textarea${error ? " textarea--error" : ""}`}
        id={id}
        rows={field.rows ?? 5}
        autoComplete={field.autocomplete ?? "off"}
        defaultValue={asText(ctx.values[field.name])}
        aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
        aria-invalid={error ? true : undefined}
        {...ctx.register(field.name)}
      />
    </div>
  );
}

function GroupQuestion({ field, ctx }: { field: GroupField; ctx: QuestionContext }) {
  const id = fieldId(field.name);
  // Every box's error at once (GOV.UK's date input names what is wrong with each), each said once.
  const errors = [...new Set(field.fields.map((f) => ctx.errors[f.name]).filter((e): e is string => Boolean(e)))];
  const errorIds = errors.map((_, index) => `${id}-error${index ? `-${index + 1}` : ""}`);
  return (
    <div className={groupClass(errors[0])}>
      <fieldset
        className="fieldset"
        role="group"
        aria-describedby={describedBy(field.hint && `${id}-hint`, ...errorIds)}
      >
        <legend className="fieldset__legend fieldset__legend--s">
          {labelText(field.label, field.optional, ctx.words.optional)}
        </legend>
        <Hint id={`${id}-hint`}>{field.hint}</Hint>
        {errors.map((message, index) => (
          <ErrorMessage key={message} id={errorIds[index]!} message={message} word={ctx.words.error} />
        ))}
        <div className="date-input">
          {field.fields.map((part) => (
            <div className="date-input__item" key={part.name}>
              <label className="label" htmlFor={fieldId(part.name)}>
                {part.label}
              </label>
              <input
                className={`input input--width-${part.width ?? "4"}${ctx.errors[part.name] ? " input--error" : ""}`}
                id={fieldId(part.name)}
                type="text"
                inputMode={part.inputMode}
                maxLength={part.maxLength}
                defaultValue={asText(ctx.values[part.name])}
                aria-invalid={ctx.errors[part.name] ? true : undefined}
                {...ctx.register(part.name)}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

function Reveal({ name, option, ctx }: { name: string; option: RevealingOption; ctx: QuestionContext }) {
  if (!option.reveals?.length) return null;
  return (
    <div
      // Hidden from the first paint when its option is not chosen: by this class, which only
      // applies when scripts run (the <noscript> style in app/layout.tsx undoes it), so nothing
      // jumps as the script loads; then by `hidden`, as the choice changes.
      className={ctx.isChosen(name, option.value) ? "conditional" : "conditional conditional--hidden"}
      id={`${fieldId(name, option.value)}-conditional`}
      hidden={ctx.enhanced && !ctx.isChosen(name, option.value)}
    >
      {option.reveals.map((inner) => (
        <Question key={inner.name} field={inner} ctx={ctx} />
      ))}
    </div>
  );
}

function ChoiceQuestion({ field, ctx }: { field: RadiosField | CheckboxesField; ctx: QuestionContext }) {
  const type = field.kind === "radios" ? "radio" : "checkbox";
  const error = ctx.errors[field.name];
  const groupId = fieldId(field.name);
  const chosen = asList(ctx.values[field.name]);
  return (
    <div className={groupClass(error)}>
      <fieldset
        className="fieldset"
        aria-describedby={describedBy(field.hint && `${groupId}-hint`, error && `${groupId}-error`)}
      >
        <legend className="fieldset__legend fieldset__legend--m">
          {labelText(field.label, field.optional, ctx.words.optional)}
        </legend>
        <Hint id={`${groupId}-hint`}>{field.hint}</Hint>
        <ErrorMessage id={`${groupId}-error`} message={error} word={ctx.words.error} />
        <div className={`choices choices--${type}${field.kind === "radios" && field.inline ? " choices--inline" : ""}`}>
          {field.options.map((option) => {
            const id = fieldId(field.name, option.value);
            return (
              <div key={option.value}>
                <div className="choices__item">
                  <input
                    className="choices__input"
                    id={id}
                    type={type}
                    value={option.value}
                    defaultChecked={chosen.includes(option.value)}
                    aria-controls={option.reveals?.length && ctx.enhanced ? `${id}-conditional` : undefined}
                    {...ctx.register(field.name)}
                  />
                  <label className="label choices__label" htmlFor={id}>
                    {option.label}
                  </label>
                </div>
                <Reveal name={field.name} option={option} ctx={ctx} />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

function CheckboxQuestion({ field, ctx }: { field: CheckboxField; ctx: QuestionContext }) {
  const id = fieldId(field.name);
  const value = ctx.values[field.name];
  const error = ctx.errors[field.name];
  return (
    <div className={groupClass(error)}>
      <ErrorMessage id={`${id}-error`} message={error} word={ctx.words.error} />
      <div className="choices choices--checkbox">
        <div className="choices__item">
          <input
            className="choices__input"
            id={id}
            type="checkbox"
            value="yes"
            defaultChecked={value === "yes" || value === "true"}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error ? true : undefined}
            {...ctx.register(field.name)}
          />
          <label className="label choices__label" htmlFor={id}>
            {field.checkboxLabel}
          </label>
        </div>
      </div>
    </div>
  );
}

export function Question({ field, ctx }: { field: Field; ctx: QuestionContext }) {
  switch (field.kind) {
    case "text":
      return <TextQuestion field={field} ctx={ctx} />;
    case "textarea":
      return <TextAreaQuestion field={field} ctx={ctx} />;
    case "group":
      return <GroupQuestion field={field} ctx={ctx} />;
    case "radios":
    case "checkboxes":
      return <ChoiceQuestion field={field} ctx={ctx} />;
    case "checkbox":
      return <CheckboxQuestion field={field} ctx={ctx} />;
  }
}
