-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "mustNotFall" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "qualityJumpPoints" INTEGER NOT NULL DEFAULT 40,
ADD COLUMN     "qualityTargetMultiple" DOUBLE PRECISION NOT NULL DEFAULT 2;

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "qualityExplanation" TEXT,
ADD COLUMN     "qualityWarnings" JSONB;

-- CreateTable
CREATE TABLE "MeasureReopening" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "reopenedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER NOT NULL,

    CONSTRAINT "MeasureReopening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeasureReopening_measureId_reopenedAt_idx" ON "MeasureReopening"("measureId", "reopenedAt");

-- AddForeignKey
ALTER TABLE "MeasureReopening" ADD CONSTRAINT "MeasureReopening_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

