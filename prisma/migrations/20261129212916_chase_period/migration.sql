-- AlterTable
ALTER TABLE "Chase" ADD COLUMN     "periodId" INTEGER;

-- AddForeignKey
ALTER TABLE "Chase" ADD CONSTRAINT "Chase_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE SET NULL ON UPDATE CASCADE;

