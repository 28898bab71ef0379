/**
 * @jest-environment jsdom
 */
import { render, screen } from "@testing-library/react";
import "@testing-library/jest-dom/jest-globals";
import { ServerErrorMessage } from "@/components/server-error-message";
import { HelpContacts } from "@/components/help-contacts";

describe("the server error message", () => {
  it("says sorry without any detail, what happened to the answers, and points to help", () => {
    render(<ServerErrorMessage />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Sorry, there is a problem with the service");
    expect(screen.getByText(/answers you saved before this page are kept/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "999" })).toHaveAttribute("href", "tel:999");
    expect(screen.getByRole("link", { name: "how to get help now" })).toHaveAttribute("href", "/get-help-now");
  });
});

describe("the help contacts", () => {
  it("lists the published numbers as phone links and names Victim Care Merseyside without a number", () => {
    render(<HelpContacts />);
    expect(screen.getByRole("link", { name: "0800 555 111" })).toHaveAttribute("href", "tel:0800555111");
    expect(screen.getByRole("link", { name: "0800 138 1625" })).toHaveAttribute("href", "tel:08001381625");
    expect(screen.getByRole("link", { name: "101" })).toHaveAttribute("href", "tel:101");
    const victimCare = screen.getByText(/Victim Care Merseyside/).closest("li")!;
    expect(victimCare.querySelector("a")).toBeNull();
  });
});
