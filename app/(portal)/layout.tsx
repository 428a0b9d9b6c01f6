import type { ReactNode } from "react";
import { requirePageViewer } from "@/lib/auth/viewer.ts";

// Every page in this group is for signed-in users: a visitor is sent to sign in (and back) here,
// before anything of the page streams, so the answer is a redirect, never a page that turns into one.
// The header and <main> stay in the root layout, which the not-found and error pages share.
// Pages still ask for the viewer themselves (cached per request): a layout is not rendered again
// when the browser moves between the pages under it.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  await requirePageViewer();
  return children;
}
