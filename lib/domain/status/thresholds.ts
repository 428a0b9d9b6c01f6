// The red/yellow/blue thresholds (DESIGN.md "Red / yellow / blue"): settings of a plan, with these defaults.
import { z } from "zod";

export const thresholdsSchema = z
  .object({
    /** Gap (expected − actual, percentage points) above which a measure is 黄. */
    yellowGap: z.number().int().min(0).max(100),
    /** Gap above which it is 红. */
    redGap: z.number().int().min(0).max(100),
    /** A report overdue by more than this many days makes it 红. */
    redOverdueDays: z.number().int().min(0).max(365),
    /** This many missed periods make it 红. */
    redMissedPeriods: z.number().int().min(1).max(24),
  })
  .refine((t) => t.redGap >= t.yellowGap, { error: "红色阈值不能小于黄色阈值。", path: ["redGap"] });

export type Thresholds = z.infer<typeof thresholdsSchema>;

export const DEFAULT_THRESHOLDS: Thresholds = { yellowGap: 10, redGap: 30, redOverdueDays: 7, redMissedPeriods: 2 };
