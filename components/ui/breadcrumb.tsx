// Where a page sits: the way back up, above its title. Hidden in print, like all navigation.
import Link from "next/link";
import { messages } from "@/lib/messages/zh-CN.ts";

export type Crumb = { href: string; label: string };

export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label={messages.breadcrumb} className="mb-3 text-sm print:hidden">
      {trail.map((crumb, i) => (
        <span key={crumb.href}>
          {i > 0 ? <span aria-hidden="true"> / </span> : null}
          <Link href={crumb.href}>{crumb.label}</Link>
        </span>
      ))}
    </nav>
  );
}
