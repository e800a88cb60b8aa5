-- Standing duties (issue 13): rolls from civil affairs and their rows (keyed hashes, masked names), and
-- home visits (due by rule, then recorded). Tasks of the duties live in "tasks" (subject_type 'duty').
-- CreateTable
CREATE TABLE "rolls" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "rows" INTEGER NOT NULL,
    "imported_by" TEXT NOT NULL,
    "imported_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rolls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "roll_entries" (
    "roll_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "person_key" TEXT NOT NULL,
    "name_masked" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "status_text" TEXT NOT NULL,
    "since" TEXT NOT NULL,

    CONSTRAINT "roll_entries_pkey" PRIMARY KEY ("roll_id","line")
);

-- CreateTable
CREATE TABLE "visits" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "person_key" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "township" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "due_date" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'due',
    "visited_by" TEXT,
    "visited_at" TIMESTAMPTZ(3),
    "place" TEXT,
    "findings" TEXT,
    "cash_fen" BIGINT,
    "goods" TEXT,
    "follow_up" TEXT,
    "follow_up_case_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "visits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rolls_kind_region_imported_at_idx" ON "rolls"("kind", "region", "imported_at");

-- CreateIndex
CREATE INDEX "roll_entries_roll_id_person_key_idx" ON "roll_entries"("roll_id", "person_key");

-- CreateIndex
CREATE INDEX "visits_county_township_status_idx" ON "visits"("county", "township", "status");

-- CreateIndex
CREATE INDEX "visits_person_key_created_at_idx" ON "visits"("person_key", "created_at");


-- Emergency visits are looked up by case (000 §10).
CREATE INDEX "visits_case_id_idx" ON "visits"("case_id");
