import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { reportMessages } from "@/lib/messages/reports.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

/** What a signed-in user sees on a page their role does not open (a 403 in words). */
export function ForbiddenNotice({ title, detail }: { title: string; detail?: string }) {
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900" data-testid="forbidden">
        <p className="font-medium">{reportMessages.noAccess}</p>
        {detail ? <p className="mt-1 text-sm">{detail}</p> : null}
        <p className="mt-3 text-sm">
          <Link href="/">{messages.errors.backHome}</Link>
        </p>
      </div>
    </>
  );
}
