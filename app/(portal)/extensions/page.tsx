import type { Metadata } from "next";
import { connection } from "next/server";
import { BureauExtensionLists, UnitExtensionList } from "@/components/extensions/extension-lists.tsx";
import { ForbiddenNotice } from "@/components/reports/forbidden-notice.tsx";
import { ReviewFeedback } from "@/components/reports/review-feedback.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { DECIDED_LIMIT, listExtensionRequests } from "@/lib/data/extensions/list-extension-requests.ts";
import { canListExtensions } from "@/lib/data/extensions/visible-extensions.ts";
import { extensionMessages as m } from "@/lib/messages/extensions.ts";
import { idParamSchema } from "@/lib/route-params.ts";

export const metadata: Metadata = { title: m.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExtensionsPage({ searchParams }: Props) {
  await connection();
  const viewer = await requirePageViewer();
  if (!canListExtensions(viewer)) return <ForbiddenNotice title={m.title} detail={m.forbiddenList} />;
  const requested = idParamSchema.safeParse((await searchParams).requested);
  const list = await listExtensionRequests(viewer);
  // Back from the 申请延期 form: say that the request (now in the list) was sent.
  const justRequested = requested.success && list.pending.some((r) => r.id === requested.data);
  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <p className="mb-4 max-w-3xl text-sm text-slate-700">{list.canDecide ? m.list.intro : m.list.unitIntro}</p>
      {justRequested ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-200 bg-green-50 p-3 text-sm text-green-900"
          data-testid="extension-requested"
        >
          {m.requested}
        </p>
      ) : null}
      {list.canDecide ? (
        <ReviewFeedback>
          <BureauExtensionLists list={list} limit={DECIDED_LIMIT} />
        </ReviewFeedback>
      ) : (
        <UnitExtensionList list={list} limit={DECIDED_LIMIT} />
      )}
    </>
  );
}
