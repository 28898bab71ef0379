/** The words for each staff role, wherever a role is shown (the staff pages, the audit log). */
export const ROLE_LABELS = { STAFF: "Staff", ADMIN: "Administrator" } as const;
