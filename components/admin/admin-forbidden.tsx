// Shown instead of an admin page to a signed-in user who is not an administrator: no data.
import Link from "next/link";
import { adminMessages } from "@/lib/messages/admin.ts";

export function AdminForbidden() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="admin-forbidden">
      <h1 className="text-xl font-bold">{adminMessages.forbiddenTitle}</h1>
      <p className="mt-2 text-slate-600">{adminMessages.forbiddenBody}</p>
      <p className="mt-6">
        <Link href="/">{adminMessages.backHome}</Link>
      </p>
    </div>
  );
}
