import type { RefObject } from "react";
import type { ActionResult } from "@/lib/actions/safe-action.ts";

/** A ledger form's outcome: the server's message on success, the error (focused) otherwise. */
export function FormFeedback({
  result,
  error,
  errorRef,
  testId,
}: {
  result: ActionResult<unknown> | null;
  error: string | null;
  errorRef: RefObject<HTMLParagraphElement | null>;
  testId: string;
}) {
  return (
    <>
      {result?.ok && result.message ? (
        <p
          role="status"
          className="mb-3 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          data-testid={`${testId}-message`}
        >
          {result.message}
        </p>
      ) : null}
      {error ? (
        <p
          ref={errorRef}
          tabIndex={-1}
          role="alert"
          className="mb-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800"
          data-testid={`${testId}-error`}
        >
          {error}
        </p>
      ) : null}
    </>
  );
}
