-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "redGap" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "redMissedPeriods" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "redOverdueDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "yellowGap" INTEGER NOT NULL DEFAULT 10;

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "firstSubmittedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "StatusOverride" (
    "measureId" INTEGER NOT NULL,
    "colour" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatusOverride_pkey" PRIMARY KEY ("measureId")
);

-- AddForeignKey
ALTER TABLE "StatusOverride" ADD CONSTRAINT "StatusOverride_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

