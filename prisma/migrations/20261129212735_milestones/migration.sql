-- CreateEnum
CREATE TYPE "MilestoneSource" AS ENUM ('NOTICE', 'COORDINATOR');

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "milestonesEditedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "plannedPercent" INTEGER,
    "source" "MilestoneSource" NOT NULL,
    "deadlinePhrase" TEXT,
    "completedOn" DATE,
    "confirmedAt" TIMESTAMP(3),
    "confirmedReportId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportMilestone" (
    "reportId" INTEGER NOT NULL,
    "milestoneId" INTEGER NOT NULL,
    "reachedOn" DATE NOT NULL,

    CONSTRAINT "ReportMilestone_pkey" PRIMARY KEY ("reportId","milestoneId")
);

-- CreateIndex
CREATE INDEX "Milestone_measureId_position_idx" ON "Milestone"("measureId", "position");

-- CreateIndex
CREATE INDEX "Milestone_dueOn_idx" ON "Milestone"("dueOn");

-- CreateIndex
CREATE INDEX "Milestone_confirmedReportId_idx" ON "Milestone"("confirmedReportId");

-- CreateIndex
CREATE INDEX "ReportMilestone_milestoneId_idx" ON "ReportMilestone"("milestoneId");

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_confirmedReportId_fkey" FOREIGN KEY ("confirmedReportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportMilestone" ADD CONSTRAINT "ReportMilestone_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportMilestone" ADD CONSTRAINT "ReportMilestone_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

