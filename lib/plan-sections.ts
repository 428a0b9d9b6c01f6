// The sections of the portal that show one plan: their links carry `?plan=`, and the plan switcher
// keeps the reader in the section they are in (from a task or a measure, back to its list).

const PLAN_SECTIONS = [
  "/tasks",
  "/units",
  "/dashboard",
  "/summary",
  "/counties",
  "/bulletins",
  "/review",
  "/problems",
  "/inspections",
  "/admin/settings",
];

/** The section root of a path that shows one plan ("/tasks/9" → "/tasks"), or "/" for every other page. */
export function planSectionOf(pathname: string): string {
  return PLAN_SECTIONS.find((s) => pathname === s || pathname.startsWith(`${s}/`)) ?? "/";
}

/** Whether a link to `href` shows one plan (so it carries the reader's plan). */
export function isPlanSection(href: string): boolean {
  return href === "/" || PLAN_SECTIONS.includes(href);
}
