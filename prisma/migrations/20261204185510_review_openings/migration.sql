-- CreateTable
CREATE TABLE "ReportOpening" (
    "userId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportOpening_pkey" PRIMARY KEY ("userId","reportId")
);

-- CreateIndex
CREATE INDEX "ReportOpening_reportId_idx" ON "ReportOpening"("reportId");

-- AddForeignKey
ALTER TABLE "ReportOpening" ADD CONSTRAINT "ReportOpening_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportOpening" ADD CONSTRAINT "ReportOpening_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

