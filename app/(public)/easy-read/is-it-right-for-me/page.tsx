import type { Metadata } from "next";
import { EasyReadPage } from "@/components/easy-read/easy-read-page";
import { EASY_READ } from "@/lib/content/easy-read";
import { pageTitle } from "@/lib/content/site";

export const metadata: Metadata = { title: pageTitle(EASY_READ.rightForMe.href) };

export default function EasyReadRightForMePage() {
  return <EasyReadPage page={EASY_READ.rightForMe} />;
}
