import Link from "next/link";
import { messages } from "@/lib/messages/zh-CN.ts";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-xl font-bold">{messages.errors.notFoundTitle}</h1>
      <p className="mt-2 text-slate-600">{messages.errors.notFoundBody}</p>
      <p className="mt-6">
        <Link href="/">{messages.errors.backHome}</Link>
      </p>
    </div>
  );
}
