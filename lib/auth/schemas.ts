/** The staff sign-in forms' schemas, shared by the browser and the server actions. */
import { z } from "zod";
import { asString } from "@/lib/forms/schema-helpers";
import { PASSWORD_MAX_LENGTH } from "./password-rules";

const text = (message: string, max: number) =>
  z.preprocess(asString, z.string().trim().min(1, message).max(max, message));

export const signInSchema = z.object({
  email: text("Enter your email address", 254),
  // Not trimmed: spaces can be part of a password.
  password: z.preprocess(asString, z.string().min(1, "Enter your password").max(1024, "Enter your password")),
});

export const setPasswordSchema = z.object({
  password: z.preprocess(
    asString,
    z
      .string()
      .min(1, "Enter a password")
      .max(PASSWORD_MAX_LENGTH * 4, "Enter a password"),
  ),
  confirm: z.preprocess(asString, z.string().min(1, "Enter the password again")),
});

export const codeSchema = z.object({
  code: text("Enter the code from your authenticator app, or a recovery code", 20),
});
