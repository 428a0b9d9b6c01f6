import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ConfirmImportForm } from "@/components/plans/confirm-import-form.tsx";
import { ImportDiff } from "@/components/plans/import-diff.tsx";
import { NoticeStructure } from "@/components/plans/notice-structure.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { getImportPreview } from "@/lib/data/plans/get-import-preview.ts";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { isAppError } from "@/lib/errors.ts";
import { planLabel } from "@/lib/format.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
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
  const { notice, region, existing, rollover } = preview;
  const year = notice?.plan.year ?? 0;
  const label = planLabel({ year, region });
  const again = rollover ? `/plans/import?from=${rollover.from.id}` : `/plans/import?region=${encodeURIComponent(region.name)}`;
  return (
    <>
      <Breadcrumb trail={[{ href: "/plans", label: planMessages.manage.title }]} />
      <PageTitle eyebrow={p.file(preview.fileName)}>{p.title}</PageTitle>

      {preview.issues.length > 0 ? (
        <section className="mb-5 rounded-lg border border-red-300 bg-red-50 p-4 sm:p-5" data-testid="import-issues">
          <h2 className="font-bold text-red-900">{p.issuesTitle(preview.issues.length)}</h2>
          <p className="mb-2 text-sm text-red-900">{p.issuesHint}</p>
          <ol className="space-y-2 text-sm">
            {preview.issues.map((issue, i) => (
              <li key={i} data-testid="import-issue">
                <span className="font-medium">{issue.line ? p.line(issue.line) : p.noLine}</span>：{issue.message}
                {issue.text ? (
                  <code className="mt-0.5 block whitespace-pre-wrap rounded bg-white px-2 py-1 text-slate-800">{issue.text}</code>
                ) : null}
              </li>
            ))}
          </ol>
          <p className="mt-3 text-sm">
            <Link href={again}>{p.reupload}</Link>
          </p>
        </section>
      ) : null}

      {notice ? (
        <ConfirmImportForm
          id={preview.id}
          basis={preview.basis}
          disabled={preview.issues.length > 0}
          question={rollover ? p.confirmRolloverQuestion(label, rollover.from.title) : p.confirmQuestion(label)}
        >
          <Card className="mb-5">
            <p className="mb-3 text-sm" data-testid="import-target">
              <span className="text-slate-600">{p.target}：</span>
              <span className="font-medium">{existing ? p.updates(label, existing.title) : p.newPlan(label)}</span>
              {region.id === null ? <span className="text-slate-600">{p.newCounty(region.name)}</span> : null}
            </p>
            <p className="mb-1 font-medium">
              {notice.plan.title}
              {notice.plan.docNumber ? `（${notice.plan.docNumber}）` : ""}
            </p>
            {notice.layout ? (
              <p className="mb-3 text-sm text-slate-600" data-testid="import-layout">
                {p.layout(notice.layout)}
              </p>
            ) : null}
            <h2 className="mb-2 text-sm font-bold">{p.counts}</h2>
            <dl className="grid grid-cols-3 gap-2 sm:grid-cols-6" data-testid="import-counts">
              {(Object.keys(p.countLabels) as (keyof typeof p.countLabels)[]).map((key) => (
                <div key={key} className="rounded border border-slate-200 p-2 text-center">
                  <dt className="text-xs text-slate-600">{p.countLabels[key]}</dt>
                  <dd className="text-xl font-bold tabular-nums text-brand-800" data-testid={`import-count-${key}`}>
                    {preview.counts?.[key]}
                  </dd>
                </div>
              ))}
            </dl>
          </Card>

          {preview.diff ? (
            <Card className="mb-5">
              <h2 className="mb-2 font-bold">{p.diffTitle}</h2>
              <ImportDiff diff={preview.diff} />
            </Card>
          ) : null}

          <Card className="mb-5">
            <h2 className="mb-1 font-bold">{p.unitsTitle}</h2>
            {region.level === "COUNTY" ? <p className="mb-2 text-sm text-slate-700">{p.unitsIntro}</p> : null}
            <div tabIndex={0} className="overflow-x-auto">
              <table className="w-full text-left text-sm" data-testid="import-units">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-1.5 pr-3 font-medium">
                      {p.unitColumns.name}
                    </th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                      {p.unitColumns.leads}
                    </th>
                    <th scope="col" className="py-1.5 pr-3 text-right font-medium">
                      {p.unitColumns.coOwns}
                    </th>
                    <th scope="col" className="py-1.5 font-medium">
                      {p.unitColumns.match}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {preview.units.map((u) => (
                    <tr key={u.name} data-testid="import-unit" data-match={u.source}>
                      <th scope="row" className="py-1.5 pr-3 font-normal">
                        {u.name}
                      </th>
                      <td className="py-1.5 pr-3 text-right tabular-nums">{u.leads}</td>
                      <td className="py-1.5 pr-3 text-right tabular-nums">{u.coOwns}</td>
                      <td className="py-1.5">
                        {p.matches[u.source]}
                        {u.source === "CITY" ? (
                          <label className="ml-3 inline-flex items-center gap-1 text-slate-700">
                            <input type="checkbox" name="ownUnits" value={u.name} /> {p.ownUnit}
                          </label>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>

          {rollover ? (
            <Card className="mb-5" data-testid="carry-over-choices">
              <h2 className="mb-1 font-bold">{p.carryTitle}</h2>
              <p className="mb-2 text-sm text-slate-700">{p.carryIntro(planLabel(rollover.from))}</p>
              {rollover.unfinished.length === 0 ? (
                <p className="text-sm text-slate-600">{p.carryNone}</p>
              ) : (
                <ul className="divide-y divide-slate-100">
                  {rollover.unfinished.map((m) => (
                    <li key={m.id} className="py-2 text-sm">
                      <label className="flex items-start gap-2">
                        <input type="checkbox" name="carry" value={m.id} className="mt-1" data-testid="carry-measure" />
                        <span>
                          <span className="font-medium">{`${messages.tasks.number(m.task.number)} ${messages.tasks.measure(m.number)}`}</span>
                          <span className="ml-2">
                            <ColourBadge colour={m.colour as Colour} reason={m.reason} />
                          </span>
                          <span className="mt-0.5 block text-slate-700">{m.text.length > 80 ? `${m.text.slice(0, 80)}…` : m.text}</span>
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ) : null}

          <h2 className="mb-2 font-bold">{p.structureTitle}</h2>
          <NoticeStructure notice={notice} />
        </ConfirmImportForm>
      ) : null}
    </>
  );
}
