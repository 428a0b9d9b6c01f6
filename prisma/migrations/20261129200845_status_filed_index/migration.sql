-- DropIndex
DROP INDEX "ProgressReport_periodId_idx";

-- CreateIndex
CREATE INDEX "ProgressReport_periodId_measureId_unitId_firstSubmittedAt_idx" ON "ProgressReport"("periodId", "measureId", "unitId", "firstSubmittedAt");

