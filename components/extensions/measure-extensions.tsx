import Link from "next/link";
import { Card } from "@/components/ui/card.tsx";
import type { MeasureExtensions as Data } from "@/lib/data/extensions/get-measure-extensions.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { ExtensionCard } from "./extension-card.tsx";

/** 申请延期 beside the measure's due date, for a unit that owns it and has no request pending. */
export function RequestExtensionLink({ measureId, data }: { measureId: number; data: Data | null }) {
  if (!data?.canRequest) return null;
  return (
    <Link href={`/extensions/new?measureId=${measureId}`} className="ml-3 text-sm print:hidden" data-testid="request-extension">
      {m.requestLink}
    </Link>
  );
}

/** The extension requests on the measure the viewer may read (its unit's, or all for the bureau). */
export function MeasureExtensions({ data }: { data: Data | null }) {
  if (!data || data.requests.length === 0) return null;
  return (
    <Card className="mb-5" aria-labelledby="measure-extensions">
      <h2 id="measure-extensions" className="mb-2 font-bold">
        {m.measure.title}
      </h2>
      <ul className="divide-y divide-slate-100" data-testid="measure-extensions-list">
        {data.requests.map((row) => (
          <ExtensionCard key={row.id} row={row} showUnit decide={false} />
        ))}
      </ul>
      {data.pending ? <p className="mt-2 text-sm text-slate-600">{m.measure.pendingNote}</p> : null}
    </Card>
  );
}
