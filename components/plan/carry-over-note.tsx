import Link from "next/link";
import type { CarriedMeasure, CarryOverLinks } from "@/lib/data/plans/get-carry-over-links.ts";
import { planLabel } from "@/lib/format.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

const label = (m: CarriedMeasure) => `${planLabel(m.plan)} ${messages.tasks.number(m.task.number)} ${messages.tasks.measure(m.number)}`;

/** 结转: where an unfinished measure came from, or where it went on (each with its own history). */
export function CarryOverNote({ links }: { links: CarryOverLinks }) {
  if (!links.from && !links.to) return null;
  return (
    <p className="mb-4 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm text-brand-800" data-testid="carry-over">
      {links.from ? (
        <span className="block">
          {planMessages.carry.from} <Link href={`/measures/${links.from.id}`}>{label(links.from)}</Link>
          {planMessages.carry.historyThere}
        </span>
      ) : null}
      {links.to ? (
        <span className="block">
          {planMessages.carry.to} <Link href={`/measures/${links.to.id}`}>{label(links.to)}</Link>
        </span>
      ) : null}
    </p>
  );
}
