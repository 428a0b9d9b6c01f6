// A plan's issued bulletins, newest last, each with its Word and Excel downloads.
import Link from "next/link";
import { Card } from "@/components/ui/card.tsx";
import type { listBulletins } from "@/lib/data/bulletins/list-bulletins.ts";
import { formatDate } from "@/lib/format.ts";
import { bulletinMessages as m } from "@/lib/messages/bulletins.ts";

type IssuedBulletin = Awaited<ReturnType<typeof listBulletins>>["bulletins"][number];

export function BulletinList({ bulletins }: { bulletins: IssuedBulletin[] }) {
  return (
    <Card>
      {bulletins.length === 0 ? (
        <p className="text-sm text-slate-600">{m.none}</p>
      ) : (
        <ul className="divide-y divide-slate-100" data-testid="bulletins">
          {bulletins.map((b) => (
            <li key={b.id} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 py-2">
              <Link href={`/bulletins/${b.id}`} className="font-medium">
                {m.heading(b.label)}
              </Link>
              <span className="text-sm text-slate-600">
                {m.asOf} {formatDate(b.asOf)}
              </span>
              <a href={`/bulletins/${b.id}/docx`} className="text-sm">
                {m.download} {m.word}
              </a>
              <a href={`/bulletins/${b.id}/xlsx`} className="text-sm">
                {m.download} {m.excel}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
