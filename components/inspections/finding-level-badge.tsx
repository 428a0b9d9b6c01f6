import { Badge } from "@/components/ui/badge.tsx";
import type { FindingLevel } from "@/lib/domain/inspections/inspection-rules.ts";
import { inspectionMessages as m } from "@/lib/messages/inspections.ts";

const TONE = { CONFORMS: "success", MOSTLY_CONFORMS: "info", NONCONFORMING: "danger" } as const;

export function FindingLevelBadge({ level }: { level: FindingLevel }) {
  return (
    <span data-testid="finding-level" data-level={level}>
      <Badge tone={TONE[level]}>{m.levels[level]}</Badge>
    </span>
  );
}
