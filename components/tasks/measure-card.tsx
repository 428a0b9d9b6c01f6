import Link from "next/link";
import type { ReactNode } from "react";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { UnitLinks } from "@/components/units/unit-links.tsx";
import { reportMessages } from "@/lib/messages/reports.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import type { TaskDetail } from "@/lib/data/tasks/get-task-by-number.ts";
import { Deadline, type ExtendedDue } from "./deadline.tsx";
import { IndicatorTable } from "./indicator-table.tsx";
import { type LinkedPlan } from "@/lib/plan-links.ts";

type Measure = TaskDetail["measures"][number];

/**
 * `linkToReports`: a link to the measure's page (its units' reports and history).
 * `status`: its colour and main reason, for signed-in viewers.
 * `due`: the due date in force and the notice's (signed-in viewers; they differ after an approved extension).
 * `actions`: links below the card's facts (the measure page's 申请延期).
 * `plan`: the measure's plan, for the links to its units' pages.
 */
export function MeasureCard({
  measure,
  plan,
  showNumber,
  linkToReports = true,
  status,
  due,
  actions,
}: {
  measure: Measure;
  plan: LinkedPlan;
  showNumber: boolean;
  linkToReports?: boolean;
  status?: { colour: Colour; reasons: string[] };
  due?: ExtendedDue;
  actions?: ReactNode;
}) {
  const headingId = `measure-${measure.number}`;
  return (
    <Card as="article" aria-labelledby={headingId}>
      <h2 id={headingId} className={showNumber ? "mb-2 font-bold" : "sr-only"}>
        {messages.tasks.measure(measure.number)}
      </h2>
      {status ? (
        <p className="mb-2">
          <ColourBadge colour={status.colour} reason={status.reasons[0]} />
        </p>
      ) : null}
      <p className="leading-7 text-slate-800" data-testid="measure-text">
        {measure.text}
      </p>
      <dl className="mt-4 grid gap-3 text-sm sm:grid-cols-[6rem_1fr]">
        <dt className="text-slate-600">{messages.measure.units}</dt>
        <dd>
          <UnitLinks units={measure.units} plan={plan} />
        </dd>
        <dt className="text-slate-600">{messages.measure.deadline}</dt>
        <dd>
          <Deadline dueDate={measure.dueDate} phrase={measure.deadlinePhrase} extended={due} />
          {actions}
        </dd>
        <dt className="text-slate-600">{messages.measure.indicators}</dt>
        {/* min-w-0: the wide indicator table scrolls inside its box instead of widening the page on a phone. */}
        <dd className="min-w-0">
          <IndicatorTable
            indicators={measure.indicators}
            label={`${messages.tasks.measure(measure.number)}${messages.measure.indicators}`}
          />
        </dd>
      </dl>
      {linkToReports ? (
        <p className="mt-4 text-sm print:hidden">
          <Link href={`/measures/${measure.id}`} data-testid="measure-reports-link">
            {reportMessages.measurePage.link}
            <span className="sr-only">（{messages.tasks.measure(measure.number)}）</span>
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
