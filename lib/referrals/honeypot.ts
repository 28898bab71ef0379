/** The hidden field people never see or fill in, and scripts that fill in every field do (shared by the form and the action). */
export const HONEYPOT_FIELD = "website";
