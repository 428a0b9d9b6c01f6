import type { RollUp } from "@/lib/domain/status/roll-up.ts";
import { statusMessages as m } from "@/lib/messages/status.ts";
import { ColourBadge } from "./colour-badge.tsx";

/** A roll-up's colour and progress, with how it was computed in words. */
export function RollUpNote({ rollUp }: { rollUp: RollUp }) {
  return (
    <div className="-mt-3 mb-5 text-sm" data-testid="roll-up">
      <p className="flex flex-wrap items-center gap-2">
        <ColourBadge colour={rollUp.colour} />
        {rollUp.progress !== null ? <span>加权进度 {rollUp.progress}%</span> : null}
      </p>
      <details className="mt-1 text-slate-600">
        <summary className="cursor-pointer">{m.rollUpNote}</summary>
        <p className="mt-1">{rollUp.formula}</p>
      </details>
    </div>
  );
}
