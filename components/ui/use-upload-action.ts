"use client";
// A form action sent with XMLHttpRequest to a route that answers with the action's result (JSON),
// so that a form carrying files shows its upload's progress and can cancel it; a server action
// cannot report either. On success the page's server data is refreshed, as a server action's
// revalidation would. For useKeptForm (components/ui/use-kept-form.ts).
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action.ts";
import { uploadMessages as m } from "@/lib/messages/upload.ts";
import { uploadedPercent, type UploadState } from "./upload-status.tsx";

export function useUploadAction<T>(url: string) {
  const router = useRouter();
  const [state, setState] = useState<UploadState | null>(null);
  const request = useRef<XMLHttpRequest | null>(null);

  const action = useCallback(
    (_previous: ActionResult<T> | null, formData: FormData) =>
      new Promise<ActionResult<T>>((resolve) => {
        const xhr = new XMLHttpRequest();
        request.current = xhr;
        const finish = (result: ActionResult<T>, shown: UploadState | null) => {
          request.current = null;
          setState(shown);
          resolve(result);
        };
        xhr.open("POST", url);
        xhr.setRequestHeader("Accept", "application/json");
        xhr.upload.onprogress = (e) => {
          const percent = uploadedPercent(e);
          if (percent !== null) setState({ text: percent < 100 ? m.uploading(percent) : m.processing, percent, error: false });
        };
        xhr.onload = () => {
          let result: ActionResult<T>;
          try {
            result = JSON.parse(xhr.responseText) as ActionResult<T>;
          } catch {
            result = { ok: false, error: m.failed };
          }
          if (result.ok) router.refresh();
          finish(result, null);
        };
        xhr.onerror = () => finish({ ok: false, error: m.failed }, { text: m.failed, percent: null, error: true });
        xhr.onabort = () => finish({ ok: false, error: m.cancelled }, { text: m.cancelled, percent: null, error: true });
        setState({ text: m.uploading(0), percent: 0, error: false });
        xhr.send(formData);
      }),
    [url, router],
  );
  const cancel = useCallback(() => request.current?.abort(), []);
  return { action, state, cancel, uploading: state !== null && !state.error };
}
