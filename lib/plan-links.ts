// Links inside a plan carry it in the URL (`?plan=ID`), so that bookmarks and shared links keep
// their plan; links to the viewer's default plan stay as they always were (`/tasks/9`).

export type LinkedPlan = { id: number; isDefault: boolean } | null | undefined;

/** `path` (which may already have a query or a #fragment) within `plan`. */
export function planHref(path: string, plan: LinkedPlan): string {
  if (!plan || plan.isDefault) return path;
  const hashAt = path.indexOf("#");
  const [base, hash] = hashAt >= 0 ? [path.slice(0, hashAt), path.slice(hashAt)] : [path, ""];
  return `${base}${base.includes("?") ? "&" : "?"}plan=${plan.id}${hash}`;
}
