import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ExtensionRequestForm } from "@/components/extensions/extension-request-form.tsx";
import { ExtensionTargetSummary } from "@/components/extensions/extension-target-summary.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { today } from "@/lib/clock.ts";
import { extensionItemSchema, REASON_LIMIT } from "@/lib/data/extensions/extension-input.ts";
import { getExtensionTarget } from "@/lib/data/extensions/get-extension-target.ts";
import { earliestRequestableDueOn } from "@/lib/domain/extensions/extension-rules.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

export const metadata: Metadata = { title: m.newTitle };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewExtensionPage({ searchParams }: Props) {
  await connection();
  const query = await searchParams;
  const ref = extensionItemSchema.safeParse({ measureId: query.measureId, problemId: query.problemId });
  const viewer = await requirePageViewer();
  if (viewer.role !== "REPORTER" || viewer.unitId === null) return <ForbiddenNotice title={m.newTitle} detail={m.forbiddenRequest} />;
  if (!ref.success) notFound();
  // Loaded for the viewer's unit only: another unit's measure or entry is "not found".
  const target = await getExtensionTarget(viewer, ref.data);
  if (!target) notFound();
  const backHref = target.problem ? `/problems/${target.problem.id}` : `/measures/${target.measure.id}`;
  return (
    <>
      <Breadcrumb trail={[{ href: backHref, label: target.problem ? m.form.backToProblem : m.form.backToMeasure }]} />
      <PageTitle eyebrow={m.title}>{m.newTitle}</PageTitle>
      <Card className="mb-5">
        <ExtensionTargetSummary target={target} />
      </Card>
      <Card>
        {target.problem?.resolved ? (
          <p className="text-sm text-slate-700" data-testid="extension-unavailable">
            {m.problemResolved}
          </p>
        ) : target.pending ? (
          <p className="text-sm text-slate-700" data-testid="extension-unavailable">
            {m.form.pending}
            <Link href="/extensions">{m.title}</Link>
          </p>
        ) : (
          <ExtensionRequestForm
            item={target.problem ? { problemId: target.problem.id } : { measureId: target.measure.id }}
            min={earliestRequestableDueOn(target.currentDueOn, today())}
            reasonLimit={REASON_LIMIT}
          />
        )}
      </Card>
    </>
  );
}
