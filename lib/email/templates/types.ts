export type RenderedEmail = { subject: string; text: string; html: string };
