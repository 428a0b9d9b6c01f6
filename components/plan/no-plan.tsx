import { Card } from "@/components/ui/card.tsx";
import { messages } from "@/lib/messages/zh-CN.ts";

/** What every page shows before a notice has been imported. */
export function NoPlan() {
  return (
    <Card className="text-center">
      <h1 className="text-lg font-bold">{messages.plan.empty}</h1>
      <p className="mt-2 text-slate-600">{messages.plan.emptyHint}</p>
    </Card>
  );
}
