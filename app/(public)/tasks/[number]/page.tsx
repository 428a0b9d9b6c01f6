import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { z } from "zod";
import { actionOrdinal } from "@/components/plan/action-overview.tsx";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { RollUpNote } from "@/components/status/roll-up-note.tsx";
import { MeasureCard } from "@/components/tasks/measure-card.tsx";
import { TaskPager } from "@/components/tasks/task-pager.tsx";
import { getViewer } from "@/lib/auth/viewer.ts";
import { getStatusIndex } from "@/lib/data/status/get-status-index.ts";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { asOfSchema } from "@/lib/data/status/status-params.ts";
import { getTaskByNumber } from "@/lib/data/tasks/get-task-by-number.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import { planHref } from "@/lib/plan-links.ts";
import { Breadcrumb } from "@/components/ui/breadcrumb.tsx";

type Props = { params: Promise<{ number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The URL segment is user input: only a plain positive integer names a task.
const taskNumberSchema = z
  .string()
  .regex(/^[1-9]\d{0,3}$/)
  .transform(Number);

async function loadTask({ params, searchParams }: Props) {
  const { plan } = await choosePagePlan(await getViewer(), await searchParams, "public");
  const parsed = taskNumberSchema.safeParse((await params).number);
  return plan && parsed.success ? getTaskByNumber(plan, parsed.data) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await connection();
  const task = await loadTask(props);
  return { title: task ? `${messages.tasks.number(task.number)} ${task.title}` : messages.errors.notFoundTitle };
}

export default async function TaskPage(props: Props) {
  const asOf = asOfSchema.safeParse((await props.searchParams).asOf);
  await connection();
  const task = await loadTask(props);
  if (!task) notFound();
  const { plan } = task;
  const status = await getStatusIndex(await getViewer(), plan, asOf.success ? asOf.data : undefined);
  const rollUp = status?.tasks.get(task.number);
  return (
    <>
      <Breadcrumb trail={[{ href: planHref("/tasks", plan), label: messages.tasks.backToList }]} />
      <PageTitle
        eyebrow={
          <>
            <PlanEyebrow plan={plan} />
            <br />
            {`${actionOrdinal(task.action.number)}、${task.action.title}`}
          </>
        }
      >
        {messages.tasks.number(task.number)}：{task.title}
      </PageTitle>
      {rollUp ? <RollUpNote rollUp={rollUp} /> : null}
      <div className="space-y-4">
        {task.measures.map((measure) => (
          <MeasureCard
            key={measure.id}
            measure={measure}
            plan={plan}
            showNumber={task.measures.length > 1}
            status={status?.measures.get(measure.id)}
            due={status?.measures.get(measure.id)}
          />
        ))}
      </div>
      <TaskPager task={task} plan={plan} />
    </>
  );
}
