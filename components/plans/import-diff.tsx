import type { PlanDiff } from "@/lib/domain/plans/notice-diff.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

const p = planMessages.preview;
const label = (task: number, number?: number) =>
  number === undefined ? messages.tasks.number(task) : `${messages.tasks.number(task)} ${messages.tasks.measure(number)}`;
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** What the import would change in the plan it updates, list by list. */
export function ImportDiff({ diff }: { diff: PlanDiff }) {
  if (diff.same)
    return (
      <p className="text-sm text-slate-700" data-testid="diff-same">
        {p.diffSame}
      </p>
    );
  const sections: { key: keyof typeof p.diff; items: string[] }[] = [
    { key: "addedTasks", items: diff.addedTasks.map((t) => `${label(t.number)}：${t.title}`) },
    { key: "removedTasks", items: diff.removedTasks.map((t) => `${label(t.number)}：${t.title}`) },
    { key: "retitledTasks", items: diff.retitledTasks.map((t) => `${label(t.number)}：${t.before} → ${t.after}`) },
    { key: "addedMeasures", items: diff.addedMeasures.map((m) => `${label(m.task, m.number)}：${excerpt(m.text)}`) },
    { key: "removedMeasures", items: diff.removedMeasures.map((m) => `${label(m.task, m.number)}：${excerpt(m.text)}`) },
    {
      key: "changedMeasures",
      items: diff.changedMeasures.map((m) => `${label(m.task, m.number)}：${m.changes.map((c) => p.changes[c]).join("、")}`),
    },
  ];
  return (
    <div className="space-y-3 text-sm" data-testid="import-diff">
      {sections
        .filter((s) => s.items.length > 0)
        .map((s) => (
          <section key={s.key} aria-label={p.diff[s.key]}>
            <h3 className="font-medium">
              {p.diff[s.key]}（{s.items.length}）
            </h3>
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {s.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
      {diff.removedMeasures.length > 0 ? <p className="text-slate-600">{p.removedNote}</p> : null}
    </div>
  );
}
