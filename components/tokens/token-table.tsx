// The viewer's tokens: name, display prefix, dates and state in words; active ones can be revoked.
import { formatDateTime } from "@/lib/format.ts";
import { Badge } from "@/components/ui/badge.tsx";
import type { TokenListItem } from "@/lib/data/tokens/list-tokens.ts";
import { apiMessages } from "@/lib/messages/api.ts";
import { RevokeTokenButton } from "./revoke-token-button.tsx";

const m = apiMessages.tokens;

// Times as the bureau reads them: China time, whatever zone the server runs in.
const when = formatDateTime;

export function TokenTable({ tokens }: { tokens: TokenListItem[] }) {
  if (tokens.length === 0)
    return (
      <p className="text-slate-600" data-testid="no-tokens">
        {m.empty}
      </p>
    );
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{m.caption(tokens.length)}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {m.headers.name}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {m.headers.prefix}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {m.headers.createdAt}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {m.headers.lastUsedAt}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {m.headers.state}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              <span className="sr-only">{m.headers.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => (
            <tr key={t.id} data-testid="token-row">
              <th scope="row" className="min-w-32 px-4 py-2 font-medium">
                {t.name}
              </th>
              <td className="px-4 py-2 font-mono whitespace-nowrap">{t.prefix}…</td>
              <td className="px-4 py-2 whitespace-nowrap tabular-nums">{when(t.createdAt)}</td>
              <td className="px-4 py-2 whitespace-nowrap tabular-nums">{t.lastUsedAt ? when(t.lastUsedAt) : m.neverUsed}</td>
              <td className="px-4 py-2">
                {t.revokedAt ? <Badge>{m.revokedOn(when(t.revokedAt))}</Badge> : <Badge tone="info">{m.active}</Badge>}
              </td>
              <td className="px-4 py-2 text-right">{t.revokedAt ? null : <RevokeTokenButton tokenId={t.id} name={t.name} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
