-- The person responsible's contact log (issue 21): a note can be a contact, with whom and how.

-- AlterTable
ALTER TABLE "responsible_notes" ADD COLUMN     "channel" VARCHAR(20),
ADD COLUMN     "contact_with" VARCHAR(20);
