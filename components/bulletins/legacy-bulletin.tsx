// A bulletin issued before the official document layout, shown as it was issued: counts, red and
// yellow items, the units' punctuality, extensions and data-quality warnings.
import { BulletinExtensions } from "@/components/extensions/bulletin-extensions.tsx";
import { BulletinQuality } from "@/components/quality/bulletin-quality.tsx";
import { ColourBadge } from "@/components/status/colour-badge.tsx";
import { COLOUR_ORDER } from "@/components/status/colour-style.ts";
import { Card } from "@/components/ui/card.tsx";
import type { BulletinSnapshot } from "@/lib/domain/bulletin/bulletin-snapshot.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";
import { statusMessages as s } from "@/lib/messages/status.ts";

/** Bulletins issued before the official layout, shown as they were. */
export function LegacyBulletin({ snap }: { snap: BulletinSnapshot }) {
  const items = snap.measures.filter((x) => x.colour === "RED" || x.colour === "YELLOW");
  return (
    <>
      <Card className="mb-4">
        <h2 className="mb-2 font-bold">{m.sections.summary}</h2>
        <p className="flex flex-wrap gap-4" data-testid="bulletin-counts">
          {COLOUR_ORDER.map((c) => (
            <span key={c} className="flex items-center gap-1">
              <ColourBadge colour={c} /> {snap.counts[c]}
            </span>
          ))}
        </p>
      </Card>
      <Card className="mb-4">
        <h2 className="mb-2 font-bold">{m.sections.items}</h2>
        {items.length === 0 ? (
          <p className="text-sm">{s.summary.noItems}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm" data-testid="bulletin-items">
            {items.map((x) => (
              <li key={`${x.task}-${x.number}`} className="py-2">
                <ColourBadge colour={x.colour} /> 任务{x.task}·措施{x.number} {x.taskTitle}（{x.leadUnit}）：{x.reasons.join("；")}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card>
        <h2 className="mb-2 font-bold">{m.sections.units}</h2>
        <ul className="grid gap-x-6 text-sm sm:grid-cols-2" data-testid="bulletin-units">
          {snap.units.map((u) => (
            <li key={u.name} className="flex justify-between">
              <span>{u.name}</span>
              <span className="tabular-nums">
                {u.onTimeRate === null ? "—" : `${u.onTimeRate}%`}（{u.onTime}/{u.due}）
              </span>
            </li>
          ))}
        </ul>
      </Card>
      <BulletinExtensions extensions={snap.extensions} />
      <BulletinQuality rows={snap.quality} />
    </>
  );
}
