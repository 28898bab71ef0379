/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import "@testing-library/jest-dom/jest-globals";
import { JourneyStepForm } from "@/components/form/journey-step-form";
import { StepForm } from "@/components/form/step-form";
import type { FormState } from "@/lib/forms/form-state";
import { STEPS } from "@/lib/referrals/questions";
import { firstErrors, readStepForm } from "@/lib/referrals/read-form";
import { STEP_SCHEMAS } from "@/lib/referrals/schema";

/** What the server action does with a post, without the database: check and send back. */
function serverCheck(received: FormState[]) {
  return async (_state: FormState, formData: FormData): Promise<FormState> => {
    const values = readStepForm(STEPS["about-you"].fields, formData);
    const parsed = STEP_SCHEMAS["about-you"].safeParse(values);
    const state = {
      values,
      errors: parsed.success ? { fullName: "That name is already in use" } : firstErrors(parsed.error.issues),
    };
    received.push(state);
    return state;
  };
}

describe("a question page's form", () => {
  it("shows the conditional question of an option already chosen, and hides the others (a step come back to)", () => {
    render(
      <JourneyStepForm
        step="safe-contact"
        fields={STEPS["safe-contact"].fields}
        action={serverCheck([])}
        initialValues={{ contactMethods: ["email"], emailAddress: "wren@example.com" }}
      />,
    );
    expect(screen.getByRole("checkbox", { name: "Email" })).toBeChecked();
    expect(screen.getByLabelText("Email address")).toBeVisible();
    expect(screen.getByLabelText("Email address")).toHaveValue("wren@example.com");
    expect(document.getElementById("f-contactMethods-phone-conditional")).not.toBeVisible();
  });

  it("labels every question, marks optional ones and shows hints", () => {
    render(
      <JourneyStepForm
        step="about-you"
        fields={STEPS["about-you"].fields}
        action={serverCheck([])}
        initialValues={{}}
      />,
    );
    expect(screen.getByLabelText("Full name")).toHaveAttribute("autocomplete", "name");
    expect(screen.getByLabelText("What would you like us to call you? (optional)")).toHaveAccessibleDescription(
      "If this is different from your full name",
    );
    expect(screen.getByRole("group", { name: "Are you 18 or over?" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Yes" })).not.toBeChecked();
    expect(screen.getByRole("radio", { name: "No" })).not.toBeChecked();
    expect(screen.getByLabelText("Postcode or town (optional)")).toBeInTheDocument();
  });

  it("shows an error summary and inline errors in the browser, without asking the server, and keeps what was typed", async () => {
    const received: FormState[] = [];
    render(
      <JourneyStepForm
        step="about-you"
        fields={STEPS["about-you"].fields}
        action={serverCheck(received)}
        initialValues={{}}
      />,
    );
    fireEvent.change(screen.getByLabelText("Postcode or town (optional)"), { target: { value: "L1 8JQ" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    });

    const summary = await screen.findByRole("alert");
    expect(summary).toHaveTextContent("There is a problem");
    const links = Array.from(summary.querySelectorAll("a")).map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["Enter your full name", "#f-fullName"],
      ["Select yes if you are 18 or over", "#f-over18-yes"],
    ]);
    await waitFor(() => expect(summary).toHaveFocus());
    expect(screen.getByLabelText("Full name")).toHaveAccessibleDescription("Error: Enter your full name");
    expect(screen.getByLabelText("Full name")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Postcode or town (optional)")).toHaveValue("L1 8JQ");
    expect(received).toHaveLength(0);
  });

  it("shows the server's errors and keeps the answers it sent back", async () => {
    const received: FormState[] = [];
    render(
      <JourneyStepForm
        step="about-you"
        fields={STEPS["about-you"].fields}
        action={serverCheck(received)}
        initialValues={{}}
      />,
    );
    fireEvent.change(screen.getByLabelText("Full name"), { target: { value: "Zoë d'Arcy" } });
    fireEvent.click(screen.getByRole("radio", { name: "Yes" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    });
    expect(await screen.findByRole("link", { name: "That name is already in use" })).toHaveAttribute(
      "href",
      "#f-fullName",
    );
    expect(received).toHaveLength(1);
    expect(received[0]!.values).toMatchObject({ fullName: "Zoë d'Arcy", over18: "yes" });
    expect(screen.getByLabelText("Full name")).toHaveValue("Zoë d'Arcy");
    expect(screen.getByRole("radio", { name: "Yes" })).toBeChecked();
  });

  it("shows the answers given before", () => {
    render(
      <JourneyStepForm
        step="safe-contact"
        fields={STEPS["safe-contact"].fields}
        action={serverCheck([])}
        initialValues={{ contactMethods: ["email"], emailAddress: "name@" }}
      />,
    );
    expect(screen.getByRole("checkbox", { name: "Email" })).toBeChecked();
    expect(screen.getByLabelText("Email address")).toHaveValue("name@");
  });

  it("shows the extra question for a chosen option only", async () => {
    render(
      <JourneyStepForm
        step="safe-contact"
        fields={STEPS["safe-contact"].fields}
        action={serverCheck([])}
        initialValues={{}}
      />,
    );
    const phone = screen.getByLabelText("Phone number");
    await waitFor(() => expect(phone).not.toBeVisible());
    fireEvent.click(screen.getByRole("checkbox", { name: "Phone call" }));
    await waitFor(() => expect(phone).toBeVisible());
  });

  it("leaves the checks to the server when the browser's cannot be loaded, and tries to load them again next time", async () => {
    const received: FormState[] = [];
    let attempts = 0;
    const unreachable = () => {
      attempts += 1;
      return Promise.reject(new Error("offline"));
    };
    render(
      <StepForm
        fields={STEPS["about-you"].fields}
        loadSchema={unreachable}
        action={serverCheck(received)}
        initialValues={{}}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    });
    // Nothing typed: the browser could not check, so the server did and its errors show.
    expect(await screen.findByRole("link", { name: "Enter your full name" })).toHaveAttribute("href", "#f-fullName");
    expect(received).toHaveLength(1);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    });
    await waitFor(() => expect(received).toHaveLength(2));
    expect(attempts).toBeGreaterThanOrEqual(2);
  });

  it("loads its checks once, when the form is first reached", async () => {
    let loads = 0;
    const load = () => {
      loads += 1;
      return import("@/lib/referrals/schema").then((m) => m.STEP_SCHEMAS["about-you"]);
    };
    render(
      <StepForm fields={STEPS["about-you"].fields} loadSchema={load} action={serverCheck([])} initialValues={{}} />,
    );
    expect(loads).toBe(0);
    fireEvent.focus(screen.getByLabelText("Full name"));
    fireEvent.focus(screen.getByLabelText("Postcode or town (optional)"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Continue" }));
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("Enter your full name");
    expect(loads).toBe(1);
  });
});
