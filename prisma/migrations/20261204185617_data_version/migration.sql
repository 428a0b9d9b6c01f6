-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" SERIAL NOT NULL,
    "version" BIGINT NOT NULL,
    "planId" INTEGER,
    "measureId" INTEGER,

    CONSTRAINT "StatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatusChange_version_idx" ON "StatusChange"("version");


-- The one row every write bumps (lib/data/mutate.ts).
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);
