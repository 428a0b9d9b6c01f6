"use client";

import { bulletinMessages } from "@/lib/messages/bulletins.ts";

/** Prints the page (the print styles hide the navigation and the page's own controls). */
export function PrintButton({ label = bulletinMessages.print }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-50 print:hidden"
      data-testid="print-button"
    >
      {label}
    </button>
  );
}
