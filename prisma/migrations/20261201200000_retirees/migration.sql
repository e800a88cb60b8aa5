-- Retired cadres (004): the register (personal details sealed, keyed hash for lookup), contact records
-- (§15), travel abroad (§15), reports owed (§16, §18), medical claims and the institution's own payments
-- (§20; the payments table is for cases), health and care records (§19, §23, §24). Their tasks live in
-- tasks (subject_type 'retiree', case_id = the retiree id, which is also their audit chain).
-- CreateTable
CREATE TABLE "retirees" (
    "id" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "person_key" TEXT NOT NULL,
    "name_masked" TEXT NOT NULL,
    "id_number_masked" TEXT NOT NULL,
    "person" JSONB NOT NULL,
    "rank_class" TEXT NOT NULL,
    "institution" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "pay_suspended" BOOLEAN NOT NULL DEFAULT false,
    "last_contact_on" TEXT,
    "care_flags" JSONB,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retirees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retiree_contacts" (
    "id" TEXT NOT NULL,
    "retiree_id" TEXT NOT NULL,
    "contacted_at" TIMESTAMPTZ(3) NOT NULL,
    "contacted_by" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "notes" TEXT,

    CONSTRAINT "retiree_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retiree_travels" (
    "id" TEXT NOT NULL,
    "retiree_id" TEXT NOT NULL,
    "destination" TEXT NOT NULL,
    "depart_on" TEXT NOT NULL,
    "planned_return_on" TEXT,
    "returned_on" TEXT,
    "status" TEXT NOT NULL,
    "needs_approval" BOOLEAN NOT NULL,
    "long_stay" BOOLEAN NOT NULL,
    "head_opinion" JSONB,
    "decision" JSONB,
    "passport_returned_on" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retiree_travels_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retiree_reports" (
    "id" TEXT NOT NULL,
    "retiree_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "major" BOOLEAN NOT NULL DEFAULT false,
    "details" JSONB NOT NULL,
    "approval_path" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retiree_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retiree_medical_claims" (
    "id" TEXT NOT NULL,
    "retiree_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "self_paid_fen" BIGINT NOT NULL,
    "status" TEXT NOT NULL,
    "amount_fen" BIGINT,
    "breakdown" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retiree_medical_claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retiree_medical_payments" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "retiree_id" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "breakdown" JSONB NOT NULL,
    "paid_by" TEXT NOT NULL,
    "paid_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "retiree_medical_payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retiree_care_records" (
    "id" TEXT NOT NULL,
    "retiree_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "done_on" TEXT,
    "done_by" TEXT,
    "details" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retiree_care_records_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "retirees_person_key_key" ON "retirees"("person_key");

-- CreateIndex
CREATE INDEX "retirees_county_status_idx" ON "retirees"("county", "status");

-- CreateIndex
CREATE INDEX "retiree_contacts_retiree_id_contacted_at_idx" ON "retiree_contacts"("retiree_id", "contacted_at");

-- CreateIndex
CREATE INDEX "retiree_travels_retiree_id_idx" ON "retiree_travels"("retiree_id");

-- CreateIndex
CREATE INDEX "retiree_reports_retiree_id_idx" ON "retiree_reports"("retiree_id");

-- CreateIndex
CREATE INDEX "retiree_medical_claims_retiree_id_period_idx" ON "retiree_medical_claims"("retiree_id", "period");

-- CreateIndex
CREATE UNIQUE INDEX "retiree_medical_payments_claim_id_key" ON "retiree_medical_payments"("claim_id");

-- CreateIndex
CREATE INDEX "retiree_medical_payments_retiree_id_period_idx" ON "retiree_medical_payments"("retiree_id", "period");

-- CreateIndex
CREATE INDEX "retiree_care_records_retiree_id_kind_idx" ON "retiree_care_records"("retiree_id", "kind");

