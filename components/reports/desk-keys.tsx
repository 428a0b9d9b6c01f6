"use client";
// The review desk's keyboard: J or → opens the next waiting report, K or ← the previous one. Keys
// typed into a field (the return reason) are the field's, never navigation.
import { useRouter } from "next/navigation";
import { useEffect } from "react";

function typingInto(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function DeskKeys({ previousHref, nextHref }: { previousHref: string | null; nextHref: string | null }) {
  const router = useRouter();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typingInto(event.target)) return;
      const key = event.key.toLowerCase();
      const href = key === "j" || key === "arrowright" ? nextHref : key === "k" || key === "arrowleft" ? previousHref : null;
      if (!href) return;
      event.preventDefault();
      router.push(href);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, previousHref, nextHref]);
  return null;
}
