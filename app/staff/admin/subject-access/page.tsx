import type { Metadata } from "next";
import { AdminNav, Notice } from "@/components/admin/admin-nav";
import { PersonSearch } from "@/components/admin/person-search";
import { requireStaffPage } from "@/lib/auth/staff-session";
import { personSearchAction } from "./actions";

export const metadata: Metadata = { title: "Subject access and erasure" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubjectAccessPage({ searchParams }: Props) {
  await requireStaffPage("/staff/admin/subject-access", "subject-access.manage");
  const done = (await searchParams).done === "erased" ? "The referral’s personal data has been erased. The audit trail records it." : undefined;
  return (
    <>
      <AdminNav current="/staff/admin/subject-access" />
      <Notice message={done} />
      <h1>Subject access and erasure</h1>
      <p>When someone asks what we hold about them, or asks us to erase it, find their referrals here. Check who they are first, as your procedure says.</p>
      <PersonSearch action={personSearchAction} />
    </>
  );
}
