import { Card } from "@/components/ui/card.tsx";
import type { MeasureTimeline } from "@/lib/data/milestones/get-measure-timeline.ts";
import { milestoneMessages as m } from "@/lib/messages/milestones.ts";
import { MilestoneAddForm } from "./milestone-add-form.tsx";
import { MilestoneList } from "./milestone-list.tsx";
import { MilestoneTimeline } from "./milestone-timeline.tsx";

const s = m.section;

/** The measure page's 工作节点与时间线: the milestones (coordinators manage them here) and the timeline. */
export function MeasureMilestones({ measureId, data }: { measureId: number; data: MeasureTimeline }) {
  return (
    <Card className="mb-5" aria-labelledby="milestones-title">
      <h2 id="milestones-title" className="mb-1 text-lg font-bold">
        {s.title}
        <span className="ml-2 text-sm font-normal text-slate-600">{s.asOf(data.asOf)}</span>
      </h2>
      <p className="mb-4 text-sm text-slate-600">{s.intro}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="milestone-list-title">
          <h3 id="milestone-list-title" className="mb-2 font-bold">
            {s.listTitle}
          </h3>
          {data.milestones.length === 0 ? (
            <p className="text-sm text-slate-700" data-testid="no-milestones">
              {s.none}
            </p>
          ) : (
            <MilestoneList milestones={data.milestones} canManage={data.canManage} />
          )}
          {data.canManage ? (
            <div className="mt-4 border-t border-slate-100 pt-3 print:hidden">
              <MilestoneAddForm measureId={measureId} />
            </div>
          ) : null}
        </section>
        <section aria-labelledby="timeline-title">
          <h3 id="timeline-title" className="mb-2 font-bold">
            {s.timelineTitle}
          </h3>
          <MilestoneTimeline entries={data.timeline} />
        </section>
      </div>
    </Card>
  );
}
