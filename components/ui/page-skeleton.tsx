// What a page shows while its data is read (a route segment's loading.tsx): its title's place and
// grey panels, said to be busy. No script; the page replaces it as soon as it has rendered.
import { messages } from "@/lib/messages/zh-CN.ts";

export function PageSkeleton({ panels = 2, layout = "stack" }: { panels?: number; layout?: "stack" | "grid" }) {
  return (
    <div aria-busy="true" data-testid="page-loading">
      <p role="status" className="mb-2 text-sm text-slate-600">
        {messages.loading}
      </p>
      <div aria-hidden="true" className="animate-pulse motion-reduce:animate-none">
        <div className="mb-6 h-8 w-64 max-w-full rounded bg-slate-200" />
        <div className={layout === "grid" ? "grid grid-cols-1 gap-4 lg:grid-cols-2" : "space-y-4"}>
          {Array.from({ length: panels }, (_, i) => (
            <div key={i} className="h-40 rounded-lg border border-slate-200 bg-white shadow-sm" />
          ))}
        </div>
      </div>
    </div>
  );
}
