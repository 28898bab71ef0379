import type { ReactNode } from "react";
import { PublicPageFrame } from "@/components/public-page-frame";
import { env } from "@/lib/env";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicPageFrame languages={env().languages}>{children}</PublicPageFrame>;
}
