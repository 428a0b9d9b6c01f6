import type { Metadata } from "next";
import { connection } from "next/server";
import { CreateTokenForm } from "@/components/tokens/create-token-form.tsx";
import { TokenTable } from "@/components/tokens/token-table.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { signOutEverywhereAction } from "@/lib/actions/auth/sign-in-action.ts";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listTokens } from "@/lib/data/tokens/list-tokens.ts";
import { apiMessages } from "@/lib/messages/api.ts";
import { authMessages } from "@/lib/messages/auth.ts";

const m = apiMessages.tokens;

export const metadata: Metadata = { title: m.title };

export default async function TokensPage() {
  await connection();
  const viewer = await requirePageViewer();
  const tokens = await listTokens(viewer);
  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <div className="mb-6 max-w-3xl space-y-2 text-slate-700">
        <p>{m.intro}</p>
        <p>
          {m.docsHint}
          <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
        </p>
      </div>
      <Card className="mb-6" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="mb-2 text-lg font-bold">
          {authMessages.sessionsTitle}
        </h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{authMessages.sessionsIntro}</p>
        <form action={signOutEverywhereAction}>
          <button
            type="submit"
            data-testid="sign-out-everywhere"
            className="rounded border border-red-700 px-3 py-1 text-red-800 hover:bg-red-50"
          >
            {authMessages.signOutEverywhere}
          </button>
        </form>
      </Card>
      <Card className="mb-6" aria-labelledby="create-token-title">
        <h2 id="create-token-title" className="mb-3 text-lg font-bold">
          {m.createTitle}
        </h2>
        <CreateTokenForm />
      </Card>
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title" className="mb-3 text-lg font-bold">
          {m.listTitle}
        </h2>
        <TokenTable tokens={tokens} />
      </section>
    </>
  );
}
