import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { BulletinSettingsForm } from "@/components/bulletins/bulletin-settings-form.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { planRef } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { getBulletinSettings } from "@/lib/data/bulletins/bulletin-settings.ts";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { can } from "@/lib/auth/permissions.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listBulletins } from "@/lib/data/bulletins/list-bulletins.ts";
import { formatDate } from "@/lib/format.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";

export const metadata: Metadata = { title: m.title };

export default async function BulletinsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const viewer = await requirePageViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "read", m.title);
  if (!plan) return blocked;
  const data = await listBulletins(viewer, plan);
  const settings = can(viewer, { action: "bulletin:configure", plan: planRef(plan) }) ? await getBulletinSettings(viewer, plan) : null;
  return (
    <>
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />}>{m.title}</PageTitle>
      {settings ? (
        <Card className="mb-4">
          <h2 className="mb-2 font-bold">{m.issue}</h2>
          {data.issuable.length > 0 ? (
            <Link href={planHref("/bulletins/draft", plan)} className="font-medium" data-testid="draft-link">
              {m.draft.start}
            </Link>
          ) : (
            <p className="text-sm text-slate-600">{m.draft.noneIssuable}</p>
          )}
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium">{m.settings.title}</summary>
            <div className="mt-2">
              <BulletinSettingsForm planId={plan.id} settings={settings} />
            </div>
          </details>
        </Card>
      ) : null}
      <Card>
        {data.bulletins.length === 0 ? (
          <p className="text-sm text-slate-600">{m.none}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="bulletins">
            {data.bulletins.map((b) => (
              <li key={b.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2">
                <Link href={`/bulletins/${b.id}`} className="font-medium">
                  {m.heading(b.label)}
                </Link>
                <span className="text-sm text-slate-600">
                  {m.asOf} {formatDate(b.asOf)}
                </span>
                <a href={`/bulletins/${b.id}/docx`} className="text-sm">
                  {m.download} {m.word}
                </a>
                <a href={`/bulletins/${b.id}/xlsx`} className="text-sm">
                  {m.download} {m.excel}
                </a>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
