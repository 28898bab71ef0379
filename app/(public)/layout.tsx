import type { ReactNode } from "react";
import { PublicPageFrame } from "@/components/public-page-frame";

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicPageFrame>{children}</PublicPageFrame>;
}
