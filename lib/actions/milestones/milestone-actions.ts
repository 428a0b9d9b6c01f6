"use server";
// Coordinators' milestone forms on the measure page: add, edit, move, delete. Each one's data
// function checks the permission, the version and the bounds; the measure's page is refreshed.
import { revalidatePath } from "next/cache";
import { createMilestone } from "../../data/milestones/create-milestone.ts";
import { deleteMilestone } from "../../data/milestones/delete-milestone.ts";
import { createMilestoneSchema, deleteMilestoneSchema, moveMilestoneSchema, updateMilestoneSchema } from "../../data/milestones/milestone-input.ts";
import { moveMilestone } from "../../data/milestones/move-milestone.ts";
import { updateMilestone } from "../../data/milestones/update-milestone.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { createFormAction } from "../safe-action.ts";

// Milestones change colours and the dashboard's list, not only the measure page.
const refresh = () => revalidatePath("/", "layout");

export const createMilestoneAction = createFormAction(createMilestoneSchema, async (input, viewer) => {
  const created = await createMilestone(viewer, input);
  refresh();
  return { data: created, message: m.created };
});

export const updateMilestoneAction = createFormAction(updateMilestoneSchema, async (input, viewer) => {
  const updated = await updateMilestone(viewer, input);
  refresh();
  return { data: updated, message: m.updated };
});

export const moveMilestoneAction = createFormAction(moveMilestoneSchema, async (input, viewer) => {
  await moveMilestone(viewer, input);
  refresh();
  return { data: null, message: m.moved };
});

export const deleteMilestoneAction = createFormAction(deleteMilestoneSchema, async (input, viewer) => {
  await deleteMilestone(viewer, input);
  refresh();
  return { data: null, message: m.deleted };
});
