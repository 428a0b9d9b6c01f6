"use client";
// Leaving a form with unsaved text asks first: closing or reloading the tab (beforeunload, the
// browser's own question) and following a link inside the portal (a confirm, before Next.js's
// link handler sees the click: capture phase). useUnsavedEdits tells when a form has such text.
import { useEffect, useState } from "react";
import { uploadMessages } from "@/lib/messages/upload.ts";

export function useUnsavedGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ""; // older browsers ask only when this is set
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      if (new URL(link.href, window.location.href).origin !== window.location.origin) return;
      if (!window.confirm(uploadMessages.unsaved)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}

const CLEAN = Symbol("clean");

/** A form's unsaved edits, guarded: edited since the page loaded, and no successful result came
 *  after the last edit. `result` is the form's last result (useKeptForm, useActionState); the
 *  returned function is the form's onChange. */
export function useUnsavedEdits(result: { ok: boolean } | null | undefined): () => void {
  // The result in hand when the form was last edited ("clean": not edited since the page loaded).
  const [editedAt, setEditedAt] = useState<unknown>(CLEAN);
  useUnsavedGuard(editedAt !== CLEAN && !(result?.ok && result !== editedAt));
  return () => setEditedAt(result ?? null);
}
