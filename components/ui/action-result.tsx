import type { ActionResult } from "@/lib/actions/safe-action.ts";

/** The outcome of a form's server action, announced to screen readers: the message, or the first error. */
export function ActionResultMessage({
  result,
  className = "",
  testId,
}: {
  result: ActionResult<unknown> | null;
  className?: string;
  testId?: string;
}) {
  if (!result) return null;
  const text = result.ok ? result.message : (result.fieldErrors && Object.values(result.fieldErrors).flat()[0]) || result.error;
  return (
    <p role="status" data-testid={testId} className={`text-sm ${result.ok ? "text-green-800" : "text-red-700"} ${className}`}>
      {text}
    </p>
  );
}
