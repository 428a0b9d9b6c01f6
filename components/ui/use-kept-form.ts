"use client";
// A form sent to a server action by hand rather than through the form's action, so that React does
// not reset the fields when the server refuses the input; a second click while one send is pending
// is ignored. `check` may refuse the form data in the browser first (too many or too large files).
// Used by the report, ledger, inspection, milestone and extension forms.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/safe-action.ts";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export function useKeptForm<T>(action: FormAction<T>, check?: (formData: FormData) => string | null) {
  const [result, dispatch, pending] = useActionState(action, null);
  const [clientError, setClientError] = useState<string | null>(null);
  const sending = useRef(false);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    sending.current = false;
    if (result && !result.ok) errorRef.current?.focus();
  }, [result]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const problem = check?.(formData) ?? null;
    setClientError(problem);
    if (problem) return;
    sending.current = true;
    startTransition(() => dispatch(formData));
  }

  const error = clientError ?? (result && !result.ok ? result.error : null);
  const fieldError = (name: string) => (!clientError && result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return { result: clientError ? null : result, error, fieldError, pending, onSubmit, errorRef };
}

/** The files chosen in a form's file input `name`, without the nameless empty file an input left
 *  empty still adds (the form data is changed to hold only them). */
export function chosenFiles(formData: FormData, name: string): File[] {
  const files = formData.getAll(name).filter((e): e is File => e instanceof File && (e.name !== "" || e.size > 0));
  formData.delete(name);
  for (const file of files) formData.append(name, file);
  return files;
}
