import type { Metadata } from "next";
import { connection } from "next/server";
import { CreateTokenForm } from "@/components/tokens/create-token-form.tsx";
import { TokenTable } from "@/components/tokens/token-table.tsx";
import { Card } from "@/components/ui/card.tsx";
import { PageTitle } from "@/components/ui/page-title.tsx";
import { requirePageViewer } from "@/lib/auth/viewer.ts";
import { listTokens } from "@/lib/data/tokens/list-tokens.ts";
import { apiMessages } from "@/lib/messages/api.ts";

const m = apiMessages.tokens;

export const metadata: Metadata = { title: m.title };

export default async function TokensPage() {
  await connection();
  const viewer = await requirePageViewer("/account/tokens");
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
      <Card className="mb-6" aria-labelledby="create-token-title">
        <h2 id="create-token-title" className="mb-3 text-lg font-bold">{m.createTitle}</h2>
        <CreateTokenForm />
      </Card>
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title" className="mb-3 text-lg font-bold">{m.listTitle}</h2>
        <TokenTable tokens={tokens} />
      </section>
    </>
  );
}
