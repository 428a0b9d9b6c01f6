import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { statusMessages } from "@/lib/messages/status.ts";
import { COLOUR_STYLE } from "./colour-style.ts";

/** 红 / 黄 / 蓝 / 已完成 / 未报送 as a labelled badge; the first reason follows in words when given. */
export function ColourBadge({ colour, reason }: { colour: Colour; reason?: string }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5" data-testid="colour-badge" data-colour={colour}>
      <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-bold ${COLOUR_STYLE[colour].badge}`}>
        {statusMessages.colours[colour]}
      </span>
      {reason ? <span className="text-sm text-slate-700">{reason}</span> : null}
    </span>
  );
}
