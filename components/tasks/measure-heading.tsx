// Above a measure's page: the way back to its task, the plan, the task's title and the measure's number.
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { reportMessages as m } from "@/lib/messages/reports.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { planHref } from "@/lib/plan-links.ts";

export function MeasureHeading({
  plan,
  measure,
}: {
  plan: PlanSummary;
  measure: { number: number; task: { number: number; title: string } };
}) {
  return (
    <>
      <Breadcrumb
        trail={[{ href: planHref(`/tasks/${measure.task.number}`, plan), label: m.measurePage.backToTask(measure.task.number) }]}
      />
      <PageTitle
        eyebrow={
          <>
            <PlanEyebrow plan={plan} />
            <br />
            {`${messages.tasks.number(measure.task.number)}：${measure.task.title}`}
          </>
        }
      >
        {messages.tasks.number(measure.task.number)} {messages.tasks.measure(measure.number)}
      </PageTitle>
    </>
  );
}
