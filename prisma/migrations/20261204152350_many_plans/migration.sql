-- Many plans (issue 11): regions (市本级 and its 县市区), one plan per region and year, units and
-- county-scoped accounts per region, frozen plans, carried-over measures, imports waiting for
-- confirmation. Existing rows are the city's: they move to the 市本级 region created here.

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('CITY', 'COUNTY');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Region_name_key" ON "Region"("name");
INSERT INTO "Region" ("name", "level", "position") VALUES ('市本级', 'CITY', 0);

-- DropIndex
DROP INDEX "Unit_name_key";

-- AlterTable
ALTER TABLE "Action" ADD COLUMN     "carryOver" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "carriedFromId" INTEGER;

-- AlterTable: every existing plan was the city's, except that of two plans of one year (a county's
-- list imported beside the city's before regions existed) only the first stays the city's; each
-- other one gets a county region of its own, named after its issuer, for an administrator to rename.
ALTER TABLE "Plan" ADD COLUMN     "frozenAt" TIMESTAMP(3),
ADD COLUMN     "regionId" INTEGER;
WITH extra AS (
  SELECT id, coalesce(nullif(issuer, ''), '县市区') || '（计划' || id || '）' AS name,
         row_number() OVER (PARTITION BY year ORDER BY id) AS nth
  FROM "Plan"
)
INSERT INTO "Region" ("name", "level", "position")
SELECT name, 'COUNTY', id FROM extra WHERE nth > 1;
UPDATE "Plan" p SET "regionId" = r.id
FROM "Region" r
WHERE r.name = coalesce(nullif(p.issuer, ''), '县市区') || '（计划' || p.id || '）';
UPDATE "Plan" SET "regionId" = (SELECT id FROM "Region" WHERE level = 'CITY') WHERE "regionId" IS NULL;
ALTER TABLE "Plan" ALTER COLUMN "regionId" SET NOT NULL;

-- AlterTable: existing units are the city's.
ALTER TABLE "Unit" ADD COLUMN     "regionId" INTEGER;
UPDATE "Unit" SET "regionId" = (SELECT id FROM "Region" WHERE level = 'CITY');
ALTER TABLE "Unit" ALTER COLUMN "regionId" SET NOT NULL;

-- AlterTable: existing accounts keep seeing everything.
ALTER TABLE "User" ADD COLUMN     "regionId" INTEGER;

-- CreateTable
CREATE TABLE "PendingImport" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "regionName" TEXT NOT NULL,
    "previousPlanId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PendingImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PendingImport_userId_createdAt_idx" ON "PendingImport"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Measure_carriedFromId_key" ON "Measure"("carriedFromId");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_regionId_year_key" ON "Plan"("regionId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_regionId_name_key" ON "Unit"("regionId", "name");

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingImport" ADD CONSTRAINT "PendingImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PendingImport" ADD CONSTRAINT "PendingImport_previousPlanId_fkey" FOREIGN KEY ("previousPlanId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
