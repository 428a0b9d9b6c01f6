import Link from "next/link";
import { Suspense } from "react";
import { can, type Viewer } from "@/lib/auth/permissions.ts";
import { NAV_LIST_CLASS, NavCount, PlanNav, type NavLink } from "@/components/layout/plan-nav.tsx";
import { getDefaultPlan, listVisiblePlans } from "@/lib/data/plans/resolve-plan.ts";
import { getViewer } from "@/lib/auth/viewer.ts";
import { signOutAction } from "@/lib/actions/auth/sign-in-action.ts";
import { NotificationBell } from "@/components/notifications/notification-bell.tsx";
import { countUnread } from "@/lib/data/notifications/list-notifications.ts";
import { countWaitingReports } from "@/lib/data/reports/count-waiting-reports.ts";
import { authMessages } from "@/lib/messages/auth.ts";
import { messages } from "@/lib/messages/zh-CN.ts";

type NavItem = { href: string; label: string; visible: (v: Viewer | null) => boolean };

// Links follow the permissions module: nobody is shown a page they would be refused.
const NAV: NavItem[] = [
  { href: "/", label: messages.nav.overview, visible: () => true },
  { href: "/tasks", label: messages.nav.tasks, visible: () => true },
  { href: "/units", label: messages.nav.units, visible: () => true },
  { href: "/dashboard", label: messages.nav.dashboard, visible: (v) => can(v, { action: "status:read" }) },
  { href: "/summary", label: messages.nav.summary, visible: (v) => can(v, { action: "status:read" }) },
  { href: "/bulletins", label: messages.nav.bulletins, visible: (v) => can(v, { action: "status:read" }) },
  { href: "/inbox", label: messages.nav.inbox, visible: (v) => can(v, { action: "inbox:read" }) },
  { href: "/review", label: messages.nav.review, visible: (v) => can(v, { action: "review:list" }) },
  { href: "/problems", label: messages.nav.problems, visible: (v) => v !== null },
  {
    href: "/extensions",
    label: messages.nav.extensions,
    visible: (v) => can(v, { action: "extension:decide", plan: "any" }) || can(v, { action: "inbox:read" }),
  },
  { href: "/inspections", label: messages.nav.inspections, visible: (v) => can(v, { action: "inspection:read" }) },
  { href: "/plans", label: messages.nav.plans, visible: (v) => can(v, { action: "plan:manage", plan: "any" }) },
  { href: "/admin/users", label: messages.nav.admin, visible: (v) => can(v, { action: "user:manage" }) },
];

const linkClass = "block rounded px-3 py-1.5 text-sm text-white no-underline hover:bg-brand-700";

export async function SiteHeader() {
  const viewer = await getViewer();
  const [unread, { plans }, defaultPlan, waiting] = await Promise.all([
    viewer ? countUnread(viewer) : 0,
    listVisiblePlans(viewer),
    getDefaultPlan(viewer),
    countWaitingReports(viewer),
  ]);
  // 审核 carries the number of reports waiting for the viewer's review.
  const links = NAV.filter((item) => item.visible(viewer)).map(({ href, label }) => ({
    href,
    label,
    count: href === "/review" && waiting > 0 ? waiting : undefined,
  }));
  const switcherPlans = plans.map((p) => ({ id: p.id, year: p.year, region: p.region.name, title: p.title, frozen: p.frozenOn !== null }));
  return (
    <header className="bg-brand-800 text-white print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
      >
        {messages.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 text-white no-underline hover:no-underline">
          <span className="text-xl font-bold tracking-wide">{messages.appName}</span>
          <span className="hidden text-sm text-brand-100 xl:inline">{messages.appTagline}</span>
        </Link>
        {/* On a phone the menu folds behind 菜单 (details/summary: no script); from the lg breakpoint
            globals.css shows it unfolded and hides the summary. */}
        <details className="site-menu group ml-auto w-full lg:ml-0 lg:w-auto lg:flex-1" data-testid="site-menu">
          <summary className="ml-auto w-fit cursor-pointer list-none rounded border border-brand-100/60 px-3 py-1 text-sm text-white hover:bg-brand-700 [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">☰ {messages.nav.menu}</span>
            <span className="hidden group-open:inline">✕ {messages.nav.closeMenu}</span>
            {waiting > 0 || unread > 0 ? <span className="ml-1 text-brand-100">（{messages.nav.menuCounts(waiting, unread)}）</span> : null}
          </summary>
          <div className="mt-2 flex flex-col gap-3 lg:mt-0 lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-6 lg:gap-y-2">
            {/* The client part reads the plan from the address; before it has (a static page), plain links. */}
            <Suspense fallback={<StaticNav links={links} />}>
              <PlanNav links={links} plans={switcherPlans} defaultPlanId={defaultPlan?.id ?? null} label={messages.nav.mainLabel} />
            </Suspense>
            <div aria-label={messages.nav.accountLabel} className="flex flex-wrap items-center gap-2 text-sm" role="group">
              {viewer ? (
                <>
                  <NotificationBell unread={unread} />
                  <Link href="/account/tokens" className={linkClass} data-testid="current-user">
                    {viewer.name}
                    <span className="ml-1 text-brand-100">（{authMessages.roles[viewer.role]}）</span>
                  </Link>
                  <form action={signOutAction}>
                    <button type="submit" className="rounded border border-brand-100/60 px-3 py-1 text-white hover:bg-brand-700">
                      {authMessages.signOut}
                    </button>
                  </form>
                </>
              ) : (
                <Link href="/login" className={linkClass}>
                  {messages.nav.signIn}
                </Link>
              )}
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}

function StaticNav({ links }: { links: NavLink[] }) {
  return (
    <nav aria-label={messages.nav.mainLabel} className="flex-1">
      <ul className={NAV_LIST_CLASS}>
        {links.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className={linkClass}>
              {item.label}
              <NavCount count={item.count} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
