import { notificationMessages } from "@/lib/messages/notifications.ts";
import { ChaseForm, type ChaseTarget } from "./chase-form.tsx";

/** A folded 催办 form for one row of a table (a returned report on the review page, a ledger entry). */
export function ChaseDisclosure({ target, label }: { target: ChaseTarget; label: string }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-800 underline underline-offset-4">
        {notificationMessages.chase.formTitle}
        <span className="sr-only"> {label}</span>
      </summary>
      <div className="mt-2 w-60">
        <ChaseForm target={target} testId="row-chase-form" />
      </div>
    </details>
  );
}
