"use client";

import { createContext, useContext, type ReactNode } from "react";
import { ENGLISH_FORM_WORDS, type FormWords } from "@/lib/forms/form-words";

/** The form words of the page's language, for every form below it (lib/forms/form-words.ts). */
const Words = createContext<FormWords>(ENGLISH_FORM_WORDS);

export function FormWordsProvider({ words, children }: { words: FormWords; children: ReactNode }) {
  return <Words.Provider value={words}>{children}</Words.Provider>;
}

export function useFormWords(): FormWords {
  return useContext(Words);
}
