"use server";

/** The person responsible's record: through the staff action pipeline, with its own permission. */
import { z } from "zod";
import { staffFormAction } from "@/lib/actions/staff-action";
import { ukDay } from "@/lib/dates";
import { addResponsibleNote, saveResponsibleRecord } from "@/lib/responsible/record";
import { noteSchema, recordSchemaFor } from "@/lib/responsible/record-schemas";

const REFERRAL_ID = z.uuid();

const recordPage = (referralId: string, done: string) => ({
  revalidate: `/staff/referrals/${referralId}/person-responsible`,
  redirect: `/staff/referrals/${referralId}/person-responsible?done=${done}#top`,
});

export const saveRecordAction = staffFormAction({
  permission: "responsible.change",
  bound: [REFERRAL_ID],
  schema: z.intersection(
    recordSchemaFor(() => ukDay(new Date())),
    z.object({ version: z.preprocess((v) => (/^\d+$/.test(String(v)) ? Number(v) : -1), z.number()) }),
  ),
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await saveResponsibleRecord(prisma, staff, { ...input, referralId, ipAddress });
    return recordPage(referralId, "saved");
  },
});

export const addRecordNoteAction = staffFormAction({
  permission: "responsible.change",
  bound: [REFERRAL_ID],
  schema: noteSchema,
  run: async ({ prisma, staff, ipAddress }, input, referralId: string) => {
    await addResponsibleNote(prisma, staff, {
      referralId,
      text: input.note,
      contactWith: input.contactWith,
      channel: input.channel,
      ipAddress,
    });
    return recordPage(referralId, "note");
  },
});
