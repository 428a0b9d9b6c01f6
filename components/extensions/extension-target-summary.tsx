import Link from "next/link";
import { ExtendedDueDate } from "@/components/ui/extended-due-date.tsx";
import type { ExtensionTarget } from "@/lib/data/extensions/get-extension-target.ts";
import { formatDate } from "@/lib/format.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";

const f = m.form;

/** What the unit asks to extend and the due date in force (the original beside it once moved). */
export function ExtensionTargetSummary({ target }: { target: ExtensionTarget }) {
  const href = target.problem ? `/problems/${target.problem.id}` : `/measures/${target.measure.id}`;
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr]" data-testid="extension-target">
      <dt className="text-slate-600">{f.item}</dt>
      <dd>
        <Link href={href}>{m.itemLabel(target.measure, target.problem)}</Link>
        <span className="ml-2 text-slate-700">{target.measure.task.title}</span>
        {target.problem ? <p className="mt-1 text-slate-800">{target.problem.description}</p> : null}
      </dd>
      <dt className="text-slate-600">{f.currentDue}</dt>
      <dd data-testid="extension-current-due">
        <ExtendedDueDate dueOn={target.currentDueOn} originalDueOn={target.originalDueOn} />
      </dd>
      {target.pending ? (
        <>
          <dt className="text-slate-600">{m.states.PENDING}</dt>
          <dd>
            {f.requestedDue} {formatDate(target.pending.requestedDueOn)}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
