// Sub-navigation of the administration pages. The page names itself as current (no client JS).
import Link from "next/link";
import { adminMessages } from "@/lib/messages/admin.ts";

const m = adminMessages.nav;
const ITEMS = [
  { key: "users", href: "/admin/users", label: m.users },
  { key: "units", href: "/admin/units", label: m.units },
  { key: "audit", href: "/admin/audit", label: m.audit },
  { key: "settings", href: "/admin/settings", label: m.settings },
] as const;

export type AdminSection = (typeof ITEMS)[number]["key"];

export function AdminNav({ current }: { current: AdminSection }) {
  return (
    <nav aria-label={m.label} className="mb-5 border-b border-slate-200 print:hidden">
      <ul className="-mb-px flex gap-1">
        {ITEMS.map((item) => {
          const active = item.key === current;
          return (
            <li key={item.key}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={`block border-b-2 px-3 py-2 text-sm no-underline ${
                  active ? "border-brand-600 font-semibold text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
