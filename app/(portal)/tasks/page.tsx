import type { Metadata } from "next";
import { connection } from "next/server";
import { NoPlan } from "@/components/plan/no-plan.tsx";
import { TaskList } from "@/components/tasks/task-list.tsx";
import { TaskSearchForm } from "@/components/tasks/task-search-form.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { listTasks } from "@/lib/data/tasks/list-tasks.ts";
import { taskSearchSchema } from "@/lib/data/tasks/task-search.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

export const metadata: Metadata = { title: messages.tasks.title };

export default async function TasksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const raw = await searchParams;
  const parsed = taskSearchSchema.safeParse({ q: typeof raw.q === "string" ? raw.q : undefined });
  const query = parsed.success ? parsed.data.q : undefined;
  const error = parsed.success ? undefined : parsed.error.issues[0]?.message;
  const list = await listTasks(query);
  if (!list) return <NoPlan />;
  return (
    <>
      <PageTitle eyebrow={list.plan.title}>{messages.tasks.title}</PageTitle>
      <TaskSearchForm query={typeof raw.q === "string" ? raw.q : undefined} error={error} />
      {query ? (
        <p className="mb-4 text-sm text-slate-700" role="status" data-testid="search-summary">
          {list.total > 0 ? messages.tasks.resultCount(list.total, query) : messages.tasks.noResults(query)}
        </p>
      ) : null}
      <TaskList actions={list.actions} terms={list.terms} />
    </>
  );
}
