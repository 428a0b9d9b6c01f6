// Which periods a measure (alias m) owes reports for (alias p): every monthly period, and the
// weekly or daily periods that start while the measure is escalated to that cadence.
import { Prisma } from "../../generated/prisma/client.ts";

export const PERIOD_APPLIES = Prisma.sql`(p.kind = 'MONTHLY' OR EXISTS (
  SELECT 1 FROM "Escalation" e
  WHERE e."measureId" = m.id AND e.cadence::text = p.kind::text
    AND p."startsOn" >= e."startsOn" AND (e."endsOn" IS NULL OR p."startsOn" < e."endsOn")))`;
