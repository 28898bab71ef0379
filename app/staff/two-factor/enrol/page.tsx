import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { EnrolForm } from "@/components/staff/enrol-form";
import { currentStaff } from "@/lib/auth/staff-session";
import { beginEnrolment } from "@/lib/auth/two-factor";
import { getDatabase } from "@/lib/db";
import { confirmEnrolmentAction } from "../../actions";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

export default async function EnrolPage() {
  const staff = await currentStaff();
  if (!staff) redirect("/staff/sign-in");
  if (staff.totpEnrolled) redirect("/staff");
  const { secret, qrSvg } = await beginEnrolment((await getDatabase()).prisma, staff);
  return (
    <>
      <h1>Set up two-factor sign-in</h1>
      <p>
        Every time you sign in you will need a code from an authenticator app on your phone, as well as your password.
      </p>
      <ol>
        <li>Open an authenticator app, such as Microsoft Authenticator or Google Authenticator.</li>
        <li>Add an account by scanning this QR code, or by typing in the key below it.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      {/* Drawn on our server from our own data (lib/auth/totp.ts): no outside input. */}
      <div
        className="qr-code"
        role="img"
        aria-label="QR code for your authenticator app"
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <p>
        Key:{" "}
        <code className="totp-key" data-totp-secret={secret}>
          {secret.match(/.{1,4}/g)!.join(" ")}
        </code>
      </p>
      <EnrolForm action={confirmEnrolmentAction} />
    </>
  );
}
