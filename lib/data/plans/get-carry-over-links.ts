// A measure's carry-over links (结转): the unfinished measure of last year's plan it carries on, and
// the measure of next year's plan that carries it on. The history stays with each year's measure;
// these links join them. Public like the measures themselves.
import "server-only";
import { prisma } from "../../db.ts";

export type CarriedMeasure = {
  id: number;
  number: number;
  task: { number: number; title: string };
  plan: { id: number; year: number; region: { name: string } };
};
export type CarryOverLinks = { from: CarriedMeasure | null; to: CarriedMeasure | null };

const carriedSelect = {
  id: true,
  number: true,
  task: { select: { number: true, title: true } },
  plan: { select: { id: true, year: true, region: { select: { name: true } } } },
} as const;

export async function getCarryOverLinks(measureId: number): Promise<CarryOverLinks> {
  const measure = await (
    await prisma()
  ).measure.findUnique({
    where: { id: measureId },
    select: { carriedFrom: { select: carriedSelect }, carriedTo: { select: carriedSelect } },
  });
  return { from: measure?.carriedFrom ?? null, to: measure?.carriedTo ?? null };
}
