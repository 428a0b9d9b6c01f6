// Which plan a request is about: the one its URL names (`?plan=ID`), or the viewer's default plan
// (this year's plan of their home region: the city's for the city's users, their county's for a
// county's). Every plan-scoped page and data function starts here. Cached per request.
import "server-only";
import { cache } from "react";
import { assertCan, isPlanInScope, reporterUnitId, type PlanRef, type Viewer } from "../../auth/permissions.ts";
import { today } from "../../clock.ts";
import { prisma } from "../../db.ts";
import { fromDbDate, toChinaDate, type IsoDate } from "../../domain/dates.ts";
import { defaultPlan, defaultStatusDate } from "../../domain/plans/plan-choice.ts";
import { AppError } from "../../errors.ts";
import { planMessages } from "../../messages/plans.ts";

export type RegionLevel = "CITY" | "COUNTY";
export type RegionSummary = { id: number; name: string; level: RegionLevel };

export type PlanSummary = {
  id: number;
  title: string;
  year: number;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
  region: RegionSummary;
  /** The China date the plan was frozen on (closed after its year), or null while open. */
  frozenOn: IsoDate | null;
  /** The viewer's default plan: links to it need no `?plan=`. */
  isDefault: boolean;
};

/** The permission module's view of a plan. */
export function planRef(
  plan: { region: { id: number }; frozenOn: IsoDate | null } | { regionId: number; frozenAt: Date | null },
): Exclude<PlanRef, "any"> {
  return "region" in plan
    ? { regionId: plan.region.id, frozen: plan.frozenOn !== null }
    : { regionId: plan.regionId, frozen: plan.frozenAt !== null };
}

/** Every plan with its region: a few rows a year (the city and its counties), read once per request. */
export const loadPlans = cache(async () => {
  const db = await prisma();
  const [plans, regions] = await Promise.all([
    db.plan.findMany({
      orderBy: [{ year: "desc" }, { id: "asc" }],
      select: { id: true, title: true, year: true, docNumber: true, issuer: true, issuedOn: true, frozenAt: true, regionId: true },
    }),
    db.region.findMany({ orderBy: [{ level: "asc" }, { position: "asc" }, { id: "asc" }], select: { id: true, name: true, level: true } }),
  ]);
  return { plans, regions };
});

/** The viewer's home region: a county's staff and units are at home in their county, everyone else in the city. */
const homeRegion = cache(async (viewer: Viewer | null, cityId: number): Promise<{ regionId: number; confined: boolean }> => {
  if (viewer?.regionId != null) return { regionId: viewer.regionId, confined: true };
  const unitId = viewer ? reporterUnitId(viewer) : null;
  if (unitId === null) return { regionId: cityId, confined: false };
  const unit = await (await prisma()).unit.findUnique({ where: { id: unitId }, select: { regionId: true } });
  return { regionId: unit?.regionId ?? cityId, confined: false };
});

async function summaries(viewer: Viewer | null) {
  const { plans, regions } = await loadPlans();
  const regionOf = new Map(regions.map((r) => [r.id, r]));
  const city = regions.find((r) => r.level === "CITY");
  const home = await homeRegion(viewer, city?.id ?? -1);
  const chosen = defaultPlan(
    plans,
    home,
    regions.map((r) => r.id),
    today(),
  );
  const all: PlanSummary[] = plans.map((p) => ({
    id: p.id,
    title: p.title,
    year: p.year,
    docNumber: p.docNumber,
    issuer: p.issuer,
    issuedOn: p.issuedOn ? fromDbDate(p.issuedOn) : null,
    region: regionOf.get(p.regionId)!,
    frozenOn: p.frozenAt ? toChinaDate(p.frozenAt) : null,
    isDefault: p.id === chosen?.id,
  }));
  return { all, chosen: all.find((p) => p.isDefault) ?? null, regions };
}

/** The viewer's default plan, or null before any notice (of their county, for a county's staff) was imported. */
export const getDefaultPlan = cache(async (viewer: Viewer | null): Promise<PlanSummary | null> => (await summaries(viewer)).chosen);

/** A plan by id as the viewer sees it (whether it is their default), or null when there is none. */
export async function getPlanSummary(viewer: Viewer | null, planId: number): Promise<PlanSummary | null> {
  return (await summaries(viewer)).all.find((p) => p.id === planId) ?? null;
}

/** The plans the viewer may open, newest year first, the city before its counties; and the regions. */
export const listVisiblePlans = cache(async (viewer: Viewer | null) => {
  const { all, regions } = await summaries(viewer);
  const order = new Map(regions.map((r, i) => [r.id, i]));
  const plans = all
    .filter((p) => !viewer || isPlanInScope(viewer, planRef(p)))
    .sort((a, b) => b.year - a.year || order.get(a.region.id)! - order.get(b.region.id)!);
  return { plans, regions: regions.filter((r) => !viewer || isPlanInScope(viewer, { regionId: r.id, frozen: false })) };
});

export type PlanChoice =
  | { kind: "plan"; plan: PlanSummary }
  /** No notice imported yet (in the viewer's region). */
  | { kind: "none" }
  /** `?plan=` names no plan (or is not an id). */
  | { kind: "not-found" };

/** The plan a request's `?plan=` names, else the viewer's default plan. */
export const resolvePlan = cache(async (viewer: Viewer | null, param?: string | string[] | number | null): Promise<PlanChoice> => {
  if (param === undefined || param === null || param === "") {
    const plan = await getDefaultPlan(viewer);
    return plan ? { kind: "plan", plan } : { kind: "none" };
  }
  const id = typeof param === "number" ? param : typeof param === "string" && /^[1-9]\d{0,9}$/.test(param) ? Number(param) : NaN;
  const plan = Number.isSafeInteger(id) && id <= 2_147_483_647 ? await getPlanSummary(viewer, id) : null;
  return plan ? { kind: "plan", plan } : { kind: "not-found" };
});

/** The status date asked for, else the plan's default one (today; a frozen plan's closing day). */
export function statusDateOf(plan: PlanSummary, asOf?: IsoDate): IsoDate {
  return asOf ?? defaultStatusDate(plan, today());
}

/** Throws FORBIDDEN unless the viewer may read the plan's status, reports and ledger (their region's). */
export function assertPlanReadable(viewer: Viewer | null, plan: PlanSummary): asserts viewer is Viewer {
  assertCan(viewer, { action: "plan:read", plan: planRef(plan) });
}

/** The plan `?plan=` names (else the default), or NOT_FOUND: for routes that answer with a file or JSON. */
export async function requirePlan(viewer: Viewer | null, param?: string | string[] | number | null): Promise<PlanSummary> {
  const choice = await resolvePlan(viewer, param);
  if (choice.kind !== "plan") throw new AppError("NOT_FOUND", choice.kind === "none" ? planMessages.none : planMessages.notFound);
  return choice.plan;
}
