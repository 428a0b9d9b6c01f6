import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BulletinExtensions } from "@/components/extensions/bulletin-extensions.tsx";
import { BulletinQuality } from "@/components/quality/bulletin-quality.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { COLOUR_ORDER } from "@/components/status/colour-style.ts";
import { BulletinDocumentView } from "@/components/bulletins/bulletin-document-view.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PrintButton } from "@/components/ui/print-button.tsx";
import { bulletinDocument } from "@/lib/domain/bulletin/bulletin-document.ts";
import type { BulletinSnapshot } from "@/lib/domain/bulletin/bulletin-snapshot.ts";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { bulletinIdSchema } from "@/lib/data/bulletins/bulletin-id.ts";
import { getBulletin } from "@/lib/data/bulletins/get-bulletin.ts";
import { formatDate } from "@/lib/format.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { getPlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
import { statusMessages as s } from "@/lib/messages/status.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.title };

export default async function BulletinPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const id = bulletinIdSchema.safeParse((await params).id);
  const viewer = await requirePageViewer();
  const bulletin = id.success ? await getBulletin(viewer, id.data) : null;
  if (!bulletin) notFound();
  const snap = bulletin.snapshot;
  const official = snap.document && snap.narrative ? bulletinDocument(snap, snap.document, snap.narrative, bulletin.issuedOn) : null;
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/bulletins", await getPlanSummary(viewer, bulletin.planId)), label: m.title }]} />
      <PageTitle
        eyebrow={`${snap.plan.title} · ${m.asOf}${formatDate(snap.asOf)} · ${m.issuedAt} ${formatDate(bulletin.issuedOn)}（${bulletin.issuedBy}）`}
        aside={
          <p className="flex items-center gap-3 text-sm print:hidden">
            <a href={`/bulletins/${bulletin.id}/docx`}>
              {m.download} {m.word}
            </a>
            <a href={`/bulletins/${bulletin.id}/xlsx`}>
              {m.download} {m.excel}
            </a>
            <PrintButton />
          </p>
        }
      >
        {m.heading(snap.periodLabel)}
      </PageTitle>
      {official ? <BulletinDocumentView doc={official} /> : <LegacyBulletin snap={snap} />}
    </>
  );
}

/** Bulletins issued before the official layout, shown as they were. */
function LegacyBulletin({ snap }: { snap: BulletinSnapshot }) {
  const items = snap.measures.filter((x) => x.colour === "RED" || x.colour === "YELLOW");
  return (
    <>
      <Card className="mb-4">
        <h2 className="mb-2 font-bold">{m.sections.summary}</h2>
        <p className="flex flex-wrap gap-4" data-testid="bulletin-counts">
          {COLOUR_ORDER.map((c) => (
            <span key={c} className="flex items-center gap-1">
              <ColourBadge colour={c} /> {snap.counts[c]}
            </span>
          ))}
        </p>
      </Card>
      <Card className="mb-4">
        <h2 className="mb-2 font-bold">{m.sections.items}</h2>
        {items.length === 0 ? (
          <p className="text-sm">{s.summary.noItems}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="bulletin-items">
            {items.map((x) => (
              <li key={`${x.task}-${x.number}`} className="py-2">
                <ColourBadge colour={x.colour} /> 任务{x.task}·措施{x.number} {x.taskTitle}（{x.leadUnit}）：{x.reasons.join("；")}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 font-bold">{m.sections.units}</h2>
        <ul className="grid gap-x-6 text-sm sm:grid-cols-2" data-testid="bulletin-units">
          {snap.units.map((u) => (
            <li key={u.name} className="flex justify-between">
              <span>{u.name}</span>
              <span className="tabular-nums">
                {u.onTimeRate === null ? "—" : `${u.onTimeRate}%`}（{u.onTime}/{u.due}）
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <BulletinExtensions extensions={snap.extensions} />
      <BulletinQuality rows={snap.quality} />
    </>
  );
}
