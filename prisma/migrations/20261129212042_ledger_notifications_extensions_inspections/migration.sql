-- CreateEnum
CREATE TYPE "ProblemState" AS ENUM ('OPEN', 'RESOLUTION_SUBMITTED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "ProblemSource" AS ENUM ('REPORT', 'INSPECTION', 'DIRECT');

-- CreateEnum
CREATE TYPE "ExtensionState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "FindingLevel" AS ENUM ('CONFORMS', 'MOSTLY_CONFORMS', 'NONCONFORMING');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "resolutionId" INTEGER,
ALTER COLUMN "reportId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "email" TEXT;

-- CreateTable
CREATE TABLE "Problem" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "measureId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "responsiblePerson" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "remedy" TEXT NOT NULL DEFAULT '',
    "dueOn" DATE NOT NULL,
    "originalDueOn" DATE NOT NULL,
    "source" "ProblemSource" NOT NULL,
    "sourceReportId" INTEGER,
    "sourceFindingId" INTEGER,
    "state" "ProblemState" NOT NULL DEFAULT 'OPEN',
    "publishedAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Problem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProblemResolution" (
    "id" SERIAL NOT NULL,
    "problemId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "submittedById" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "accepted" BOOLEAN,
    "rejectReason" TEXT,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ProblemResolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExtensionRequest" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER,
    "problemId" INTEGER,
    "unitId" INTEGER NOT NULL,
    "currentDueOn" DATE NOT NULL,
    "requestedDueOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "state" "ExtensionState" NOT NULL DEFAULT 'PENDING',
    "comment" TEXT,
    "requestedById" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExtensionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inspection" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "inspectedOn" DATE NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionFinding" (
    "id" SERIAL NOT NULL,
    "inspectionId" INTEGER NOT NULL,
    "measureId" INTEGER NOT NULL,
    "level" "FindingLevel" NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "InspectionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT,
    "dedupeKey" TEXT,
    "chaseId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Chase" (
    "id" SERIAL NOT NULL,
    "unitId" INTEGER NOT NULL,
    "measureId" INTEGER NOT NULL,
    "reportId" INTEGER,
    "problemId" INTEGER,
    "message" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Chase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "job" TEXT NOT NULL,
    "runKey" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "result" JSONB,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("job","runKey")
);

-- CreateIndex
CREATE UNIQUE INDEX "Problem_sourceFindingId_key" ON "Problem"("sourceFindingId");

-- CreateIndex
CREATE INDEX "Problem_planId_state_idx" ON "Problem"("planId", "state");

-- CreateIndex
CREATE INDEX "Problem_unitId_state_idx" ON "Problem"("unitId", "state");

-- CreateIndex
CREATE INDEX "Problem_measureId_idx" ON "Problem"("measureId");

-- CreateIndex
CREATE INDEX "Problem_dueOn_idx" ON "Problem"("dueOn");

-- CreateIndex
CREATE INDEX "ProblemResolution_problemId_idx" ON "ProblemResolution"("problemId");

-- CreateIndex
CREATE INDEX "ExtensionRequest_measureId_state_idx" ON "ExtensionRequest"("measureId", "state");

-- CreateIndex
CREATE INDEX "ExtensionRequest_problemId_state_idx" ON "ExtensionRequest"("problemId", "state");

-- CreateIndex
CREATE INDEX "ExtensionRequest_unitId_state_idx" ON "ExtensionRequest"("unitId", "state");

-- CreateIndex
CREATE INDEX "Inspection_planId_year_quarter_idx" ON "Inspection"("planId", "year", "quarter");

-- CreateIndex
CREATE INDEX "InspectionFinding_measureId_idx" ON "InspectionFinding"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionFinding_inspectionId_measureId_key" ON "InspectionFinding"("inspectionId", "measureId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_emailedAt_idx" ON "Notification"("emailedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "Chase_unitId_createdAt_idx" ON "Chase"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "Chase_measureId_idx" ON "Chase"("measureId");

-- CreateIndex
CREATE INDEX "Attachment_resolutionId_idx" ON "Attachment"("resolutionId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "ProblemResolution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_sourceReportId_fkey" FOREIGN KEY ("sourceReportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Problem" ADD CONSTRAINT "Problem_sourceFindingId_fkey" FOREIGN KEY ("sourceFindingId") REFERENCES "InspectionFinding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProblemResolution" ADD CONSTRAINT "ProblemResolution_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inspection" ADD CONSTRAINT "Inspection_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "Inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionFinding" ADD CONSTRAINT "InspectionFinding_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_chaseId_fkey" FOREIGN KEY ("chaseId") REFERENCES "Chase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chase" ADD CONSTRAINT "Chase_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chase" ADD CONSTRAINT "Chase_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chase" ADD CONSTRAINT "Chase_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Chase" ADD CONSTRAINT "Chase_problemId_fkey" FOREIGN KEY ("problemId") REFERENCES "Problem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

