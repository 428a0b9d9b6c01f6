import { COLOUR_ORDER, COLOUR_STYLE } from "@/components/status/colour-style.ts";
import type { Colour } from "@/lib/domain/status/measure-status.ts";
import { statusMessages } from "@/lib/messages/status.ts";

/** A plan's colour mix as one bar, each part with its count in words (no colour without its word). */
export function ColourMixBar({ counts }: { counts: Record<Colour, number> }) {
  const total = COLOUR_ORDER.reduce((n, c) => n + counts[c], 0);
  const words = COLOUR_ORDER.filter((c) => counts[c] > 0).map((c) => `${statusMessages.colours[c]} ${counts[c]}`);
  return (
    <div className="min-w-40" data-testid="colour-mix">
      <div className="flex h-3 overflow-hidden rounded bg-slate-100" aria-hidden="true">
        {COLOUR_ORDER.filter((c) => counts[c] > 0).map((c) => (
          <span key={c} style={{ width: `${(counts[c] / total) * 100}%`, backgroundColor: COLOUR_STYLE[c].hex }} />
        ))}
      </div>
      <p className="mt-1 text-xs text-slate-700">{words.join(" · ")}</p>
    </div>
  );
}
