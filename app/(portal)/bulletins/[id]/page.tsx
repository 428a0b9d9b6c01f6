import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BulletinDocumentView } from "@/components/bulletins/bulletin-document-view.tsx";
import { LegacyBulletin } from "@/components/bulletins/legacy-bulletin.tsx";
import { PrintButton } from "@/components/ui/print-button.tsx";
import { bulletinDocument } from "@/lib/domain/bulletin/bulletin-document.ts";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { bulletinIdSchema } from "@/lib/data/bulletins/bulletin-id.ts";
import { getBulletin } from "@/lib/data/bulletins/get-bulletin.ts";
import { formatDate } from "@/lib/format.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { getPlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { planHref } from "@/lib/plan-links.ts";
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
