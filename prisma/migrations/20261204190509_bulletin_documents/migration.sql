-- AlterTable
ALTER TABLE "Bulletin" ADD COLUMN     "docSeq" INTEGER;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "bulletinCc" TEXT,
ADD COLUMN     "bulletinDocPrefix" TEXT,
ADD COLUMN     "bulletinIssuer" TEXT,
ADD COLUMN     "bulletinPrintedBy" TEXT;

-- CreateTable
CREATE TABLE "BulletinDraft" (
    "id" SERIAL NOT NULL,
    "planId" INTEGER NOT NULL,
    "periodId" INTEGER NOT NULL,
    "overview" TEXT NOT NULL,
    "problems" TEXT NOT NULL,
    "requirements" TEXT NOT NULL,
    "docSeq" INTEGER,
    "includeQuality" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulletinDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BulletinDraft_periodId_key" ON "BulletinDraft"("periodId");

-- CreateIndex
CREATE INDEX "BulletinDraft_planId_idx" ON "BulletinDraft"("planId");

-- CreateIndex
CREATE UNIQUE INDEX "Bulletin_planId_docSeq_key" ON "Bulletin"("planId", "docSeq");

-- AddForeignKey
ALTER TABLE "BulletinDraft" ADD CONSTRAINT "BulletinDraft_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BulletinDraft" ADD CONSTRAINT "BulletinDraft_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportingPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

