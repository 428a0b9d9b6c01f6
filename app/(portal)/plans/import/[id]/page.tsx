import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CarryOverChoices } from "@/components/plans/carry-over-choices.tsx";
import { ConfirmImportForm } from "@/components/plans/confirm-import-form.tsx";
import { ImportDiff } from "@/components/plans/import-diff.tsx";
import { ImportIssues } from "@/components/plans/import-issues.tsx";
import { ImportSummary } from "@/components/plans/import-summary.tsx";
import { ImportUnitMatches } from "@/components/plans/import-unit-matches.tsx";
import { NoticeStructure } from "@/components/plans/notice-structure.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getImportPreview } from "@/lib/data/plans/get-import-preview.ts";
import { isAppError } from "@/lib/errors.ts";
import { planLabel } from "@/lib/format.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { idParamSchema } from "@/lib/route-params.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

const p = planMessages.preview;
export const metadata: Metadata = { title: p.title };

type Props = { params: Promise<{ id: string }> };

export default async function ImportPreviewPage({ params }: Props) {
  await connection();
  const raw = (await params).id;
  const viewer = await requirePageViewer();
  const id = idParamSchema.safeParse(raw);
  if (!id.success) notFound();
  const preview = await getImportPreview(viewer, id.data).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { notice, region, rollover } = preview;
  const year = notice?.plan.year ?? 0;
  const label = planLabel({ year, region });
  const again = rollover ? `/plans/import?from=${rollover.from.id}` : `/plans/import?region=${encodeURIComponent(region.name)}`;
  return (
    <>
      <Breadcrumb trail={[{ href: "/plans", label: planMessages.manage.title }]} />
      <PageTitle eyebrow={p.file(preview.fileName)}>{p.title}</PageTitle>

      <ImportIssues issues={preview.issues} again={again} />

      {notice ? (
        <ConfirmImportForm
          id={preview.id}
          basis={preview.basis}
          disabled={preview.issues.length > 0}
          question={rollover ? p.confirmRolloverQuestion(label, rollover.from.title) : p.confirmQuestion(label)}
        >
          <ImportSummary preview={preview} label={label} />

          {preview.diff ? (
            <Card className="mb-5">
              <h2 className="mb-2 font-bold">{p.diffTitle}</h2>
              <ImportDiff diff={preview.diff} />
            </Card>
          ) : null}

          <ImportUnitMatches preview={preview} />

          {rollover ? <CarryOverChoices rollover={rollover} /> : null}

          <h2 className="mb-2 font-bold">{p.structureTitle}</h2>
          <NoticeStructure notice={notice} />
        </ConfirmImportForm>
      ) : null}
    </>
  );
}
