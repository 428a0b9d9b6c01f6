// An administrator renames a responsible unit (names are unique within the unit's region). The form sends the name it
// showed: when someone renamed the unit meanwhile, the later save is refused, not applied.
import "server-only";
import { z } from "zod";
import { type Viewer } from "../../auth/permissions.ts";
import { AppError } from "../../errors.ts";
import { adminMessages } from "../../messages/admin.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { mutate } from "../mutate.ts";

const m = adminMessages.units;

export const renameUnitInputSchema = z.object({
  unitId: z.coerce.number({ error: m.notFound }).int({ error: m.notFound }).positive({ error: m.notFound }),
  currentName: z.string({ error: m.conflict }),
  name: z.string({ error: m.nameRequired }).trim().min(1, { error: m.nameRequired }).max(60, { error: m.nameTooLong }),
});
export type RenameUnitInput = z.infer<typeof renameUnitInputSchema>;

/** Returns whether the name changed (renaming to the same name writes nothing). */
export async function renameUnit(viewer: Viewer, input: RenameUnitInput): Promise<{ changed: boolean }> {
  // A unit's name shows in every plan's statuses (and the same name writes nothing).
  const options = { permission: { action: "unit:manage" }, touches: { plans: "all" }, unaudited: "the same name writes nothing" } as const;
  try {
    return await mutate(viewer, options, async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, name: true, regionId: true } });
      if (!unit) throw new AppError("NOT_FOUND", m.notFound);
      if (unit.name !== input.currentName) throw new AppError("CONFLICT", m.conflict);
      if (unit.name === input.name) return { changed: false };
      const taken = await tx.unit.findUnique({
        where: { regionId_name: { regionId: unit.regionId, name: input.name } },
        select: { id: true },
      });
      if (taken) throw new AppError("CONFLICT", m.nameTaken(input.name));
      const written = await tx.unit.updateMany({ where: { id: unit.id, name: unit.name }, data: { name: input.name } });
      if (written.count !== 1) throw new AppError("CONFLICT", m.conflict);
      await recordAudit(tx, viewer, {
        action: "unit.rename",
        entityType: "Unit",
        entityId: unit.id,
        before: { name: unit.name },
        after: { name: input.name },
      });
      return { changed: true };
    });
  } catch (error) {
    // Another admin gave a second unit this name between our check and our write.
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", m.nameTaken(input.name));
    throw error;
  }
}
