import { PageTitle } from "@/components/ui/page-title.tsx";
import { formatDate } from "@/lib/format.ts";
import { messages } from "@/lib/messages/zh-CN.ts";
import type { PlanSummary } from "@/lib/data/plans/resolve-plan.ts";

export function PlanHeading({ plan }: { plan: PlanSummary }) {
  const facts = [
    plan.docNumber && `${messages.plan.docNumber}：${plan.docNumber}`,
    plan.issuer && `${messages.plan.issuer}：${plan.issuer}`,
    plan.issuedOn && `${messages.plan.issuedOn}：${formatDate(plan.issuedOn)}`,
  ].filter(Boolean);
  return (
    <div>
      <PageTitle>{plan.title}</PageTitle>
      <p className="-mt-4 mb-6 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-600" data-testid="plan-facts">
        {facts.map((f) => (
          <span key={f as string}>{f}</span>
        ))}
      </p>
    </div>
  );
}
