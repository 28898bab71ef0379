"use client";

import { ServerErrorMessage } from "@/components/server-error-message";

/** Shown inside the public layout (so Exit this page is still there) when a page fails. */
export default function PublicError() {
  return <ServerErrorMessage />;
}
