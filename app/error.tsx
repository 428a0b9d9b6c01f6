"use client"; // Next requires error boundaries to be client components.

import { messages } from "@/lib/messages/zh-CN.ts";
import Link from "next/link";
import { Button } from "@/components/ui/button.tsx";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // The error itself is not shown: its message may hold server details. The digest in the
  // server log identifies it.
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-xl font-bold">{messages.errors.errorTitle}</h1>
      <p className="mt-2 text-slate-600">{messages.errors.errorBody}</p>
      <p className="mt-6 flex justify-center gap-6">
        <Button onClick={reset}>{messages.errors.retry}</Button>
        <Link href="/" className="self-center">
          {messages.errors.backHome}
        </Link>
      </p>
    </div>
  );
}
