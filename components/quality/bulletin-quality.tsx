import { Card } from "@/components/ui/card.tsx";
import type { BulletinQualityRow } from "@/lib/domain/bulletin/bulletin-snapshot.ts";
import { qualityMessages } from "@/lib/messages/quality.ts";

const m = qualityMessages.bulletin;

/** A bulletin's 本月报送中的数据质量提示, when it was issued with them; nothing otherwise. */
export function BulletinQuality({ rows }: { rows: BulletinQualityRow[] | undefined }) {
  if (rows === undefined) return null;
  return (
    <Card className="mt-4" aria-labelledby="bulletin-quality-title">
      <h2 id="bulletin-quality-title" className="mb-2 font-bold">
        {m.section}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm">{m.none}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="bulletin-quality">
          {rows.map((x, i) => (
            <li key={i} className="py-2">
              {x.unit} · {m.item(x.task, x.number, x.periodLabel)} · {m.states[x.state]}：{x.warnings.join("；")}
              <span className="text-slate-600">
                （{qualityMessages.review.explanation}：{x.explanation || qualityMessages.review.none}）
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
