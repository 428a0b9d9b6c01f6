"use client";

import { bulletinMessages } from "@/lib/messages/bulletins.ts";
import { Button } from "@/components/ui/button.tsx";

/** Prints the page (the print styles hide the navigation and the page's own controls). */
export function PrintButton({ label = bulletinMessages.print }: { label?: string }) {
  return (
    <Button onClick={() => window.print()} variant="secondary" size="xs" className="print:hidden" data-testid="print-button">
      {label}
    </Button>
  );
}
