"use client";
// A form's server action sent by hand rather than through <form action>, so that React does not
// reset the fields when the server refuses the input (the report form does the same). The caller
// remounts the fields (a new key) when it wants them emptied or refilled after a success.
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/safe-action.ts";

type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export function useFormKeepingInput<T>(action: FormAction<T>) {
  const [result, dispatch, pending] = useActionState(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  }
  return { result, onSubmit, pending };
}
