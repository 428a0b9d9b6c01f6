import type { Metadata } from "next";
import { connection } from "next/server";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { SummarySheet } from "@/components/status/summary-sheet.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getSummary } from "@/lib/data/status/get-summary.ts";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { statusMessages } from "@/lib/messages/status.ts";

const s = statusMessages.summary;
export const metadata: Metadata = { title: s.title };

export default async function SummaryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", s.title);
  if (!plan) return blocked;
  const parsed = asOfSchema.safeParse(raw.asOf);
  const data = await getSummary(viewer, plan, parsed.success ? parsed.data : undefined);
  return <SummarySheet data={data} plan={plan} asOfError={parsed.success ? undefined : statusMessages.asOfInvalid} />;
}
