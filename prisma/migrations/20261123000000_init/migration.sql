-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "cases" (
    "id" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "current_step" TEXT,
    "matter" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "township" TEXT NOT NULL,
    "person_key" TEXT NOT NULL,
    "applicant_name_masked" TEXT NOT NULL,
    "id_number_masked" TEXT NOT NULL,
    "applicant" JSONB NOT NULL,
    "category" TEXT NOT NULL,
    "hardship_situation" INTEGER NOT NULL,
    "filed_by" JSONB NOT NULL,
    "emergency" JSONB,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "priority_explanation" JSONB,
    "open" BOOLEAN NOT NULL DEFAULT true,
    "written_reasons" TEXT,
    "publish" BOOLEAN,
    "publication_text" TEXT,
    "appeal_deadline" TIMESTAMPTZ(3),
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "open_matters" (
    "person_key" TEXT NOT NULL,
    "matter" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "open_matters_pkey" PRIMARY KEY ("person_key","matter")
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "role" TEXT NOT NULL,
    "county" TEXT NOT NULL,
    "township" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "received_on" TEXT NOT NULL,
    "due_date" TEXT,
    "due_at" TIMESTAMPTZ(3),
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "overdue" BOOLEAN NOT NULL DEFAULT false,
    "overdue_since" TIMESTAMPTZ(3),
    "reminded_at" TIMESTAMPTZ(3),
    "claimed_by" TEXT,
    "claimed_at" TIMESTAMPTZ(3),
    "completed_by" TEXT,
    "completed_at" TIMESTAMPTZ(3),
    "decision" TEXT,
    "reasons" TEXT,
    "evidence" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payments" (
    "id" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "item" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "amount_fen" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "breakdown" JSONB NOT NULL,
    "paid_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paid_by" TEXT NOT NULL,

    CONSTRAINT "payments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "case_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "event_key" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor" JSONB NOT NULL,
    "type" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "refs" TEXT[],
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "case_id" TEXT NOT NULL,
    "task_id" TEXT,
    "kind" TEXT NOT NULL,
    "to_role" TEXT NOT NULL,
    "to_region" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "key" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "route" TEXT NOT NULL,
    "body_hash" TEXT NOT NULL,
    "status_code" INTEGER NOT NULL,
    "response_body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "parameters" (
    "region" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "effective_from" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "ref" TEXT NOT NULL,
    "not_in_seeds" BOOLEAN NOT NULL DEFAULT false,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "parameters_pkey" PRIMARY KEY ("region","key","effective_from")
);

-- CreateTable
CREATE TABLE "calendar_years" (
    "year" INTEGER NOT NULL,
    "holidays" TEXT[],
    "workdays" TEXT[],
    "source" TEXT NOT NULL,
    "loaded_by" TEXT NOT NULL,
    "loaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_years_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "cases_workflow_id_key" ON "cases"("workflow_id");

-- CreateIndex
CREATE INDEX "cases_county_township_status_idx" ON "cases"("county", "township", "status");

-- CreateIndex
CREATE INDEX "cases_person_key_matter_idx" ON "cases"("person_key", "matter");

-- CreateIndex
CREATE UNIQUE INDEX "open_matters_case_id_key" ON "open_matters"("case_id");

-- CreateIndex
CREATE INDEX "tasks_status_role_county_township_priority_due_at_idx" ON "tasks"("status", "role", "county", "township", "priority" DESC, "due_at");

-- CreateIndex
CREATE INDEX "tasks_status_overdue_due_at_idx" ON "tasks"("status", "overdue", "due_at");

-- CreateIndex
CREATE INDEX "tasks_case_id_idx" ON "tasks"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "payments_case_id_item_period_key" ON "payments"("case_id", "item", "period");

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_event_key_key" ON "audit_events"("event_key");

-- CreateIndex
CREATE INDEX "audit_events_type_idx" ON "audit_events"("type");

-- CreateIndex
CREATE UNIQUE INDEX "audit_events_case_id_seq_key" ON "audit_events"("case_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_key_key" ON "notifications"("key");

-- CreateIndex
CREATE INDEX "notifications_case_id_idx" ON "notifications"("case_id");

-- CreateIndex
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payments" ADD CONSTRAINT "payments_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------------------------------------------------------------------------------------------
-- Hand-written part (Prisma's schema language cannot express these).

-- The audit log is append-only (Cybersecurity Law art. 21; MLPS 2.0 audit protection): no row may be
-- changed or removed, not even by the table owner. Only the owner could drop this trigger, and the
-- application connects as a role that owns nothing (prisma/sql/app-role.sql).
CREATE FUNCTION bangfu_audit_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON "audit_events"
  FOR EACH ROW EXECUTE FUNCTION bangfu_audit_events_immutable();

CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON "audit_events"
  FOR EACH STATEMENT EXECUTE FUNCTION bangfu_audit_events_immutable();

REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM PUBLIC;

-- Ops lists (overdue / due soon) only ever look at open tasks: partial indexes keep them small
-- and fast at 100k open cases.
CREATE INDEX "tasks_open_due_at_idx" ON "tasks"("due_at") WHERE "status" = 'open';
CREATE INDEX "tasks_open_county_due_at_idx" ON "tasks"("county", "township", "due_at") WHERE "status" = 'open';
CREATE INDEX "cases_open_status_idx" ON "cases"("status", "county") WHERE "open";
