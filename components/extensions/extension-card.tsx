import Link from "next/link";
import { Badge } from "@/components/ui/badge.tsx";
import { ExtendedDueDate } from "@/components/ui/extended-due-date.tsx";
import type { ExtensionRow } from "@/lib/data/extensions/extension-row.ts";
import { COMMENT_LIMIT } from "@/lib/data/extensions/extension-input.ts";
import { formatDate, formatDateTime } from "@/lib/format.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { ExtensionDecisionForm } from "./extension-decision-form.tsx";

const l = m.list;
const TONE = { PENDING: "info", APPROVED: "success", REJECTED: "warning" } as const;

/** The request's state in words (the colour only repeats them). */
export function ExtensionStateBadge({ state }: { state: ExtensionRow["state"] }) {
  return (
    <span data-testid="extension-state">
      <Badge tone={TONE[state]}>{m.states[state]}</Badge>
    </span>
  );
}

/** The due-date change a request asks for, or made. */
function DueChange({ row }: { row: ExtensionRow }) {
  if (row.state === "APPROVED") return <ExtendedDueDate dueOn={row.requestedDueOn} originalDueOn={row.originalDueOn} />;
  const words = row.state === "PENDING" ? l.pendingChange : l.rejectedChange;
  return <span>{words(formatDate(row.currentDueOn), formatDate(row.requestedDueOn))}</span>;
}

/**
 * One extension request in a list: what it is about, the dates, the reason, the decision; with the
 * decision form for a coordinator while it is pending. `showUnit`: the bureau's lists name the unit;
 * `showPlan`: a list spanning plans names each row's plan.
 */
export function ExtensionCard({
  row,
  showUnit,
  showPlan = false,
  decide,
}: {
  row: ExtensionRow;
  showUnit: boolean;
  showPlan?: boolean;
  decide: boolean;
}) {
  const label = m.itemLabel(row.measure, row.problem);
  const href = row.problem ? `/problems/${row.problem.id}` : `/measures/${row.measure.id}`;
  return (
    <li
      className="py-3"
      data-testid="extension-row"
      data-state={row.state}
      data-unit={row.unit.name}
      data-item={label}
      data-plan={row.plan.id}
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <ExtensionStateBadge state={row.state} />
        {showPlan ? (
          <span className="text-sm text-brand-800" data-testid="extension-plan">
            {row.plan.label}
          </span>
        ) : null}
        {showUnit ? <span className="text-sm font-medium text-slate-800">{row.unit.name}</span> : null}
        <Link href={href} className="font-medium">
          {label}
        </Link>
        <span className="text-sm text-slate-700">{row.measure.task.title}</span>
      </p>
      <p className="mt-1 text-sm" data-testid="extension-change">
        <DueChange row={row} />
      </p>
      <p className="mt-1 text-sm text-slate-800">
        <span className="text-slate-600">{l.reason}：</span>
        {row.reason}
      </p>
      {row.comment ? (
        <p className="mt-1 text-sm text-slate-800" data-testid="extension-comment">
          <span className="text-slate-600">{l.comment}：</span>
          {row.comment}
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">
        {l.requestedBy(row.requestedBy, formatDateTime(row.requestedAt))}
        {row.decidedAt ? `；${l.decidedBy(row.decidedBy ?? "", formatDateTime(row.decidedAt))}` : ""}
      </p>
      {decide && row.state === "PENDING" ? (
        <ExtensionDecisionForm id={row.id} version={row.version} label={`${row.unit.name} ${label}`} commentLimit={COMMENT_LIMIT} />
      ) : null}
    </li>
  );
}
