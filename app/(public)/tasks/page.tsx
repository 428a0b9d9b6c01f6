import type { Metadata } from "next";
import { connection } from "next/server";
import { PlanEyebrow } from "@/components/plan/plan-eyebrow.tsx";
import { choosePagePlan } from "@/components/plan/plan-gate.tsx";
import { TaskList } from "@/components/tasks/task-list.tsx";
import { TaskSearchForm } from "@/components/tasks/task-search-form.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { getViewer } from "@/lib/auth/viewer.ts";
import { colourOf, getStatusIndex } from "@/lib/data/status/get-status-index.ts";
import { listTasks } from "@/lib/data/tasks/list-tasks.ts";
import { taskSearchSchema } from "@/lib/data/tasks/task-search.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

export const metadata: Metadata = { title: messages.tasks.title };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const viewer = await getViewer();
  const { plan, blocked } = await choosePagePlan(viewer, raw, "public");
  if (!plan) return blocked;
  const parsed = taskSearchSchema.safeParse({ q: typeof raw.q === "string" ? raw.q : undefined });
  const query = parsed.success ? parsed.data.q : undefined;
  const error = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const [list, status] = await Promise.all([listTasks(plan, query), getStatusIndex(viewer, plan)]);
  return (
    <>
      <PageTitle eyebrow={<PlanEyebrow plan={plan} />}>{messages.tasks.title}</PageTitle>
      <TaskSearchForm query={typeof raw.q === "string" ? raw.q : undefined} error={error} plan={plan} />
      {query ? (
        <p className="mb-4 text-sm text-slate-700" role="status" data-testid="search-summary">
          {list.total > 0 ? messages.tasks.resultCount(list.total, query) : messages.tasks.noResults(query)}
        </p>
      ) : null}
      <TaskList actions={list.actions} terms={list.terms} plan={plan} colours={status ? colourOf(status.tasks) : undefined} />
    </>
  );
}
