"use client";
// The header's navigation and plan switcher. The plan lives in the URL (`?plan=ID`, absent for the
// viewer's default plan), so this is the one client part of the header: it reads the current plan
// from the address, keeps it in the links to the plan's sections, and offers the other plans
// (newest year first, the city before its counties) as plain links to the same section.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { isPlanSection, planSectionOf } from "@/lib/plan-sections.ts";
import { planMessages } from "@/lib/messages/plans.ts";
import { deskMessages } from "@/lib/messages/review-desk.ts";

const navCountMessages = { waiting: (n: number) => `（${deskMessages.navWaiting(n)}）` };

/** `count`: a number shown beside the label (reports waiting for review beside 审核). */
export type NavLink = { href: string; label: string; count?: number };
/** Two columns on a phone (inside the folded menu), one row from the lg breakpoint. */
export const NAV_LIST_CLASS = "grid grid-cols-2 gap-1 sm:grid-cols-4 lg:flex lg:flex-wrap";
export type SwitcherPlan = { id: number; year: number; region: string; title: string; frozen: boolean };

const linkClass = "block rounded px-3 py-1.5 text-sm text-white no-underline hover:bg-brand-700";
const activeClass = "bg-brand-700 font-semibold";

export function PlanNav({
  links,
  plans,
  defaultPlanId,
  label,
}: {
  links: NavLink[];
  plans: SwitcherPlan[];
  defaultPlanId: number | null;
  label: string;
}) {
  const pathname = usePathname();
  const param = useSearchParams().get("plan");
  const named = plans.find((p) => String(p.id) === param);
  const current = named ?? plans.find((p) => p.id === defaultPlanId) ?? null;
  const withPlan = (href: string, plan: SwitcherPlan | null) => (plan && plan.id !== defaultPlanId ? `${href}?plan=${plan.id}` : href);
  const section = planSectionOf(pathname);
  // The folded phone menu closes once a link in it has led to another page (the header stays).
  useEffect(() => document.querySelector("details.site-menu")?.removeAttribute("open"), [pathname, param]);
  return (
    <>
      <nav aria-label={label} className="flex-1">
        <ul className={NAV_LIST_CLASS}>
          {links.map((item) => {
            const active = item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link
                  href={isPlanSection(item.href) ? withPlan(item.href, named ?? null) : item.href}
                  className={`${linkClass} ${active ? activeClass : ""}`}
                  aria-current={active ? "page" : undefined}
                >
                  {item.label}
                  <NavCount count={item.count} />
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {plans.length > 0 ? <PlanSwitcher plans={plans} current={current} href={(p) => withPlan(section, p)} /> : null}
    </>
  );
}

/** The number beside a link's label, read out with its meaning. */
export function NavCount({ count }: { count?: number }) {
  if (!count) return null;
  return (
    <span
      className="ml-1 inline-block min-w-[1.25rem] rounded-full bg-amber-400 px-1.5 text-center text-xs leading-5 font-bold text-slate-900"
      data-testid="nav-waiting-count"
    >
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{navCountMessages.waiting(count)}</span>
    </span>
  );
}

function PlanSwitcher({
  plans,
  current,
  href,
}: {
  plans: SwitcherPlan[];
  current: SwitcherPlan | null;
  href: (p: SwitcherPlan) => string;
}) {
  const years = [...new Set(plans.map((p) => p.year))];
  const s = planMessages.switcher;
  return (
    <details className="relative text-sm" data-testid="plan-switcher">
      <summary
        className="cursor-pointer list-none rounded border border-brand-100/60 px-3 py-1 text-white hover:bg-brand-700"
        aria-label={s.label}
      >
        {current ? `${s.year(current.year)} · ${current.region}` : s.label} ▾
      </summary>
      <div className="absolute right-0 z-20 mt-1 max-h-[70vh] w-72 overflow-y-auto rounded-md border border-slate-200 bg-white p-2 text-slate-800 shadow-lg">
        {years.map((year) => (
          <section key={year} aria-label={s.year(year)} className="mb-2 last:mb-0">
            <p className="px-2 py-1 text-xs font-semibold text-slate-500">{s.year(year)}</p>
            <ul>
              {plans
                .filter((p) => p.year === year)
                .map((p) => (
                  <li key={p.id}>
                    <Link
                      href={href(p)}
                      title={p.title}
                      aria-current={p.id === current?.id ? "true" : undefined}
                      className={`flex items-center justify-between gap-2 rounded px-2 py-1 no-underline hover:bg-brand-50 ${p.id === current?.id ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-800"}`}
                    >
                      <span>{p.region}</span>
                      {p.frozen ? <span className="text-xs text-slate-500">{s.frozen}</span> : null}
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </details>
  );
}
