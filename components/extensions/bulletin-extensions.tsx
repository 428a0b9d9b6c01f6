import { Card } from "@/components/ui/card.tsx";
import { ExtendedDueDate } from "@/components/ui/extended-due-date.tsx";
import type { GrantedExtension } from "@/lib/domain/bulletin/bulletin-snapshot.ts";
import { formatDate } from "@/lib/format.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";

/** The bulletin's 本月批准延期事项. Bulletins issued before extensions existed have no list: nothing is shown. */
export function BulletinExtensions({ extensions }: { extensions: GrantedExtension[] | undefined }) {
  if (extensions === undefined) return null;
  return (
    <Card className="mt-4" aria-labelledby="bulletin-extensions-title">
      <h2 id="bulletin-extensions-title" className="mb-2 font-bold">
        {m.bulletin.section}
      </h2>
      {extensions.length === 0 ? (
        <p className="text-sm">{m.bulletin.none}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="bulletin-extensions">
          {extensions.map((x, i) => (
            <li key={i} className="py-2">
              {m.bulletin.item(x)}（{x.unit}）：
              <ExtendedDueDate dueOn={x.dueOn} originalDueOn={x.originalDueOn} />
              <span className="text-slate-600">（{m.bulletin.approvedOn(formatDate(x.approvedOn))}）</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
