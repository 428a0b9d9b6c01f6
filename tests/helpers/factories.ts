// Shared test data on a real database: the seed plan and users of each role.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Viewer, Role } from "@/lib/auth/permissions.ts";
import { importPlan } from "@/lib/data/plans/import-plan.ts";
import { parseNotice } from "@/lib/domain/notice/parse-notice.ts";
import type { PrismaClient } from "@/lib/generated/prisma/client.ts";
import { getPlanSummary, type PlanSummary } from "@/lib/data/plans/resolve-plan.ts";
import { viewerOf, viewerSelect } from "@/lib/data/users/viewer-of.ts";

export const SEED_NOTICE_PATH = path.join(process.cwd(), "seeds", "jining-2023-key-tasks.txt");

/** Imports the 2023 notice; returns the plan id. */
export async function seedPlan(prisma: PrismaClient): Promise<number> {
  const text = readFileSync(SEED_NOTICE_PATH, "utf8");
  return (await importPlan(prisma, parseNotice(text), text)).planId;
}

let counter = 0;
/**
 * A user row (with a cheap placeholder hash: these users never sign in with a password), as the
 * sign-in paths would see it. `regionId`: a county's own coordinator or leader.
 */
export async function createViewer(
  prisma: PrismaClient,
  role: Role,
  unitId: number | null = null,
  regionId: number | null = null,
): Promise<Viewer> {
  counter += 1;
  const login = `t${role.toLowerCase()}${counter}${Math.random().toString(36).slice(2, 6)}`;
  const user = await prisma.user.create({
    data: { login, displayName: `测试${role}${counter}`, role, unitId, regionId, passwordHash: "x" },
    select: viewerSelect,
  });
  return viewerOf(user);
}

/** A plan as the data functions take it (as `viewer` sees it). */
export async function planOf(viewer: Viewer | null, planId: number): Promise<PlanSummary> {
  const plan = await getPlanSummary(viewer, planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  return plan;
}

/** A county (县市区) region. */
export async function createCounty(prisma: PrismaClient, name: string): Promise<number> {
  return (await prisma.region.create({ data: { name, level: "COUNTY" }, select: { id: true } })).id;
}

/** Imports a notice's text as the plan of a region (a county's, say); returns the plan id. */
export async function importNoticeText(prisma: PrismaClient, text: string, regionId?: number): Promise<number> {
  return (await importPlan(prisma, parseNotice(text), text, regionId === undefined ? undefined : { regionId })).planId;
}

/** A measure with its owning unit ids, lead first (task 1 measure 3: 人事科 leads, 机关党委 co-owns). */
export async function measureByNumbers(prisma: PrismaClient, planId: number, task: number, measure: number) {
  const m = await prisma.measure.findFirstOrThrow({
    where: { planId, number: measure, task: { number: task } },
    include: { units: { orderBy: { position: "asc" } }, indicators: { orderBy: { position: "asc" } } },
  });
  return { id: m.id, unitIds: m.units.map((u) => u.unitId), indicatorIds: m.indicators.map((i) => i.id) };
}
