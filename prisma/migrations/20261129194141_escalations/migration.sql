-- CreateEnum
CREATE TYPE "Cadence" AS ENUM ('WEEKLY', 'DAILY');

-- CreateTable
CREATE TABLE "Escalation" (
    "id" SERIAL NOT NULL,
    "measureId" INTEGER NOT NULL,
    "cadence" "Cadence" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "automatic" BOOLEAN NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Escalation_measureId_endsOn_idx" ON "Escalation"("measureId", "endsOn");

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

