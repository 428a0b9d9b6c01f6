import { Card } from "@/components/ui/card.tsx";
import type { ExtensionList } from "@/lib/data/extensions/list-extension-requests.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { ExtensionCard } from "./extension-card.tsx";

const l = m.list;

function Section({
  id,
  title,
  rows,
  empty,
  showUnit,
  showPlan,
  decide,
  note,
}: {
  id: string;
  title: string;
  rows: ExtensionList["pending"];
  empty: string;
  showUnit: boolean;
  showPlan: boolean;
  decide: boolean;
  note?: string;
}) {
  return (
    <Card className="mb-5" aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-lg font-bold">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid={`${id}-list`}>
          {rows.map((row) => (
            <ExtensionCard key={row.id} row={row} showUnit={showUnit} showPlan={showPlan} decide={decide} />
          ))}
        </ul>
      )}
      {note ? <p className="mt-2 text-sm text-slate-600">{note}</p> : null}
    </Card>
  );
}

/** The bureau's view: the pending queue (with the decision forms) first, then the decided requests. */
export function BureauExtensionLists({ list, limit }: { list: ExtensionList; limit: number }) {
  return (
    <>
      <Section
        id="extensions-pending"
        title={l.pendingTitle(list.pending.length)}
        rows={list.pending}
        empty={l.noPending}
        showUnit
        showPlan={list.spansPlans}
        decide={list.canDecide}
      />
      <Section
        id="extensions-decided"
        title={l.decidedTitle}
        rows={list.decided}
        empty={l.noDecided}
        showUnit
        showPlan={list.spansPlans}
        decide={false}
        note={list.decidedTotal > list.decided.length ? l.more(limit) : undefined}
      />
    </>
  );
}

/** A unit's view: its own requests, the pending ones first. */
export function UnitExtensionList({ list, limit }: { list: ExtensionList; limit: number }) {
  return (
    <Section
      id="extensions-mine"
      title={l.mineTitle}
      rows={[...list.pending, ...list.decided]}
      empty={l.none}
      showUnit={false}
      showPlan={list.spansPlans}
      decide={false}
      note={list.decidedTotal > list.decided.length ? l.more(limit) : undefined}
    />
  );
}
