"use server";
// Coordinators' milestone forms on the measure page: add, edit, move, delete. Each one's data
// function checks the permission, the version and the bounds; the measure's page is refreshed.
import { createMilestone } from "../../data/milestones/create-milestone.ts";
import { deleteMilestone } from "../../data/milestones/delete-milestone.ts";
import {
  createMilestoneSchema,
  deleteMilestoneSchema,
  moveMilestoneSchema,
  updateMilestoneSchema,
} from "../../data/milestones/milestone-input.ts";
import { moveMilestone } from "../../data/milestones/move-milestone.ts";
import { updateMilestone } from "../../data/milestones/update-milestone.ts";
import { milestoneMessages as m } from "../../messages/milestones.ts";
import { createFormAction } from "../safe-action.ts";

export const createMilestoneAction = createFormAction(createMilestoneSchema, async (input, viewer) => {
  const created = await createMilestone(viewer, input);
  return { data: created, message: m.created };
});

export const updateMilestoneAction = createFormAction(updateMilestoneSchema, async (input, viewer) => {
  const updated = await updateMilestone(viewer, input);
  return { data: updated, message: m.updated };
});

export const moveMilestoneAction = createFormAction(moveMilestoneSchema, async (input, viewer) => {
  await moveMilestone(viewer, input);
  return { data: null, message: m.moved };
});

export const deleteMilestoneAction = createFormAction(deleteMilestoneSchema, async (input, viewer) => {
  await deleteMilestone(viewer, input);
  return { data: null, message: m.deleted };
});
