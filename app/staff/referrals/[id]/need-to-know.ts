import { forbidden, notFound } from "next/navigation";
import { isAppError } from "@/lib/errors/app-error";

/**
 * Opens what a page within a case shows: someone who does not need to know
 * gets the 403 page (the refusal is already audited), and a case or item that
 * does not exist the 404 page.
 */
export async function openOrRefuse<T>(open: () => Promise<T>): Promise<T> {
  try {
    return await open();
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "responsible.need-to-know") forbidden();
    notFound();
  }
}
