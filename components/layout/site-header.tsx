import Link from "next/link";
import { messages } from "@/lib/messages/zh-CN.ts";

const NAV = [
  { href: "/", label: messages.nav.overview },
  { href: "/tasks", label: messages.nav.tasks },
  { href: "/units", label: messages.nav.units },
];

export function SiteHeader() {
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800">
        {messages.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-white no-underline hover:no-underline">
          <span className="text-xl font-bold tracking-wide">{messages.appName}</span>
          <span className="hidden text-sm text-brand-100 sm:inline">{messages.appTagline}</span>
        </Link>
        <nav aria-label="主导航">
          <ul className="flex gap-1">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="block rounded px-3 py-1.5 text-sm text-white no-underline hover:bg-brand-700">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
