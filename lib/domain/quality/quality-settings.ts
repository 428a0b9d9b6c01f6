// 数据质量 settings of a plan (issue 15), beside its red/yellow/blue thresholds: how big a rise of
// percent complete from one report to the next, and how many times an indicator's target, an
// actual may be before the reporter has to explain it.
import { z } from "zod";
import { qualityMessages as m } from "../../messages/quality.ts";

export const qualitySettingsSchema = z.object({
  /** A rise of more than this many points from the unit's previous report is a warning. */
  jumpPoints: z.coerce
    .number({ error: m.settings.jumpRange })
    .int({ error: m.settings.jumpRange })
    .min(1, { error: m.settings.jumpRange })
    .max(100, { error: m.settings.jumpRange }),
  /** An actual above this multiple of its indicator's target is a warning. */
  targetMultiple: z.coerce
    .number({ error: m.settings.multipleRange })
    .finite({ error: m.settings.multipleRange })
    .min(1, { error: m.settings.multipleRange })
    .max(100, { error: m.settings.multipleRange }),
});

export type QualitySettings = z.infer<typeof qualitySettingsSchema>;

export const DEFAULT_QUALITY_SETTINGS: QualitySettings = { jumpPoints: 40, targetMultiple: 2 };
