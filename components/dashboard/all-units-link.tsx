import { statusMessages } from "@/lib/messages/status.ts";

/** Under a table cut to its first units: how many are shown, and a link to all of them. */
export function AllUnitsLink({ shown, total, href }: { shown: number; total: number; href: string }) {
  if (shown >= total) return null;
  return (
    <p className="mt-2 text-sm text-slate-700" data-testid="all-units">
      {statusMessages.dashboard.someUnits(shown, total)} <a href={href}>{statusMessages.dashboard.allUnits}</a>
    </p>
  );
}
